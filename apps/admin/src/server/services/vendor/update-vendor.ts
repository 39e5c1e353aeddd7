import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { vendors } from '../../db/schema/declarations';
import { requireSite, type TServiceCtx } from '../context';
import { isUniqueViolation } from '../declaration/conflict';
import { declarationRow, updateRevisioned } from '../declaration/revisioned-write';
import { toVendor, vendorValues } from '../declaration/rows';
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
    .transaction((tx) =>
      updateRevisioned(tx, declarationRow('vendor', ctx, site, input), async (current) => {
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
            hosts: pick(input.hosts, was.hosts ?? []),
            embedPlaceholder: pick(input.embedPlaceholder, was.embedPlaceholder !== false),
            consentSignal: pick(input.consentSignal, was.consentSignal ?? null),
          },
          await siteCategoryKeys(tx, site.id),
        );
        if (next.id !== current.slug) {
          const [clash] = await tx
            .select({ id: vendors.id })
            .from(vendors)
            .where(
              and(
                eq(vendors.siteId, site.id),
                eq(vendors.slug, next.id),
                ne(vendors.id, current.id),
              ),
            );
          if (clash) throw slugTaken(next.id);
        }
        return vendorValues(next);
      }),
    )
    .catch((err) => {
      if (isUniqueViolation(err)) throw slugTaken(input.slug ?? '');
      throw err;
    });
}
