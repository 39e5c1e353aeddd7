import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { categories } from '../../db/schema/declarations';
import { requireSite, type TServiceCtx } from '../context';
import { isUniqueViolation } from '../declaration/conflict';
import { declarationRow, editScope, updateRevisioned } from '../declaration/revisioned-write';
import { categoryValues } from '../declaration/rows';
import { keyTaken, parseCategory, retargetVendors, ZCategoryFields } from './category-input';

export const ZUpdateCategoryInput = ZCategoryFields.partial().extend({
  siteId: z.uuid(),
  id: z.uuid(),
  /** The revision the editor read; a different current revision is a conflict. */
  revision: z.number().int().positive(),
});

/**
 * Changes the given fields of a category (the rest stay). A new key is carried over to the
 * vendors that name it as their default category; items point at the row, not the key.
 */
export async function updateCategory(ctx: TServiceCtx, raw: z.input<typeof ZUpdateCategoryInput>) {
  const input = ZUpdateCategoryInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const scope = editScope(ctx, site);
  return ctx.db
    .transaction((tx) =>
      updateRevisioned(tx, declarationRow('category', ctx, site, input), async (current) => {
        const next = parseCategory({
          key: input.key ?? current.key,
          required: input.required ?? current.required,
          order: input.order ?? current.order,
          gcmSignals: input.gcmSignals ?? current.gcmSignals,
          name: input.name ?? current.name,
          description: input.description ?? current.description,
          legalBasis: input.legalBasis === undefined ? current.legalBasis : input.legalBasis,
        });
        if (next.key !== current.key) {
          const [clash] = await tx
            .select({ id: categories.id })
            .from(categories)
            .where(
              and(
                eq(categories.siteId, site.id),
                eq(categories.key, next.key),
                ne(categories.id, current.id),
              ),
            );
          if (clash) throw keyTaken(next.key);
          await retargetVendors(tx, scope, current.key, next.key);
        }
        return categoryValues(next);
      }),
    )
    .catch((err) => {
      if (isUniqueViolation(err)) throw keyTaken(input.key ?? '');
      throw err;
    });
}
