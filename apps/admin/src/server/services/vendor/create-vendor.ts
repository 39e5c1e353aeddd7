import { and, eq, like } from 'drizzle-orm';
import { z } from 'zod';
import { vendors } from '../../db/schema/declarations';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { vendorValues } from '../declaration/rows';
import { siteCategoryKeys } from './site-category-keys';
import { parseVendor, slugFromName, slugTaken, ZVendorFields } from './vendor-input';

export const ZCreateVendorInput = ZVendorFields.partial()
  .required({ name: true })
  .extend({ siteId: z.uuid() });

/**
 * Editors add vendors. Without a slug one is made from the name (`-2`, `-3` … when taken); a
 * slug given and taken is a conflict on the `slug` field.
 */
export async function createVendor(ctx: TServiceCtx, raw: z.input<typeof ZCreateVendorInput>) {
  const input = ZCreateVendorInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return ctx.db.transaction(async (tx) => {
    let slug = input.slug;
    if (!slug) {
      const base = slugFromName(input.name);
      const used = new Set(
        (
          await tx
            .select({ slug: vendors.slug })
            .from(vendors)
            .where(and(eq(vendors.siteId, site.id), like(vendors.slug, `${base}%`)))
        ).map((r) => r.slug),
      );
      slug = base;
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    }
    const vendor = parseVendor(
      {
        slug,
        name: input.name,
        legalName: input.legalName ?? null,
        privacyPolicyUrl: input.privacyPolicyUrl ?? null,
        optOutUrl: input.optOutUrl ?? null,
        countries: input.countries ?? [],
        dpfCertified: input.dpfCertified ?? false,
        transferMechanism: input.transferMechanism ?? null,
        retention: input.retention ?? null,
        description: input.description ?? {},
        defaultCategory: input.defaultCategory ?? null,
        legalBasis: input.legalBasis ?? null,
        hosts: input.hosts ?? [],
        embedPlaceholder: input.embedPlaceholder ?? true,
        consentSignal: input.consentSignal ?? null,
      },
      await siteCategoryKeys(tx, site.id),
    );
    const [row] = await tx
      .insert(vendors)
      .values({ ...vendorValues(vendor), siteId: site.id })
      .onConflictDoNothing()
      .returning();
    if (!row) throw slugTaken(vendor.id);
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'create',
      entity: 'vendor',
      entityId: row.id,
      siteId: site.id,
      after: row,
    });
    return row;
  });
}
