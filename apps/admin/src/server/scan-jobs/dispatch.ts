import type PgBoss from 'pg-boss';
import { env } from '~/env';
import { openBoss, sendScanJob, type TScanJobData } from './queue';

type TNotify = (scan: TScanJobData) => Promise<void>;

// Kept on globalThis: Next bundles routes into chunks with their own copies of this module,
// and the in-process runner registered at start must be the one every chunk finds.
const holder = globalThis as typeof globalThis & {
  __smulaScanNotify?: TNotify;
  __smulaScanBoss?: Promise<PgBoss>;
};

/**
 * Who runs queued scans in this process: the in-process runner registers itself here (PGlite),
 * tests register their own. Without one, PostgreSQL deployments send a pg-boss job for the
 * workers; on PGlite the scan waits in its table for the admin's runner.
 */
export function setScanNotifier(notify: TNotify | undefined): void {
  holder.__smulaScanNotify = notify;
}

/** The admin's pg-boss handle for sending jobs (scans, webhooks), opened on first use. */
export function senderBoss(connectionString: string): Promise<PgBoss> {
  holder.__smulaScanBoss ??= openBoss({
    connectionString,
    expireInSeconds: env.SMULA_SCAN_JOB_EXPIRE_SECONDS,
    worker: false,
  }).catch((err) => {
    holder.__smulaScanBoss = undefined;
    throw err;
  });
  return holder.__smulaScanBoss;
}

/** Tells whoever runs scans that one is queued. */
export async function notifyScanQueued(scan: TScanJobData): Promise<void> {
  if (holder.__smulaScanNotify) return holder.__smulaScanNotify(scan);
  if (env.DATABASE_URL) await sendScanJob(await senderBoss(env.DATABASE_URL), scan);
}
