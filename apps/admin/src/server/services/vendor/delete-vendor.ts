import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { storageItems } from '../../db/schema/declarations';
import { requireSite, type TServiceCtx } from '../context';
import { declarationRow, deleteRevisioned, editScope } from '../declaration/revisioned-write';
import { updateItemsInBulk } from '../storage-item/update-items-in-bulk';

export const ZDeleteVendorInput = z.object({
  siteId: z.uuid(),
  id: z.uuid(),
  revision: z.number().int().positive(),
});

/**
 * Deletes a vendor. Its items stay, without a vendor: they are unlinked here (new revision and
 * an audit entry each) rather than silently by the foreign key, so their history is complete.
 */
export async function deleteVendor(ctx: TServiceCtx, raw: z.input<typeof ZDeleteVendorInput>) {
  const input = ZDeleteVendorInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const scope = editScope(ctx, site);
  return ctx.db.transaction(async (tx) => {
    const unlinkedItems = await deleteRevisioned(
      tx,
      declarationRow('vendor', ctx, site, input),
      async (current) => {
        const before = await tx
          .select()
          .from(storageItems)
          .where(and(eq(storageItems.vendorId, current.id), eq(storageItems.siteId, site.id)))
          .for('update');
        const unlinked = await updateItemsInBulk(tx, scope, before, { vendorId: null });
        return unlinked.length;
      },
    );
    return { deleted: true as const, unlinkedItems };
  });
}
