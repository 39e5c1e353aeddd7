import { z } from 'zod';
import { storageItems } from '../../db/schema/declarations';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { storageItemValues } from '../declaration/rows';
import { prepareStorageItem, ZStorageItemFields } from './storage-item-input';

export const ZCreateStorageItemInput = ZStorageItemFields.partial()
  .required({ name: true, categoryId: true, duration: true })
  .extend({ siteId: z.uuid() });

/** Editors declare a cookie or other storage item. Defaults: exact match, HTTP cookie, third party. */
export async function createStorageItem(
  ctx: TServiceCtx,
  raw: z.input<typeof ZCreateStorageItemInput>,
) {
  const input = ZCreateStorageItemInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return ctx.db.transaction(async (tx) => {
    const { item, vendor } = await prepareStorageItem(tx, site.id, {
      name: input.name,
      matchKind: input.matchKind ?? 'exact',
      type: input.type ?? 'cookie',
      host: input.host ?? null,
      party: input.party ?? 'third',
      duration: input.duration,
      purpose: input.purpose ?? {},
      categoryId: input.categoryId,
      vendorId: input.vendorId ?? null,
      necessityJustification: input.necessityJustification ?? null,
      recipientCountries: input.recipientCountries ?? null,
      legalBasis: input.legalBasis ?? null,
      initiator: input.initiator ?? null,
      source: input.source ?? null,
      firstFoundUrl: input.firstFoundUrl ?? null,
    });
    const [row] = await tx
      .insert(storageItems)
      .values({
        ...storageItemValues(item, { categoryId: input.categoryId, vendorId: vendor?.id ?? null }),
        siteId: site.id,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'create',
      entity: 'storage_item',
      entityId: row.id,
      siteId: site.id,
      after: row,
    });
    return row;
  });
}
