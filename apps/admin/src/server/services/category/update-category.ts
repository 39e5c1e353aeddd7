import { and, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { categories } from '../../db/schema/declarations';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { isUniqueViolation, staleRevision } from '../declaration/conflict';
import { categoryValues } from '../declaration/rows';
import { NotFoundError } from '../errors';
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
  const scope = {
    organisationId: site.organisationId,
    siteId: site.id,
    actorId: ctx.actor?.id ?? null,
  };
  return ctx.db
    .transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(categories)
        .where(and(eq(categories.id, input.id), eq(categories.siteId, site.id)))
        .for('update');
      if (!current) throw new NotFoundError('Category');
      if (current.revision !== input.revision) throw staleRevision('category', current);
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
      const [updated] = await tx
        .update(categories)
        .set({
          ...categoryValues(next),
          revision: sql`${categories.revision} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(categories.id, current.id), eq(categories.revision, input.revision)))
        .returning();
      if (!updated) throw staleRevision('category', current);
      await recordEvent(tx, {
        organisationId: site.organisationId,
        actorId: ctx.actor?.id ?? null,
        action: 'update',
        entity: 'category',
        entityId: updated.id,
        siteId: site.id,
        before: current,
        after: updated,
      });
      return updated;
    })
    .catch((err) => {
      if (isUniqueViolation(err)) throw keyTaken(input.key ?? '');
      throw err;
    });
}
