import { env } from '~/env';
import { senderBoss } from '../scan-jobs/dispatch';
import { sendWebhookJobs } from './queue';

type TNotify = (deliveryIds: string[]) => Promise<void>;

// On globalThis for the reason scan-jobs/dispatch.ts gives: one notifier for every Next chunk.
const holder = globalThis as typeof globalThis & { __smulaWebhookNotify?: TNotify };

/**
 * Who sends webhooks in this process: the in-process runner (PGlite) registers itself, tests
 * register their own. Without one, PostgreSQL deployments send pg-boss jobs for the workers.
 */
export function setWebhookNotifier(notify: TNotify | undefined): void {
  holder.__smulaWebhookNotify = notify;
}

/**
 * Tells the senders that deliveries were committed. Never throws: the rows are already in the
 * outbox, and the senders' sweep (every minute) finds any that nobody was told about.
 */
export async function notifyWebhooksQueued(deliveryIds: readonly { id: string }[]): Promise<void> {
  if (!deliveryIds.length) return;
  const ids = deliveryIds.map((d) => d.id);
  try {
    if (holder.__smulaWebhookNotify) return await holder.__smulaWebhookNotify(ids);
    if (env.DATABASE_URL) await sendWebhookJobs(await senderBoss(env.DATABASE_URL), ids);
  } catch (err) {
    console.error(`[smula] webhooks: could not queue deliveries: ${(err as Error).message}`);
  }
}
