import { eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { categories } from '../../db/schema/declarations';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { categoryValues } from '../declaration/rows';
import { keyTaken, parseCategory, ZCategoryFields } from './category-input';

export const ZCreateCategoryInput = ZCategoryFields.partial()
  .required({ key: true })
  .extend({ siteId: z.uuid() });

/** Editors add categories; without an `order` a new one goes last. */
export async function createCategory(ctx: TServiceCtx, raw: z.input<typeof ZCreateCategoryInput>) {
  const input = ZCreateCategoryInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return ctx.db.transaction(async (tx) => {
    const [last] = await tx
      .select({ order: max(categories.order) })
      .from(categories)
      .where(eq(categories.siteId, site.id));
    const category = parseCategory({
      key: input.key,
      required: input.required ?? false,
      order: input.order ?? (last?.order ?? -1) + 1,
      gcmSignals: input.gcmSignals ?? [],
      name: input.name ?? {},
      description: input.description ?? {},
      legalBasis: input.legalBasis,
    });
    const [row] = await tx
      .insert(categories)
      .values({ ...categoryValues(category), siteId: site.id })
      .onConflictDoNothing()
      .returning();
    if (!row) throw keyTaken(category.key);
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'create',
      entity: 'category',
      entityId: row.id,
      siteId: site.id,
      after: row,
    });
    return row;
  });
}
