import { matchScan, type TScanReport } from '@smula/core/scan';
import { and, eq, lt, or, sql } from 'drizzle-orm';
import { env } from '~/env';
import type { TDb } from '../db/client';
import { ocdEntries } from '../db/schema/ocd';
import { scans, type TScanSummary } from '../db/schema/scans';
import { sites } from '../db/schema/sites';
import { readDeclaration } from '../services/declaration/read-declaration';
import { toOcdRow } from '../services/ocd/rows';
import { checkScanTarget, scanNetPolicy } from './target';

/** How a process runs scans: Chromium and the network policy. Tests shorten the waits. */
export interface TScanRunConfig {
  executablePath?: string;
  hostRules?: string;
  /** Quiet time after loads and choices (the scanner's `settleMs`). */
  settleMs?: number;
  /**
   * How often a running scan touches its row. A scan whose row went quiet for three beats
   * belongs to a dead worker and may be taken over. Default: a tenth of the job expiry, 1–30 s.
   */
  heartbeatSeconds?: number;
}

/**
 * A retried job found its scan still running elsewhere: the queue's expiry came before the scan
 * ended (pg-boss 10 has no heartbeat of its own). Thrown so that the queue tries again later,
 * when the scan has either finished (the retry then has nothing to do) or gone quiet.
 */
export class ScanBusyError extends Error {
  constructor(scanId: string) {
    super(`Scan ${scanId} is still running in another worker.`);
    this.name = 'ScanBusyError';
  }
}

export const heartbeatSeconds = (config: TScanRunConfig) =>
  config.heartbeatSeconds ??
  Math.min(30, Math.max(1, Math.floor(env.SMULA_SCAN_JOB_EXPIRE_SECONDS / 10)));

export function scanRunConfigFromEnv(): TScanRunConfig {
  return {
    ...(env.SMULA_CHROMIUM_PATH ? { executablePath: env.SMULA_CHROMIUM_PATH } : {}),
    ...(env.SMULA_SCAN_HOST_RULES ? { hostRules: env.SMULA_SCAN_HOST_RULES } : {}),
  };
}

/** Counts for lists and the Overview, so they never read a whole report. */
export function summariseReport(report: TScanReport): TScanSummary {
  const findings: TScanSummary['findings'] = {};
  for (const f of report.findings) findings[f.kind] = (findings[f.kind] ?? 0) + 1;
  const ok = report.pages.filter((p) => p.status === 'ok');
  return {
    pagesOk: ok.length,
    pagesFailed: report.pages.length - ok.length,
    observations: report.observations.length,
    findings,
    smulaFound: ok.some((p) => p.smula === true),
  };
}

const message = (err: unknown) =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 1000);

/**
 * The scan job's handler, the same for pg-boss workers and the admin's in-process runner:
 * marks the scan running (again, when a dead worker's job is retried: progress restarts),
 * checks its URL against the site's domains as they are now, scans with every request guarded,
 * holds the report to the draft declaration and the Open Cookie Database, and stores it.
 *
 * A scan that fails (an unreachable site, a refused URL) is stored as failed and the job ends
 * normally: retrying would fail the same way. Only a worker that dies mid-scan leaves the job
 * to the queue's expiry and retry.
 *
 * @returns what became of it; `skipped` when the scan is no longer queued or running.
 */
export async function runScanJob(
  db: TDb,
  scanId: string,
  config: TScanRunConfig = scanRunConfigFromEnv(),
): Promise<'done' | 'failed' | 'skipped'> {
  const beat = heartbeatSeconds(config);
  // Queued, or running with a row quiet for three beats (its worker died): ours now. The
  // database's clock decides, not the workers'.
  const [scan] = await db
    .update(scans)
    .set({
      status: 'running',
      attempts: sql`${scans.attempts} + 1`,
      startedAt: new Date(),
      pagesDone: 0,
      error: null,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(scans.id, scanId),
        or(
          eq(scans.status, 'queued'),
          and(
            eq(scans.status, 'running'),
            lt(scans.updatedAt, sql`now() - make_interval(secs => ${beat * 3})`),
          ),
        ),
      ),
    )
    .returning();
  if (!scan) {
    const [current] = await db
      .select({ status: scans.status })
      .from(scans)
      .where(eq(scans.id, scanId));
    if (current?.status === 'running') throw new ScanBusyError(scanId);
    return 'skipped';
  }
  const heartbeat = setInterval(() => {
    db.update(scans)
      .set({ updatedAt: sql`now()` })
      .where(and(eq(scans.id, scanId), eq(scans.status, 'running')))
      .catch(() => {});
  }, beat * 1000);
  const fail = async (error: string) => {
    await db
      .update(scans)
      .set({ status: 'failed', error, finishedAt: new Date(), updatedAt: new Date() })
      .where(eq(scans.id, scanId));
    return 'failed' as const;
  };
  try {
    const [site] = await db.select().from(sites).where(eq(sites.id, scan.siteId));
    if (!site) return await fail('The site no longer exists.');
    const policy = scanNetPolicy();
    await checkScanTarget(scan.url, site.settings.domains, policy);

    const { scanSite, publicRequestGuard } = await import('@smula/scanner');
    // Progress writes go one after another, never two at once on the same row.
    let progress: Promise<unknown> = Promise.resolve();
    const report = await scanSite(scan.url, {
      maxPages: scan.maxPages,
      ...config,
      guard: publicRequestGuard(policy),
      onProgress: ({ done, total }) => {
        progress = progress
          .then(() =>
            db
              .update(scans)
              .set({ pagesDone: done, pagesTotal: total, updatedAt: sql`now()` })
              .where(and(eq(scans.id, scanId), eq(scans.status, 'running'))),
          )
          .catch(() => {});
      },
    });
    await progress;
    if (!report.pages.some((p) => p.status === 'ok'))
      return await fail(
        `No page could be scanned: ${report.pages[0]?.error ?? 'no page was found'}.`,
      );
    const declaration = await readDeclaration(db, site);
    const ocdRows = (await db.select().from(ocdEntries)).map(toOcdRow);
    report.findings = matchScan(report, declaration, { ocdRows });
    await db
      .update(scans)
      .set({
        status: 'done',
        report,
        summary: summariseReport(report),
        pagesDone: report.pages.length,
        pagesTotal: report.pages.length,
        finishedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(scans.id, scanId));
    return 'done';
  } catch (err) {
    return await fail(message(err));
  } finally {
    clearInterval(heartbeat);
  }
}
