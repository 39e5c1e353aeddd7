import { DAY_MS } from '@smula/core';
import { sql } from 'drizzle-orm';
import { describeError } from '../db/errors';
import { rowsOf } from '../db/rows';
import type { TDb } from '../db/types';
import { ensureConsentPartitions } from './partitions';
import { purgeConsents, type TPurgeResult } from './purge';

/** Any constant both instances agree on: the key of the advisory lock around maintenance. */
const LOCK_KEY = 7_253_006;

/**
 * Daily upkeep of consent records: partitions for the coming months, then the retention
 * purge. With several app instances on one PostgreSQL, an advisory lock lets one of them do it.
 */
export async function runConsentMaintenance(
  db: TDb,
  now = new Date(),
): Promise<TPurgeResult | null> {
  return db.transaction(async (tx) => {
    const [row] = rowsOf<{ locked: boolean }>(
      await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS locked`),
    );
    if (!row?.locked) return null;
    await ensureConsentPartitions(tx, now);
    return purgeConsents(tx, { now });
  });
}

/**
 * Runs maintenance a minute after start and then daily, inside the server process. Timers are
 * unref'd so they never keep a process (or `next build`) alive; failures are logged and retried
 * on the next round.
 */
export function scheduleConsentMaintenance(getDb: () => Promise<TDb>): void {
  const run = async () => {
    try {
      const result = await runConsentMaintenance(await getDb());
      const removed = result?.sites.reduce((n, s) => n + s.records, 0) ?? 0;
      if (result && (removed || result.droppedPartitions.length))
        console.info(
          `consent maintenance: purged ${removed} record(s), dropped ${result.droppedPartitions.length} empty partition(s)`,
        );
    } catch (err) {
      console.error(`consent maintenance failed: ${describeError(err)}`);
    }
  };
  setTimeout(run, 60_000).unref();
  setInterval(run, DAY_MS).unref();
}
