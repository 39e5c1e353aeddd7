import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client';
import { type TWebhookEventType, webhookDeliveries, webhookEndpoints } from '../db/schema/webhooks';

/** What `data` holds for `config.published` (docs/webhooks.md, "Payload"). */
export interface TConfigPublishedData {
  siteKey: string;
  version: number;
  /** The published config's content hash. */
  hash: string;
  publishedAt: string;
  /** The version's config JSON; without `?version=` the same URL serves whatever is live. */
  configUrl: string;
  /** For a rollback: the version it copies. */
  rollbackOf: number | null;
}

export interface TWebhookEvent {
  id: string;
  type: TWebhookEventType;
  createdAt: string;
  data: Record<string, unknown>;
}

/** An event with a new id, as it is sent (the JSON body). */
export function newEvent(type: TWebhookEventType, data: object): TWebhookEvent {
  return {
    id: randomUUID(),
    type,
    createdAt: new Date().toISOString(),
    data: data as Record<string, unknown>,
  };
}

export interface TQueuedDelivery {
  id: string;
}

/**
 * Writes one delivery of `event` per enabled endpoint of the site (or to `endpointId` only),
 * in the caller's transaction: the outbox. Nothing is sent here; the caller tells the senders
 * after commit (`notifyWebhooksQueued`), and their sweep finds rows nobody was told about.
 */
export async function queueWebhookEvent(
  tx: TDbOrTx,
  siteId: string,
  event: TWebhookEvent,
  options: { endpointId?: string; version?: number } = {},
): Promise<TQueuedDelivery[]> {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.siteId, siteId),
        eq(webhookEndpoints.enabled, true),
        options.endpointId ? eq(webhookEndpoints.id, options.endpointId) : undefined,
      ),
    );
  if (!endpoints.length) return [];
  const body = JSON.stringify(event);
  return tx
    .insert(webhookDeliveries)
    .values(
      endpoints.map((e) => ({
        endpointId: e.id,
        siteId,
        eventId: event.id,
        eventType: event.type,
        version: options.version ?? null,
        body,
      })),
    )
    .returning({ id: webhookDeliveries.id });
}
