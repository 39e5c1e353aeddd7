import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema/webhooks';
import { notifyWebhooksQueued } from '../../webhook-jobs/dispatch';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { NotFoundError, say, ValidationError } from '../errors';

export const ZRedeliverWebhookInput = z.object({ siteId: z.uuid(), deliveryId: z.uuid() });

/**
 * Sends a finished delivery again as a new delivery (editors and above): the same body and
 * event id, so a receiver that keeps event ids sees it is the same event, with a fresh
 * signature and attempts of its own.
 */
export async function redeliverWebhook(
  ctx: TServiceCtx,
  raw: z.input<typeof ZRedeliverWebhookInput>,
) {
  const input = ZRedeliverWebhookInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const [original] = await ctx.db
    .select({ delivery: webhookDeliveries, enabled: webhookEndpoints.enabled })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.siteId, site.id)));
  if (!original) throw new NotFoundError('deliveryNotFound');
  if (!original.enabled) throw new ValidationError(say('endpointDisabledRedeliver'));
  const d = original.delivery;
  const rows = await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(webhookDeliveries)
      .values({
        endpointId: d.endpointId,
        siteId: site.id,
        eventId: d.eventId,
        eventType: d.eventType,
        version: d.version,
        body: d.body,
        redeliveryOf: d.id,
      })
      .returning({ id: webhookDeliveries.id });
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'webhook.redelivered',
      entity: 'webhook',
      entityId: d.endpointId,
      siteId: site.id,
      after: { eventId: d.eventId, deliveryId: inserted[0]!.id },
    });
    return inserted;
  });
  await notifyWebhooksQueued(rows);
  return { deliveryId: rows[0]!.id };
}
