import { asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { categories, storageItems } from '../../db/schema/declarations';
import { requireSite, type TServiceCtx } from '../context';

export const ZListCategoriesInput = z.object({ siteId: z.uuid() });

/** The site's categories in display order, each with how many items it holds. */
export async function listCategories(ctx: TServiceCtx, raw: z.input<typeof ZListCategoriesInput>) {
  const input = ZListCategoriesInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const rows = await ctx.db
    .select({ category: categories, itemCount: count(storageItems.id) })
    .from(categories)
    .leftJoin(storageItems, eq(storageItems.categoryId, categories.id))
    .where(eq(categories.siteId, site.id))
    .groupBy(categories.id)
    .orderBy(asc(categories.order), asc(categories.key));
  return rows.map((r) => ({ ...r.category, itemCount: r.itemCount }));
}
