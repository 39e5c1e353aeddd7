import { eq } from 'drizzle-orm';
import type { TDb } from '../db/client';
import { scans } from '../db/schema/scans';
import { setScanNotifier } from './dispatch';
import { runScanJob, ScanBusyError, type TScanRunConfig } from './run-scan-job';
import { queueDueScans, queuedScanIds } from './schedule';

export interface TInProcessRunner {
  /** Resolves when every scan queued so far has run. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Scans for the embedded database (no DATABASE_URL): the admin process runs the same handler
 * as `pnpm smula worker`, one scan at a time, taking queued rows of the scans table oldest
 * first. No pg-boss here: PGlite is a single session in this process, and a queue of its own
 * would add a schema and polling loops for what one loop over one table does.
 *
 * Only the process holding the embedded database runs this, so a scan found `running` at
 * start was left by a process that died: it is queued again (the retry pg-boss gives workers).
 */
export async function startInProcessScans(
  db: TDb,
  options: { config?: TScanRunConfig; scheduleEveryMs?: number } = {},
): Promise<TInProcessRunner> {
  await db
    .update(scans)
    .set({ status: 'queued', updatedAt: new Date() })
    .where(eq(scans.status, 'running'));
  let stopped = false;
  let wanted = false;
  let loop: Promise<void> = Promise.resolve();
  const drain = async () => {
    while (wanted && !stopped) {
      wanted = false;
      for (const id of await queuedScanIds(db)) {
        if (stopped) return;
        await runScanJob(db, id, options.config).catch((err: Error) => {
          // Only a second process on one embedded directory could cause this; leave it be.
          if (!(err instanceof ScanBusyError)) throw err;
        });
        wanted = true; // more may have been queued meanwhile
      }
    }
  };
  const kick = () => {
    wanted = true;
    loop = loop.then(drain).catch((err: Error) => console.error(`[smula] scans: ${err.message}`));
    return loop;
  };
  setScanNotifier(async () => {
    void kick();
  });
  const tick = async () => {
    try {
      if ((await queueDueScans(db)).length) void kick();
    } catch (err) {
      console.error(`[smula] scan schedules: ${(err as Error).message}`);
    }
  };
  const timer = setInterval(tick, options.scheduleEveryMs ?? 15 * 60_000);
  timer.unref();
  void tick();
  void kick();
  return {
    idle: async () => {
      // A kick during the wait chains onto `loop`; wait until it stops growing.
      let seen: Promise<void> | undefined;
      while (seen !== loop) {
        seen = loop;
        await seen;
      }
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      setScanNotifier(undefined);
      await loop;
    },
  };
}
