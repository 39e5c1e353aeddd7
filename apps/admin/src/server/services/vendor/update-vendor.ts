import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { vendors } from '../../db/schema/declarations';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { isUniqueViolation, staleRevision } from '../declaration/conflict';
import { toVendor, vendorValues } from '../declaration/rows';
import { NotFoundError } from '../errors';
import { siteCategoryKeys } from './site-category-keys';
import { parseVendor, slugTaken, ZVendorFields } from './vendor-input';

export const ZUpdateVendorInput = ZVendorFields.partial().extend({
  siteId: z.uuid(),
  id: z.uuid(),
  /** The revision the editor read; a different current revision is a conflict. */
  revision: z.number().int().positive(),
});

/** Changes the given fields of a vendor (null clears an optional one; the rest stay). */
export async function updateVendor(ctx: TServiceCtx, raw: z.input<typeof ZUpdateVendorInput>) {
  const input = ZUpdateVendorInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const pick = <T>(given: T | undefined, current: T) => (given === undefined ? current : given);
  return ctx.db
    .transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(vendors)
        .where(and(eq(vendors.id, input.id), eq(vendors.siteId, site.id)))
        .for('update');
      if (!current) throw new NotFoundError('Vendor');
      if (current.revision !== input.revision) throw staleRevision('vendor', current);
      const was = toVendor(current);
      const next = parseVendor(
        {
          slug: pick(input.slug, was.id),
          name: pick(input.name, was.name),
          legalName: pick(input.legalName, was.legalName ?? null),
          privacyPolicyUrl: pick(input.privacyPolicyUrl, was.privacyPolicyUrl ?? null),
          optOutUrl: pick(input.optOutUrl, was.optOutUrl ?? null),
          countries: pick(input.countries, was.countries),
          dpfCertified: pick(input.dpfCertified, was.dpfCertified),
          transferMechanism: pick(input.transferMechanism, was.transferMechanism ?? null),
          retention: pick(input.retention, was.retention ?? null),
          description: pick(input.description, was.description),
          defaultCategory: pick(input.defaultCategory, was.defaultCategory ?? null),
          legalBasis: pick(input.legalBasis, was.legalBasis ?? null),
        },
        await siteCategoryKeys(tx, site.id),
      );
      if (next.id !== current.slug) {
        const [clash] = await tx
          .select({ id: vendors.id })
          .from(vendors)
          .where(
            and(eq(vendors.siteId, site.id), eq(vendors.slug, next.id), ne(vendors.id, current.id)),
          );
        if (clash) throw slugTaken(next.id);
      }
      const [updated] = await tx
        .update(vendors)
        .set({
          ...vendorValues(next),
          revision: sql`${vendors.revision} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(vendors.id, current.id), eq(vendors.revision, input.revision)))
        .returning();
      if (!updated) throw staleRevision('vendor', current);
      await recordEvent(tx, {
        organisationId: site.organisationId,
        actorId: ctx.actor?.id ?? null,
        action: 'update',
        entity: 'vendor',
        entityId: updated.id,
        siteId: site.id,
        before: current,
        after: updated,
      });
      return updated;
    })
    .catch((err) => {
      if (isUniqueViolation(err)) throw slugTaken(input.slug ?? '');
      throw err;
    });
}
