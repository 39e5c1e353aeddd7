import type PgBoss from 'pg-boss';
import type { TDb } from '../db/client';
import { retryOnDeadlock } from '../db/deadlock';
import { dueDeliveryIds, sendDelivery, type TWebhookSendConfig } from './send-delivery';

/** One job per delivery attempt. */
export const WEBHOOK_QUEUE = 'webhook';
/** The cron queue whose ticks send every due delivery to WEBHOOK_QUEUE (lost jobs, retries). */
export const WEBHOOK_SWEEP_QUEUE = 'webhook-sweep';
const SWEEP_CRON = '* * * * *';

const ready = new WeakMap<PgBoss, Promise<void>>();

/** Creates the webhook queues once per pg-boss instance (pg-boss 10 sends only to queues that exist). */
export function ensureWebhookQueues(boss: PgBoss): Promise<void> {
  let done = ready.get(boss);
  if (!done) {
    done = (async () => {
      for (const name of [WEBHOOK_QUEUE, WEBHOOK_SWEEP_QUEUE]) {
        // The outbox row, not the job, holds attempts and backoff: a job is only a wake-up,
        // and pg-boss's own retries cover a worker that died holding one.
        const queue = { name, policy: 'standard' as const, retryLimit: 3, expireInSeconds: 120 };
        await retryOnDeadlock(async () => {
          if (await boss.getQueue(name)) return;
          await boss.createQueue(name, queue).catch(async (err) => {
            if (!(await boss.getQueue(name))) throw err;
          });
        });
      }
    })();
    done.catch(() => ready.delete(boss));
    ready.set(boss, done);
  }
  return done;
}

/** Hands deliveries to the workers, now or at `startAfter` (a retry). */
export async function sendWebhookJobs(
  boss: PgBoss,
  deliveryIds: readonly string[],
  startAfter?: Date,
): Promise<void> {
  await ensureWebhookQueues(boss);
  for (const deliveryId of deliveryIds)
    await boss.send(WEBHOOK_QUEUE, { deliveryId }, startAfter ? { startAfter } : {});
}

/**
 * Makes this process send webhooks: it takes delivery jobs, queues a retry job for each failed
 * attempt at the time the outbox row says, and every minute sends every due delivery to the
 * queue (a job lost between commit and send, a sender that died mid-request). A duplicate job
 * finds its delivery already claimed or finished and does nothing.
 */
export async function startWebhookWorker(options: {
  db: TDb;
  boss: PgBoss;
  config?: TWebhookSendConfig;
  pollingIntervalSeconds?: number;
  /** Run the minute sweep's cron (workers: yes; a test driving its own sweep: no). */
  schedule?: boolean;
}): Promise<void> {
  const { db, boss } = options;
  await ensureWebhookQueues(boss);
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work<{ deliveryId: string }>(
    WEBHOOK_QUEUE,
    { ...polling, batchSize: 4 },
    async (jobs) => {
      for (const job of jobs) {
        const result = await sendDelivery(db, job.data.deliveryId, options.config);
        if (result.outcome === 'retry')
          await sendWebhookJobs(boss, [job.data.deliveryId], result.nextAttemptAt);
      }
    },
  );
  await boss.work(WEBHOOK_SWEEP_QUEUE, polling, async () => {
    await sendWebhookJobs(boss, await dueDeliveryIds(db));
  });
  if (options.schedule !== false)
    await retryOnDeadlock(() => boss.schedule(WEBHOOK_SWEEP_QUEUE, SWEEP_CRON));
}
