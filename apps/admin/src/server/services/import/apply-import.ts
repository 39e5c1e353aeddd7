import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { TDbOrTx, TTx } from '../../db/client';
import { categories, storageItems, vendors } from '../../db/schema/declarations';
import { sites } from '../../db/schema/sites';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { readDeclarationRows } from '../declaration/read-declaration';
import { recordDeclarationEvents, type TDeclarationEvent } from '../declaration/record-events';
import { categoryValues, storageItemValues, vendorValues } from '../declaration/rows';
import { ConflictError, say } from '../errors';
import { planCounts, planImport, type TImportPlan } from './plan-import';
import { describePlan } from './preview-import';
import { runImporter, ZImportInput } from './run-importer';

export const ZApplyImportInput = ZImportInput.extend({
  /** The preview's `planHash`: when given, apply refuses if the plan is no longer the same. */
  planHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

const CHUNK = 200;

/**
 * Writes a plan: new categories and vendors first (items point at them), then items; every
 * update still guarded by the revision the plan read. Returns the audit events to record.
 */
export async function writePlan(tx: TTx, siteId: string, plan: TImportPlan) {
  const events: TDeclarationEvent[] = [];
  const now = new Date();
  const stale = () => new ConflictError(say('importRace'));

  for (const c of plan.categories) {
    if (c.action === 'create') {
      const [row] = await tx
        .insert(categories)
        .values({ ...categoryValues(c.after), siteId })
        .returning();
      if (!row) throw stale();
      events.push({ action: 'create', entity: 'category', entityId: row.id, after: row });
    } else if (c.id && c.revision) {
      const [row] = await tx
        .update(categories)
        .set({
          ...categoryValues(c.after),
          revision: sql`${categories.revision} + 1`,
          updatedAt: now,
        })
        .where(
          and(
            eq(categories.id, c.id),
            eq(categories.siteId, siteId),
            eq(categories.revision, c.revision),
          ),
        )
        .returning();
      if (!row) throw stale();
      events.push({
        action: 'update',
        entity: 'category',
        entityId: row.id,
        before: c.before,
        after: row,
      });
    }
  }

  for (const v of plan.vendors) {
    if (v.action === 'create') {
      const [row] = await tx
        .insert(vendors)
        .values({ ...vendorValues(v.after), siteId })
        .returning();
      if (!row) throw stale();
      events.push({ action: 'create', entity: 'vendor', entityId: row.id, after: row });
    } else if (v.id && v.revision) {
      const [row] = await tx
        .update(vendors)
        .set({ ...vendorValues(v.after), revision: sql`${vendors.revision} + 1`, updatedAt: now })
        .where(
          and(eq(vendors.id, v.id), eq(vendors.siteId, siteId), eq(vendors.revision, v.revision)),
        )
        .returning();
      if (!row) throw stale();
      events.push({
        action: 'update',
        entity: 'vendor',
        entityId: row.id,
        before: v.before,
        after: row,
      });
    }
  }

  const categoryIds = new Map(
    (
      await tx
        .select({ id: categories.id, key: categories.key })
        .from(categories)
        .where(eq(categories.siteId, siteId))
    ).map((r) => [r.key, r.id]),
  );
  const vendorIds = new Map(
    (
      await tx
        .select({ id: vendors.id, slug: vendors.slug })
        .from(vendors)
        .where(eq(vendors.siteId, siteId))
    ).map((r) => [r.slug, r.id]),
  );
  const refs = (item: { category: string; vendor?: string }) => {
    const categoryId = categoryIds.get(item.category);
    if (!categoryId) throw stale();
    return { categoryId, vendorId: (item.vendor && vendorIds.get(item.vendor)) || null };
  };

  const creates = plan.items.filter((i) => i.action === 'create');
  for (let i = 0; i < creates.length; i += CHUNK) {
    const rows = await tx
      .insert(storageItems)
      .values(
        creates
          .slice(i, i + CHUNK)
          .map((c) => ({ ...storageItemValues(c.after, refs(c.after)), siteId })),
      )
      .returning();
    for (const row of rows)
      events.push({ action: 'create', entity: 'storage_item', entityId: row.id, after: row });
  }
  for (const u of plan.items) {
    if (u.action !== 'update' || !u.id || !u.revision) continue;
    const [row] = await tx
      .update(storageItems)
      .set({
        ...storageItemValues(u.after, refs(u.after)),
        revision: sql`${storageItems.revision} + 1`,
        updatedAt: now,
      })
      .where(
        and(
          eq(storageItems.id, u.id),
          eq(storageItems.siteId, siteId),
          eq(storageItems.revision, u.revision),
        ),
      )
      .returning();
    if (!row) throw stale();
    events.push({
      action: 'update',
      entity: 'storage_item',
      entityId: row.id,
      before: u.before,
      after: row,
    });
  }
  return events;
}

/**
 * The import itself, for a site the caller has already authorised: the CLI (an operator, no
 * member) calls this directly, {@link applyImport} after its role check. One transaction: the
 * plan is recomputed under row locks and refused with a conflict when `planHash` is given and no
 * longer matches; every row created or changed gets an audit entry, and the import one more.
 */
export async function importIntoSite(
  db: TDbOrTx,
  site: typeof sites.$inferSelect,
  input: Omit<z.infer<typeof ZApplyImportInput>, 'siteId'>,
  actorId: string | null,
) {
  const imported = runImporter({ ...input, siteId: site.id }, site.settings);
  const scope = { organisationId: site.organisationId, siteId: site.id, actorId };
  return db.transaction(async (tx) => {
    // One import at a time per site: the second waits, then plans against the first's result.
    await tx.select({ id: sites.id }).from(sites).where(eq(sites.id, site.id)).for('update');
    const plan = planImport(await readDeclarationRows(tx, site.id, { lock: true }), imported, {
      mergeVendors: input.format !== 'csv',
    });
    if (input.planHash && input.planHash !== plan.hash) {
      throw new ConflictError(say('previewStale'), {
        current: describePlan(plan, { ...input, siteId: site.id }, site.settings.locales),
      });
    }
    const events = await writePlan(tx, site.id, plan);
    await recordDeclarationEvents(tx, scope, events);
    const counts = planCounts(plan);
    await recordEvent(tx, {
      ...scope,
      action: 'import',
      entity: 'declaration',
      entityId: site.id,
      after: { format: input.format, counts, warnings: plan.warnings.length },
    });
    return { counts, warnings: plan.warnings };
  });
}

/**
 * Applies an import (editors): the same plan the preview showed, in one transaction, refused
 * with a conflict when `planHash` no longer matches. Returns the counts and warnings.
 */
export async function applyImport(ctx: TServiceCtx, raw: z.input<typeof ZApplyImportInput>) {
  const input = ZApplyImportInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return importIntoSite(ctx.db, site, input, ctx.actor?.id ?? null);
}
