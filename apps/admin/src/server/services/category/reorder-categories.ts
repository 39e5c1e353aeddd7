import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { categories } from '../../db/schema/declarations';
import { requireSite, type TServiceCtx } from '../context';
import { recordDeclarationEvents } from '../declaration/record-events';
import { invalid } from '../declaration/validation';
import { NotFoundError } from '../errors';

export const ZReorderCategoriesInput = z.object({
  siteId: z.uuid(),
  /** Every category id of the site, once each, in the new display order. */
  ids: z.array(z.uuid()).min(1).max(50),
});

/**
 * Sets the display order from a list of all the site's category ids. Only `order` changes, and
 * only rows whose position moved get a new revision (so an open edit of another category stays
 * valid); the order itself is last-writer-wins, as a drag-and-drop list is.
 */
export async function reorderCategories(
  ctx: TServiceCtx,
  raw: z.input<typeof ZReorderCategoriesInput>,
) {
  const input = ZReorderCategoriesInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(categories)
      .where(eq(categories.siteId, site.id))
      .for('update');
    const byId = new Map(rows.map((r) => [r.id, r]));
    if (input.ids.some((id) => !byId.has(id))) throw new NotFoundError('categoryNotFound');
    if (new Set(input.ids).size !== input.ids.length || input.ids.length !== rows.length) {
      invalid('order', [
        `ids: List each of the site’s ${rows.length} categories exactly once, in the new order.`,
      ]);
    }
    const events = [];
    for (const [order, id] of input.ids.entries()) {
      const before = byId.get(id);
      if (!before || before.order === order) continue;
      const [after] = await tx
        .update(categories)
        .set({ order, revision: sql`${categories.revision} + 1`, updatedAt: new Date() })
        .where(and(eq(categories.id, id), eq(categories.siteId, site.id)))
        .returning();
      events.push({
        action: 'update' as const,
        entity: 'category' as const,
        entityId: id,
        before,
        after,
      });
    }
    await recordDeclarationEvents(
      tx,
      { organisationId: site.organisationId, siteId: site.id, actorId: ctx.actor?.id ?? null },
      events,
    );
    return tx
      .select()
      .from(categories)
      .where(eq(categories.siteId, site.id))
      .orderBy(categories.order, categories.key);
  });
}
