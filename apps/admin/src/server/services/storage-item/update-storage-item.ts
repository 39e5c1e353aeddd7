import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';
import { declarationRow, updateRevisioned } from '../declaration/revisioned-write';
import { storageItemValues } from '../declaration/rows';
import { prepareStorageItem, ZStorageItemFields } from './storage-item-input';

export const ZUpdateStorageItemInput = ZStorageItemFields.partial().extend({
  siteId: z.uuid(),
  id: z.uuid(),
  /** The revision the editor read; a different current revision is a conflict. */
  revision: z.number().int().positive(),
});

/** Changes the given fields of an item (null clears an optional one; the rest stay). */
export async function updateStorageItem(
  ctx: TServiceCtx,
  raw: z.input<typeof ZUpdateStorageItemInput>,
) {
  const input = ZUpdateStorageItemInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const pick = <T>(given: T | undefined, current: T) => (given === undefined ? current : given);
  return ctx.db.transaction((tx) =>
    updateRevisioned(tx, declarationRow('storageItem', ctx, site, input), async (current) => {
      const { item, category, vendor } = await prepareStorageItem(
        tx,
        site.id,
        {
          name: pick(input.name, current.name),
          matchKind: pick(input.matchKind, current.matchKind),
          type: pick(input.type, current.type),
          host: pick(input.host, current.host),
          party: pick(input.party, current.party),
          duration: pick(input.duration, current.duration),
          purpose: pick(input.purpose, current.purpose),
          categoryId: pick(input.categoryId, current.categoryId),
          vendorId: pick(input.vendorId, current.vendorId),
          necessityJustification: pick(
            input.necessityJustification,
            current.necessityJustification,
          ),
          recipientCountries: pick(input.recipientCountries, current.recipientCountries),
          legalBasis: pick(input.legalBasis, current.legalBasis),
          initiator: pick(input.initiator, current.initiator),
          source: pick(input.source, current.source),
          firstFoundUrl: pick(input.firstFoundUrl, current.firstFoundUrl),
        },
        current.id,
      );
      return storageItemValues(item, { categoryId: category.id, vendorId: vendor?.id ?? null });
    }),
  );
}
