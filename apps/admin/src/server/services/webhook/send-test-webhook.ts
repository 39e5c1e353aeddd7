import type { z } from 'zod';
import { notifyWebhooksQueued } from '../../webhook-jobs/dispatch';
import { newEvent, queueWebhookEvent } from '../../webhook-jobs/outbox';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { say, ValidationError } from '../errors';
import { requireEndpoint, ZEndpointRef } from './endpoint';

export const ZSendTestWebhookInput = ZEndpointRef;

/**
 * Queues a `webhook.test` event for one endpoint (editors and above), signed and retried like
 * any other, so a receiver can be checked before the next publish.
 */
export async function sendTestWebhook(
  ctx: TServiceCtx,
  raw: z.input<typeof ZSendTestWebhookInput>,
) {
  const input = ZSendTestWebhookInput.parse(raw);
  const { site, endpoint } = await requireEndpoint(ctx, input, 'editor');
  if (!endpoint.enabled) throw new ValidationError(say('endpointDisabledTest'));
  const event = newEvent('webhook.test', {
    siteKey: site.key,
    message: 'A test event from Smula. It asks for nothing; answer 2xx.',
  });
  const deliveries = await ctx.db.transaction(async (tx) => {
    const queued = await queueWebhookEvent(tx, site.id, event, { endpointId: endpoint.id });
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'webhook.test_sent',
      entity: 'webhook',
      entityId: endpoint.id,
      siteId: site.id,
      after: { eventId: event.id },
    });
    return queued;
  });
  await notifyWebhooksQueued(deliveries);
  return { eventId: event.id, deliveryId: deliveries[0]!.id };
}
