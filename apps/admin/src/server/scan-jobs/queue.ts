import type PgBoss from 'pg-boss';
import type { TDb } from '../db/client';
import { retryOnDeadlock } from '../db/deadlock';
import { heartbeatSeconds, runScanJob, type TScanRunConfig } from './run-scan-job';
import { orphanedScans, queueDueScans } from './schedule';

/** The queue scans run on: one job per scan, `singletonKey` = the site. */
export const SCAN_QUEUE = 'scan';
/** The cron queue that turns due site schedules into scans. */
export const SCHEDULE_QUEUE = 'scan-schedules';
/** Every quarter hour: a weekly or monthly scan starts at most that late. */
export const SCHEDULE_CRON = '*/15 * * * *';

export interface TScanJobData {
  scanId: string;
  siteId: string;
}

export interface TBossOptions {
  connectionString: string;
  /** Seconds before an active job whose worker went silent is failed and retried. */
  expireInSeconds: number;
  /** Workers supervise (expire, archive) and run the cron clock; a sender need not. */
  worker: boolean;
}

/**
 * A pg-boss instance on the admin's PostgreSQL (schema `pgboss`, created by pg-boss itself),
 * with both queues. `singleton` policy: at most one active job per site, whatever the number of
 * workers; the scans table's unique index keeps it to one queued-or-running scan as well.
 */
export async function openBoss(options: TBossOptions): Promise<PgBoss> {
  const { default: PgBossClass } = await import('pg-boss');
  const boss = new PgBossClass({
    connectionString: options.connectionString,
    application_name: options.worker ? 'smula worker' : 'smula admin',
    max: options.worker ? 4 : 2,
    supervise: options.worker,
    schedule: options.worker,
    // Expiry is checked by maintenance: often enough that a dead worker's job returns soon.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(options.expireInSeconds / 3))),
  });
  boss.on('error', (err) => console.error(`[smula] queue: ${err.message}`));
  await boss.start();
  for (const [name, policy] of [
    [SCAN_QUEUE, 'singleton'],
    [SCHEDULE_QUEUE, 'standard'],
  ] as const) {
    const queue = {
      name,
      policy,
      // Retries are for dead workers (and for a retry that found the scan still running, see
      // ScanBusyError); a scan that fails on its own is stored as failed and does not throw.
      retryLimit: 5,
      retryDelay: Math.max(1, Math.floor(options.expireInSeconds / 2)),
      expireInSeconds: options.expireInSeconds,
    };
    await retryOnDeadlock(async () => {
      if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
      else
        await boss.createQueue(name, queue).catch(async (err) => {
          // Another process created it in between.
          if (!(await boss.getQueue(name))) throw err;
        });
    });
  }
  return boss;
}

/** Hands a queued scan to the workers. */
export async function sendScanJob(boss: PgBoss, data: TScanJobData): Promise<void> {
  await boss.send(SCAN_QUEUE, data, { singletonKey: data.siteId });
}

/**
 * Makes this process a worker: it takes scan jobs (`concurrency` at a time, each its own
 * Chromium) and the schedule ticks, and registers the cron that sends those ticks.
 */
export async function startScanWorker(options: {
  db: TDb;
  boss: PgBoss;
  config?: TScanRunConfig;
  concurrency?: number;
  pollingIntervalSeconds?: number;
  onJob?: (event: { scanId: string; outcome: string }) => void;
}): Promise<void> {
  const { db, boss } = options;
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  for (let i = 0; i < (options.concurrency ?? 1); i++) {
    await boss.work<TScanJobData>(SCAN_QUEUE, { ...polling, batchSize: 1 }, async ([job]) => {
      if (!job) return;
      const outcome = await runScanJob(db, job.data.scanId, options.config);
      options.onJob?.({ scanId: job.data.scanId, outcome });
    });
  }
  const quiet = 3 * heartbeatSeconds(options.config ?? {});
  await boss.work(SCHEDULE_QUEUE, polling, async () => {
    const due = [...(await queueDueScans(db)), ...(await orphanedScans(db, quiet))];
    for (const scan of due) await sendScanJob(boss, { scanId: scan.id, siteId: scan.siteId });
  });
  await retryOnDeadlock(() => boss.schedule(SCHEDULE_QUEUE, SCHEDULE_CRON));
}
