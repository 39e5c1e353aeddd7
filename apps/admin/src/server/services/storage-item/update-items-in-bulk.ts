import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TTx } from '../../db/client';
import { storageItems } from '../../db/schema/declarations';
import { recordDeclarationEvents } from '../declaration/record-events';

type TItemRow = typeof storageItems.$inferSelect;

/**
 * Sets `values` on items the caller has already read under a row lock, each with a new revision
 * and an audit `update` (before → after): the bulk move to a category, and the moves and
 * unlinks that deleting a category or a vendor causes. Returns the rows as written.
 */
export async function updateItemsInBulk(
  tx: TTx,
  scope: { organisationId: string; siteId: string; actorId: string | null },
  items: readonly TItemRow[],
  values: Partial<Pick<TItemRow, 'categoryId' | 'vendorId'>>,
): Promise<TItemRow[]> {
  if (items.length === 0) return [];
  const written = await tx
    .update(storageItems)
    .set({ ...values, revision: sql`${storageItems.revision} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(storageItems.siteId, scope.siteId),
        inArray(
          storageItems.id,
          items.map((i) => i.id),
        ),
      ),
    )
    .returning();
  const before = new Map(items.map((i) => [i.id, i]));
  await recordDeclarationEvents(
    tx,
    scope,
    written.map((after) => ({
      action: 'update' as const,
      entity: 'storage_item' as const,
      entityId: after.id,
      before: before.get(after.id),
      after,
    })),
  );
  return written;
}
