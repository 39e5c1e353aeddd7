import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/rows';
import type { TDbOrTx } from '../db/types';

/** `consent_records_y2026m12`: the partition holding one UTC month. */
export function partitionName(monthStart: Date): string {
  const m = String(monthStart.getUTCMonth() + 1).padStart(2, '0');
  return `consent_records_y${monthStart.getUTCFullYear()}m${m}`;
}

function monthStart(at: Date, offset = 0): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + offset, 1));
}

/**
 * Creates the monthly partitions of `consent_records` from the month of `from` through
 * `monthsAhead` months after `to`'s month (idempotent). Run at start, daily, and on demand when
 * an insert finds no partition (a clock jump, a server that slept through a month end).
 */
export async function ensureConsentPartitions(
  db: TDbOrTx,
  from: Date,
  to: Date = from,
  monthsAhead = 2,
): Promise<string[]> {
  const names: string[] = [];
  const last = monthStart(to, monthsAhead);
  for (let m = monthStart(from); m <= last; m = monthStart(m, 1)) {
    const name = partitionName(m);
    // Bounds in UTC with an explicit offset: a bare date would be read in the session's zone.
    const lower = `${m.toISOString().slice(0, 10)} 00:00:00+00`;
    const upper = `${monthStart(m, 1).toISOString().slice(0, 10)} 00:00:00+00`;
    await db.execute(
      sql.raw(
        // Two writers that both found the partition missing may race to create it: the
        // loser's "already exists" means it is there, which is all either wanted.
        `DO $$ BEGIN
           IF to_regclass('public.${name}') IS NULL THEN
             CREATE TABLE public.${name} PARTITION OF consent_records
               FOR VALUES FROM ('${lower}') TO ('${upper}');
           END IF;
         EXCEPTION WHEN duplicate_table THEN NULL;
         END $$;`,
      ),
    );
    names.push(name);
  }
  return names;
}

/** Every partition of `consent_records` with its range, oldest first. */
export async function listConsentPartitions(
  db: TDbOrTx,
): Promise<{ name: string; from: Date; to: Date }[]> {
  const rows = await db.execute<{ name: string }>(sql`
    SELECT c.relname AS name
    FROM pg_inherits i
    JOIN pg_class c ON c.oid = i.inhrelid
    JOIN pg_class p ON p.oid = i.inhparent
    WHERE p.relname = 'consent_records'
    ORDER BY c.relname`);
  return rowsOf<{ name: string }>(rows).flatMap(({ name }) => {
    const m = /^consent_records_y(\d{4})m(\d{2})$/.exec(name);
    if (!m) return [];
    const from = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    return [{ name, from, to: monthStart(from, 1) }];
  });
}
