import { and, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client';
import { scanSchedules, scans } from '../db/schema/scans';
import { sites } from '../db/schema/sites';
import { defaultScanUrl } from './target';

/** When a schedule is next due after `from`: a week, or a calendar month, later. */
export function nextRunAfter(from: Date, frequency: 'weekly' | 'monthly'): Date {
  const next = new Date(from);
  if (frequency === 'weekly') next.setUTCDate(next.getUTCDate() + 7);
  else next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
}

/**
 * Queues a scan for every site whose schedule is due and moves the schedule on. A site that
 * already has a scan queued or running gets none (the one-active-scan index says so) but its
 * schedule still moves on: a scan is running anyway. Called by the `scan-schedules` cron job
 * on PostgreSQL and by the in-process runner's timer on PGlite.
 *
 * @returns the scans queued, for the caller to hand to the queue.
 */
export async function queueDueScans(
  db: TDbOrTx,
  now = new Date(),
): Promise<{ id: string; siteId: string }[]> {
  const due = await db
    .select({ schedule: scanSchedules, domains: sites.settings })
    .from(scanSchedules)
    .innerJoin(sites, eq(sites.id, scanSchedules.siteId))
    .where(lte(scanSchedules.nextRunAt, now));
  const queued: { id: string; siteId: string }[] = [];
  for (const { schedule, domains } of due) {
    // Claim the schedule first: two workers ticking at once queue it once.
    const [claimed] = await db
      .update(scanSchedules)
      .set({ nextRunAt: nextRunAfter(now, schedule.frequency) })
      .where(
        and(
          eq(scanSchedules.siteId, schedule.siteId),
          eq(scanSchedules.nextRunAt, schedule.nextRunAt),
        ),
      )
      .returning();
    if (!claimed) continue;
    const url = defaultScanUrl(domains.domains);
    if (!url) continue;
    const [row] = await db
      .insert(scans)
      .values({ siteId: schedule.siteId, url, trigger: 'schedule' })
      .onConflictDoNothing()
      .returning({ id: scans.id, siteId: scans.siteId });
    if (row) queued.push(row);
  }
  return queued;
}

/** Scans still waiting, oldest first (the in-process runner's queue). */
export async function queuedScanIds(db: TDbOrTx): Promise<string[]> {
  const rows = await db
    .select({ id: scans.id })
    .from(scans)
    .where(inArray(scans.status, ['queued']))
    .orderBy(scans.createdAt);
  return rows.map((r) => r.id);
}

/**
 * Scans nobody is working on: running with a row quiet for `quietSeconds` (a worker died and
 * the queue's retries ran out) or queued for over ten minutes (the job was never sent). The
 * schedule tick sends them to the queue again; a duplicate job finds nothing to do.
 */
export async function orphanedScans(
  db: TDbOrTx,
  quietSeconds: number,
): Promise<{ id: string; siteId: string }[]> {
  return db
    .select({ id: scans.id, siteId: scans.siteId })
    .from(scans)
    .where(
      or(
        and(
          eq(scans.status, 'running'),
          lt(scans.updatedAt, sql`now() - make_interval(secs => ${quietSeconds})`),
        ),
        and(eq(scans.status, 'queued'), lt(scans.createdAt, sql`now() - interval '10 minutes'`)),
      ),
    );
}
