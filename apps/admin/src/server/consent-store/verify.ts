import { DAY_MS } from '@smula/core';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { rowsOf } from '../db/rows';
import { consentChainHeads, consentRecords } from '../db/schema/consents';
import type { TDbOrTx } from '../db/types';
import { chainHash, GENESIS_HASH } from './chain';

export interface TChainProblem {
  day: string;
  seq?: number;
  recordId?: string;
  problem: string;
}

export interface TVerifyResult {
  days: number;
  records: number;
  problems: TChainProblem[];
}

const PAGE = 5000;

/**
 * Recomputes every hash chain of a site (one per UTC day) and compares it with the stored
 * links and the day's head (compliance.md R-03): an edited, inserted or removed record shows up as
 * the first place where the chain stops agreeing with itself.
 *
 * Each day is read in one snapshot (a repeatable-read transaction): today's chain grows while
 * records arrive, and a head read before the records (or after) would disagree with them
 * without anything being wrong.
 */
export async function verifyConsentChains(
  db: TDbOrTx,
  siteId: string,
  range: { from?: string; to?: string } = {},
): Promise<TVerifyResult> {
  const headDays = await db
    .select({ day: consentChainHeads.day })
    .from(consentChainHeads)
    .where(eq(consentChainHeads.siteId, siteId));
  // Days with records but no head count too: a deleted head must not hide its day.
  const recordDays = rowsOf<{ day: string }>(
    await db.execute(sql`
      SELECT DISTINCT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
      FROM consent_records WHERE site_id = ${siteId}`),
  ).map((r) => r.day);
  const days = [...new Set([...headDays.map((h) => h.day), ...recordDays])]
    .filter((d) => (!range.from || d >= range.from) && (!range.to || d <= range.to))
    .sort();

  const problems: TChainProblem[] = [];
  let records = 0;
  for (const day of days) {
    const checked = await inSnapshot(db, (tx) => verifyDay(tx, siteId, day));
    records += checked.records;
    problems.push(...checked.problems);
  }
  return { days: days.length, records, problems };
}

/** Runs `fn` in one snapshot: a read-only repeatable-read transaction (a savepoint in one). */
function inSnapshot<T>(db: TDbOrTx, fn: (tx: TDbOrTx) => Promise<T>): Promise<T> {
  if ('rollback' in db) return db.transaction(fn); // already a transaction: its snapshot
  return db.transaction(fn, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

async function verifyDay(
  db: TDbOrTx,
  siteId: string,
  day: string,
): Promise<{ records: number; problems: TChainProblem[] }> {
  const [head] = await db
    .select()
    .from(consentChainHeads)
    .where(and(eq(consentChainHeads.siteId, siteId), eq(consentChainHeads.day, day)));
  const problems: TChainProblem[] = [];
  let records = 0;
  const start = new Date(`${day}T00:00:00.000Z`);
  const end = new Date(start.getTime() + DAY_MS);
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let lastSeq = 0;
  for (;;) {
    const page = await db
      .select()
      .from(consentRecords)
      .where(
        and(
          eq(consentRecords.siteId, siteId),
          sql`${consentRecords.createdAt} >= ${start.toISOString()}`,
          sql`${consentRecords.createdAt} < ${end.toISOString()}`,
          gt(consentRecords.seq, lastSeq),
        ),
      )
      .orderBy(asc(consentRecords.seq))
      .limit(PAGE);
    for (const r of page) {
      records++;
      const { prevHash, hash, ...fields } = r;
      const at = { day, seq: r.seq, recordId: r.id };
      if (r.seq !== expectedSeq)
        problems.push({
          ...at,
          problem: `expected record ${expectedSeq} here: a record is missing`,
        });
      if (prevHash !== prev)
        problems.push({ ...at, problem: 'does not link to the record before it' });
      if (chainHash(prevHash, fields) !== hash)
        problems.push({ ...at, problem: 'its content does not match its hash: it was changed' });
      prev = hash;
      expectedSeq = r.seq + 1;
      lastSeq = r.seq;
    }
    if (page.length < PAGE) break;
  }
  if (!head) problems.push({ day, problem: 'the day has records but no chain head' });
  else if (head.seq !== lastSeq || head.hash !== prev)
    problems.push({
      day,
      problem: `the chain ends at record ${lastSeq}, but its head says ${head.seq}: records after ${lastSeq} are missing or the head was changed`,
    });
  return { records, problems };
}
