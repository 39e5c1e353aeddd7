import { postPublic, type TNetPolicy } from '@smula/scanner/net';
import { and, asc, eq, inArray, lt, lte, min, or, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client';
import { errorCodes } from '../db/errors';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '../db/schema/webhooks';
import { webhookNetPolicy } from './policy';
import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader } from './sign';

/** How deliveries are retried. Tests shorten the waits; production uses the defaults. */
export interface TWebhookSendConfig {
  /** Attempts in all, the first included (default 8). */
  maxAttempts?: number;
  /** The wait after the first failure; it doubles after each (default 30 s). */
  retryBaseMs?: number;
  /** The longest wait between attempts (default 1 h). */
  retryMaxMs?: number;
  /** Per attempt (default 10 s). */
  timeoutMs?: number;
  policy?: TNetPolicy;
}

const DEFAULTS = { maxAttempts: 8, retryBaseMs: 30_000, retryMaxMs: 3_600_000, timeoutMs: 10_000 };

/**
 * The wait before attempt `failed + 1` after `failed` failed attempts: exponential, capped.
 * With the defaults: 30 s, 1, 2, 4, 8, 16, 32 min; eight attempts over about an hour.
 */
export function retryDelayMs(failed: number, config: TWebhookSendConfig = {}): number {
  const base = config.retryBaseMs ?? DEFAULTS.retryBaseMs;
  const max = config.retryMaxMs ?? DEFAULTS.retryMaxMs;
  return Math.min(max, base * 2 ** Math.max(0, failed - 1));
}

export type TSendOutcome =
  | { outcome: 'succeeded' | 'failed' | 'skipped' }
  | { outcome: 'retry'; nextAttemptAt: Date };

const message = (err: unknown) =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 500);

/**
 * One attempt at one delivery, the same for pg-boss workers and the in-process runner: claims
 * the row (due and pending, or `sending` with a lapsed claim: its sender died), POSTs the
 * stored body signed with the endpoint's current secret, records the attempt, and either ends
 * the delivery or sets its next attempt. A claim that fails (not due, taken) is `skipped`.
 */
export async function sendDelivery(
  db: TDbOrTx,
  deliveryId: string,
  config: TWebhookSendConfig = {},
): Promise<TSendOutcome> {
  const timeoutMs = config.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxAttempts = config.maxAttempts ?? DEFAULTS.maxAttempts;
  // The claim lasts past the request's own time limit; the database's clock decides.
  const leaseSeconds = Math.ceil(timeoutMs / 1000) + 30;
  const [delivery] = await db
    .update(webhookDeliveries)
    .set({
      status: 'sending',
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(secs => ${leaseSeconds})`,
    })
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        or(
          and(
            eq(webhookDeliveries.status, 'pending'),
            lte(webhookDeliveries.nextAttemptAt, sql`now()`),
          ),
          and(
            eq(webhookDeliveries.status, 'sending'),
            lt(webhookDeliveries.nextAttemptAt, sql`now()`),
          ),
        ),
      ),
    )
    .returning();
  if (!delivery) return { outcome: 'skipped' };
  const [endpoint] = await db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.id, delivery.endpointId));

  const startedAt = new Date();
  const start = performance.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  let responseBody: string | null = null;
  if (!endpoint?.enabled) {
    error = 'The endpoint is disabled.';
  } else {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const answer = await postPublic(endpoint.url, {
        ...(config.policy ?? webhookNetPolicy()),
        body: delivery.body,
        timeoutMs,
        keepBytes: 1024,
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, delivery.body, timestamp),
          [EVENT_ID_HEADER]: delivery.eventId,
          [EVENT_TYPE_HEADER]: delivery.eventType,
        },
      });
      statusCode = answer.status;
      responseBody = answer.body;
      if (answer.status < 200 || answer.status > 299) error = `HTTP ${answer.status}`;
    } catch (err) {
      error = message(err);
    }
  }
  const durationMs = Math.round(performance.now() - start);
  const ok = error === null;
  // A disabled endpoint is not retried: it would fail the same way until someone acts.
  const final = ok || !endpoint?.enabled || delivery.attempts >= maxAttempts;
  const nextAttemptAt = new Date(Date.now() + retryDelayMs(delivery.attempts, config));
  try {
    await db.insert(webhookAttempts).values({
      deliveryId,
      attempt: delivery.attempts,
      startedAt,
      durationMs,
      statusCode,
      error,
      responseBody,
    });
  } catch (err) {
    // 23503: the endpoint, and with it this delivery, was deleted while the request ran.
    if (errorCodes(err).includes('23503')) return { outcome: 'skipped' };
    throw err;
  }
  await db
    .update(webhookDeliveries)
    .set({
      status: ok ? 'succeeded' : final ? 'failed' : 'pending',
      lastStatusCode: statusCode,
      lastError: error,
      nextAttemptAt: final ? sql`now()` : nextAttemptAt,
      finishedAt: final ? sql`now()` : null,
    })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, 'sending')));
  if (ok) return { outcome: 'succeeded' };
  if (final) return { outcome: 'failed' };
  return { outcome: 'retry', nextAttemptAt };
}

/**
 * Deliveries due now (pending and due, or claimed by a sender that went quiet), oldest first:
 * what the in-process runner works through and the workers' sweep sends to the queue.
 */
export async function dueDeliveryIds(db: TDbOrTx, limit = 100): Promise<string[]> {
  const rows = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        inArray(webhookDeliveries.status, ['pending', 'sending']),
        lte(webhookDeliveries.nextAttemptAt, sql`now()`),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** When the next unfinished delivery falls due, if any (the in-process runner's alarm). */
export async function nextDueAt(db: TDbOrTx): Promise<Date | null> {
  const [row] = await db
    .select({ at: min(webhookDeliveries.nextAttemptAt) })
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.status, ['pending', 'sending']));
  return row?.at ? new Date(row.at) : null;
}
