/**
 * Optimistic concurrency for every edit of a revisioned row (categories, vendors, storage items,
 * the site row that holds texts, appearance and settings): lock the row, check the revision the
 * editor read, write, record the audit event, all in the caller's transaction.
 *
 * The revision is checked twice on purpose. The locked read gives the conflict the current
 * values to show; the `UPDATE … WHERE revision = $n` / `DELETE … WHERE revision = $n` is what
 * makes two concurrent saves of the same revision unable to both win, even where a lock is not
 * held (a driver, an isolation level or a later refactor that drops the `FOR UPDATE`).
 */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { TTx } from '../../db/client';
import { categories, storageItems, vendors } from '../../db/schema/declarations';
import { sites } from '../../db/schema/sites';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { NotFoundError, type TNotFoundKey } from '../errors';
import { staleRevision, type TStaleWhat } from './conflict';

/** A table whose rows carry `revision` (bumped by every write) and `updatedAt`. */
export type TRevisionedTable = PgTable & {
  id: PgColumn;
  revision: PgColumn;
  updatedAt: PgColumn;
};

type TRow<T extends TRevisionedTable> = T['$inferSelect'];

/** Which row, at which revision, named how, and for whom the audit event is. */
export interface TRevisionedTarget<T extends TRevisionedTable> {
  table: T;
  /** The row, scoped to the caller's tenant: `and(eq(t.id, id), eq(t.siteId, site.id))`. */
  where: SQL | undefined;
  /** The revision the editor read. */
  revision: number;
  /** For "Category not found." */
  notFound: TNotFoundKey;
  /** For "Someone else changed this category after you opened it." */
  what: TStaleWhat;
  audit: {
    organisationId: string;
    siteId: string;
    actorId: string | null;
    entity: string;
    entityId: string;
    /** What of the row the audit log keeps (default: all of it). */
    view?: (row: TRow<T>) => unknown;
  };
}

/** The row under a write lock, or NotFound; a different revision than the editor's is a conflict. */
async function lockAtRevision<T extends TRevisionedTable>(
  tx: TTx,
  target: TRevisionedTarget<T>,
): Promise<TRow<T>> {
  const [current] = (await tx
    .select()
    .from(target.table as PgTable)
    .where(target.where)
    .for('update')) as TRow<T>[];
  if (!current) throw new NotFoundError(target.notFound);
  if ((current as { revision: number }).revision !== target.revision)
    throw staleRevision(target.what, current);
  return current;
}

/** The conflict when the guarded write matched no row: with the row as it is now. */
async function conflictNow<T extends TRevisionedTable>(tx: TTx, target: TRevisionedTarget<T>) {
  const [now] = await tx
    .select()
    .from(target.table as PgTable)
    .where(target.where);
  return staleRevision(target.what, now ?? null);
}

/**
 * Lock → check revision → `change(current)` (may read and throw: validation, clashes) →
 * `UPDATE … SET …, revision = revision + 1 WHERE … AND revision = $n` → audit `update` with the
 * row before and after. Returns the updated row.
 */
export async function updateRevisioned<T extends TRevisionedTable>(
  tx: TTx,
  target: TRevisionedTarget<T>,
  change: (current: TRow<T>) => Promise<PgUpdateSetSource<T>> | PgUpdateSetSource<T>,
): Promise<TRow<T>> {
  const current = await lockAtRevision(tx, target);
  const values = await change(current);
  const { table } = target;
  const [updated] = (await tx
    .update(table as PgTable)
    .set({ ...values, revision: sql`${table.revision} + 1`, updatedAt: new Date() })
    .where(and(target.where, eq(table.revision, target.revision)))
    .returning()) as TRow<T>[];
  if (!updated) throw await conflictNow(tx, target);
  const view = target.audit.view ?? ((row: TRow<T>) => row);
  await recordEvent(tx, {
    ...auditScope(target),
    action: 'update',
    before: view(current),
    after: view(updated),
  });
  return updated;
}

/**
 * Lock → check revision → `prepare(current)` (moves or unlinks what depends on the row; may
 * throw) → `DELETE … WHERE … AND revision = $n` → audit `delete` with the row before. Returns
 * what `prepare` returned.
 */
export async function deleteRevisioned<T extends TRevisionedTable, R = undefined>(
  tx: TTx,
  target: TRevisionedTarget<T>,
  prepare?: (current: TRow<T>) => Promise<R>,
): Promise<R> {
  const current = await lockAtRevision(tx, target);
  const result = (await prepare?.(current)) as R;
  const deleted = await tx
    .delete(target.table as PgTable)
    .where(and(target.where, eq(target.table.revision, target.revision)))
    .returning({ id: target.table.id });
  if (!deleted.length) throw await conflictNow(tx, target);
  await recordEvent(tx, { ...auditScope(target), action: 'delete', before: current });
  return result;
}

function auditScope<T extends TRevisionedTable>({ audit }: TRevisionedTarget<T>) {
  return {
    organisationId: audit.organisationId,
    siteId: audit.siteId,
    actorId: audit.actorId,
    entity: audit.entity,
    entityId: audit.entityId,
  };
}

/** Who edits where: the audit log's organisation, site and actor for a site's edit. */
export function editScope(ctx: TServiceCtx, site: { id: string; organisationId: string }) {
  return { organisationId: site.organisationId, siteId: site.id, actorId: ctx.actor?.id ?? null };
}

/** The declaration's revisioned row kinds: table, names in messages, audit entity. */
export const DECLARATION_ROWS = {
  category: {
    table: categories,
    notFound: 'categoryNotFound',
    what: 'category',
    entity: 'category',
  },
  vendor: { table: vendors, notFound: 'vendorNotFound', what: 'vendor', entity: 'vendor' },
  storageItem: {
    table: storageItems,
    notFound: 'storageItemNotFound',
    what: 'item',
    entity: 'storage_item',
  },
} as const;

type TDeclarationRows = typeof DECLARATION_ROWS;

/** The target for row `id` of `kind` in the caller's site, at the revision the editor read. */
export function declarationRow<K extends keyof TDeclarationRows>(
  kind: K,
  ctx: TServiceCtx,
  site: { id: string; organisationId: string },
  row: { id: string; revision: number },
): TRevisionedTarget<TDeclarationRows[K]['table']> {
  const { table, notFound, what, entity } = DECLARATION_ROWS[kind];
  return {
    table,
    where: and(eq(table.id, row.id), eq(table.siteId, site.id)),
    revision: row.revision,
    notFound,
    what,
    audit: { ...editScope(ctx, site), entity, entityId: row.id },
  };
}

/**
 * The target for the site row itself, which texts, appearance and settings share one revision
 * of: `what` names the part in the conflict, `entity` in the audit log (`site.texts`), `view`
 * what of the row the log keeps.
 */
export function siteRow(
  ctx: TServiceCtx,
  site: { id: string; organisationId: string },
  revision: number,
  part: { what: TStaleWhat; entity: string; view: (row: typeof sites.$inferSelect) => unknown },
): TRevisionedTarget<typeof sites> {
  return {
    table: sites,
    where: eq(sites.id, site.id),
    revision,
    notFound: 'siteNotFound',
    what: part.what,
    audit: { ...editScope(ctx, site), entity: part.entity, entityId: site.id, view: part.view },
  };
}
