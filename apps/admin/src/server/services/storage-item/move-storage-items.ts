import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { categories, storageItems } from '../../db/schema/declarations';
import { requireSite, type TServiceCtx } from '../context';
import { editScope } from '../declaration/revisioned-write';
import { ConflictError, NotFoundError, say } from '../errors';
import { assertJustifiedFor } from './necessity';
import { updateItemsInBulk } from './update-items-in-bulk';

export const ZMoveStorageItemsInput = z.object({
  siteId: z.uuid(),
  categoryId: z.uuid(),
  /** Each selected item with the revision the editor saw. */
  items: z
    .array(z.object({ id: z.uuid(), revision: z.number().int().positive() }))
    .min(1)
    .max(5000),
});

/**
 * Bulk move to a category, all or nothing. Every item carries the revision the editor saw: if
 * any changed since, nothing moves and the conflict lists the changed rows as they are now
 * (`details.current`), so the editor can re-select. Moving items without a justification into
 * a required category is refused (compliance.md D-06).
 */
export async function moveStorageItems(
  ctx: TServiceCtx,
  raw: z.input<typeof ZMoveStorageItemsInput>,
) {
  const input = ZMoveStorageItemsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return ctx.db.transaction(async (tx) => {
    const [target] = await tx
      .select()
      .from(categories)
      .where(and(eq(categories.id, input.categoryId), eq(categories.siteId, site.id)));
    if (!target) throw new NotFoundError('categoryNotFound');
    const ids = [...new Set(input.items.map((i) => i.id))];
    const rows = await tx
      .select()
      .from(storageItems)
      .where(and(eq(storageItems.siteId, site.id), inArray(storageItems.id, ids)))
      .for('update');
    if (rows.length !== ids.length) throw new NotFoundError('storageItemNotFound');
    const seen = new Map(input.items.map((i) => [i.id, i.revision]));
    const stale = rows.filter((r) => r.revision !== seen.get(r.id));
    if (stale.length > 0) {
      throw new ConflictError(
        say('staleSelection', { count: stale.length, name: stale[0]?.name ?? '' }),
        { current: stale },
      );
    }
    const moving = rows.filter((r) => r.categoryId !== target.id);
    assertJustifiedFor(target, moving);
    const moved = await updateItemsInBulk(tx, editScope(ctx, site), moving, {
      categoryId: target.id,
    });
    return { moved: moved.length };
  });
}
