import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';
import { declarationRow, deleteRevisioned } from '../declaration/revisioned-write';

export const ZDeleteStorageItemInput = z.object({
  siteId: z.uuid(),
  id: z.uuid(),
  revision: z.number().int().positive(),
});

/** Removes an item from the declaration (a stale revision is a conflict, as for edits). */
export async function deleteStorageItem(
  ctx: TServiceCtx,
  raw: z.input<typeof ZDeleteStorageItemInput>,
) {
  const input = ZDeleteStorageItemInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  await ctx.db.transaction((tx) =>
    deleteRevisioned(tx, declarationRow('storageItem', ctx, site, input)),
  );
  return { deleted: true as const };
}
