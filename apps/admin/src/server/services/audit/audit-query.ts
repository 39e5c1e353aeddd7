import { and, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { TDbOrTx } from '../../db/client';
import { auditEvents } from '../../db/schema/audit';
import { users } from '../../db/schema/auth';
import { decodeKeysetCursor, encodeKeysetCursor } from '../keyset-cursor';

/** Filters both audit listings share; `to` is exclusive, `from` inclusive. */
export const ZAuditFilters = z.object({
  entity: z.string().trim().min(1).max(100).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  actorId: z.uuid().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

// Field names that never leave the server, whatever the entity: record-event already drops
// the known ones when writing; this is the belt to its braces for rows written before or by
// code that forgot.
const SECRET = /password|secret|token|credential/i;
/** Bookkeeping every update touches; not what anybody changed. */
const NOISE = new Set(['revision', 'updatedAt', 'createdAt']);

export function redact(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(redact);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET.test(k))
      .map(([k, v]) => [k, redact(v)]),
  );
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Which top-level fields differ between before and after (bookkeeping left out): every field
 * of a created or deleted row, the changed ones of an update.
 */
export function changedFields(before: unknown, after: unknown): string[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  return [...keys].filter((k) => !NOISE.has(k) && !equal(b[k], a[k])).sort();
}

/**
 * One page of audit events matching `scope` (always the tenant's organisation, and the site
 * when listing a site) and the filters, newest first, with the actor's e-mail and the fields
 * each event changed. Keyset pagination on (at, id): the cursor carries `at` as PostgreSQL's
 * text, microseconds included, because every event of one transaction shares its `at`.
 */
export async function queryAuditEvents(
  db: TDbOrTx,
  scope: SQL,
  filters: z.infer<typeof ZAuditFilters>,
) {
  const conditions: (SQL | undefined)[] = [scope];
  if (filters.entity) conditions.push(eq(auditEvents.entity, filters.entity));
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.actorId) conditions.push(eq(auditEvents.actorId, filters.actorId));
  if (filters.from) conditions.push(gte(auditEvents.at, filters.from));
  if (filters.to) conditions.push(lt(auditEvents.at, filters.to));
  if (filters.cursor) {
    const c = decodeKeysetCursor(filters.cursor, 'events');
    conditions.push(
      or(
        lt(auditEvents.at, sql`${c.at}::timestamptz`),
        and(eq(auditEvents.at, sql`${c.at}::timestamptz`), lt(auditEvents.id, c.id)),
      ),
    );
  }
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      atExact: sql<string>`${auditEvents.at}::text`,
      action: auditEvents.action,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      siteId: auditEvents.siteId,
      actorId: auditEvents.actorId,
      actorEmail: users.email,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(filters.limit + 1);
  const page = rows.slice(0, filters.limit);
  const last = page.at(-1);
  return {
    events: page.map(({ atExact: _, ...row }) => {
      const before = redact(row.before);
      const after = redact(row.after);
      return { ...row, before, after, changes: changedFields(before, after) };
    }),
    nextCursor:
      rows.length > filters.limit && last ? encodeKeysetCursor(last.atExact, last.id) : null,
  };
}
