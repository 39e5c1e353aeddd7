import type { TDb } from '../db/client';
import { describeError } from '../db/errors';
import { setWebhookNotifier } from './dispatch';
import { dueDeliveryIds, nextDueAt, sendDelivery, type TWebhookSendConfig } from './send-delivery';

export interface TInProcessWebhooks {
  stop(): Promise<void>;
}

/**
 * Webhooks for the embedded database (no DATABASE_URL): the admin process sends them itself,
 * one at a time, with the handler pg-boss workers use. Woken by a publish (the notifier), by an
 * alarm set for the next retry, and by a minute's sweep (deliveries queued by a `pnpm smula`
 * command in another process). A delivery found `sending` at start was left by a process that
 * died; its claim lapses and the sweep takes it up again.
 */
export async function startInProcessWebhooks(
  db: TDb,
  options: { config?: TWebhookSendConfig; sweepEveryMs?: number } = {},
): Promise<TInProcessWebhooks> {
  let stopped = false;
  let wanted = false;
  let alarm: NodeJS.Timeout | undefined;
  let loop: Promise<void> = Promise.resolve();
  const drain = async () => {
    while (wanted && !stopped) {
      wanted = false;
      for (const id of await dueDeliveryIds(db)) {
        if (stopped) return;
        await sendDelivery(db, id, options.config);
        wanted = true; // more may be due by now
      }
    }
    if (stopped) return;
    const next = await nextDueAt(db);
    clearTimeout(alarm);
    if (next) {
      // Capped so that a clock step or a long backoff is looked at again within the sweep.
      const wait = Math.min(Math.max(0, next.getTime() - Date.now()), 60_000);
      alarm = setTimeout(kick, wait + 5);
      alarm.unref();
    }
  };
  const kick = () => {
    wanted = true;
    loop = loop
      .then(drain)
      .catch((err: unknown) => console.error(`[smula] webhooks: ${describeError(err)}`));
    return loop;
  };
  setWebhookNotifier(async () => {
    void kick();
  });
  const sweep = setInterval(kick, options.sweepEveryMs ?? 60_000);
  sweep.unref();
  void kick();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(sweep);
      clearTimeout(alarm);
      setWebhookNotifier(undefined);
      await loop;
    },
  };
}
