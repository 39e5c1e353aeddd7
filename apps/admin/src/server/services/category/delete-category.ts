import { pickText } from '@smula/core';
import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { categories, storageItems } from '../../db/schema/declarations';
import { requireSite, type TServiceCtx } from '../context';
import { declarationRow, deleteRevisioned, editScope } from '../declaration/revisioned-write';
import { invalid } from '../declaration/validation';
import { ConflictError, NotFoundError, say } from '../errors';
import { assertJustifiedFor } from '../storage-item/necessity';
import { updateItemsInBulk } from '../storage-item/update-items-in-bulk';
import { retargetVendors } from './category-input';

export const ZDeleteCategoryInput = z.object({
  siteId: z.uuid(),
  id: z.uuid(),
  revision: z.number().int().positive(),
  /**
   * Another category of the site to move this one's items to first. Without it, a category
   * that still holds items is not deleted.
   */
  moveItemsTo: z.uuid().optional(),
});

/**
 * Deletes a category. Items are never deleted along with it: a category that holds items is
 * refused with a message saying how many, unless `moveItemsTo` names where they go (moved
 * items get a new revision and an audit entry each). Vendors that named it as their default
 * category get the target's key, or none.
 */
export async function deleteCategory(ctx: TServiceCtx, raw: z.input<typeof ZDeleteCategoryInput>) {
  const input = ZDeleteCategoryInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const scope = editScope(ctx, site);
  return ctx.db.transaction(async (tx) => {
    const movedItems = await deleteRevisioned(
      tx,
      declarationRow('category', ctx, site, input),
      async (current) => {
        let target: typeof current | undefined;
        if (input.moveItemsTo) {
          [target] = await tx
            .select()
            .from(categories)
            .where(and(eq(categories.id, input.moveItemsTo), eq(categories.siteId, site.id)));
          if (!target) throw new NotFoundError('moveTargetNotFound');
          if (target.id === current.id)
            invalid('category', ['moveItemsTo: Choose another category to move the items to.']);
        }

        const [{ n } = { n: 0 }] = await tx
          .select({ n: count() })
          .from(storageItems)
          .where(eq(storageItems.categoryId, current.id));
        if (n > 0 && !target) {
          throw new ConflictError(
            say('categoryNotEmpty', {
              name: pickText(current.name, site.settings.defaultLocale) || current.key,
              count: n,
            }),
            { current: { ...current, itemCount: n }, field: 'moveItemsTo' },
          );
        }
        if (n > 0 && target) {
          const items = await tx
            .select()
            .from(storageItems)
            .where(eq(storageItems.categoryId, current.id))
            .for('update');
          assertJustifiedFor(target, items);
          await updateItemsInBulk(tx, scope, items, { categoryId: target.id });
        }
        await retargetVendors(tx, scope, current.key, target?.key ?? null);
        return n;
      },
    );
    return { deleted: true as const, movedItems };
  });
}
