import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '../../db/schema/webhooks';
import { requireSite, type TServiceCtx } from '../context';
import { requireEndpoint } from './endpoint';

export const ZListWebhookDeliveriesInput = z.object({
  siteId: z.uuid(),
  /** Only this endpoint's deliveries. */
  endpointId: z.uuid().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/**
 * The delivery log, newest first, each delivery with its attempts (viewers and above). The
 * body is included: it is what the receiver got, and holds nothing secret.
 */
export async function listWebhookDeliveries(
  ctx: TServiceCtx,
  raw: z.input<typeof ZListWebhookDeliveriesInput>,
) {
  const input = ZListWebhookDeliveriesInput.parse(raw);
  const { site } =
    input.endpointId === undefined
      ? await requireSite(ctx, input.siteId, 'viewer')
      : // An endpoint of another site is not found, rather than an empty log.
        await requireEndpoint(
          ctx,
          { siteId: input.siteId, endpointId: input.endpointId },
          'viewer',
        );
  const rows = await ctx.db
    .select({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      url: webhookEndpoints.url,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      version: webhookDeliveries.version,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastError: webhookDeliveries.lastError,
      redeliveryOf: webhookDeliveries.redeliveryOf,
      body: webhookDeliveries.body,
      createdAt: webhookDeliveries.createdAt,
      finishedAt: webhookDeliveries.finishedAt,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        eq(webhookDeliveries.siteId, site.id),
        input.endpointId ? eq(webhookDeliveries.endpointId, input.endpointId) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(input.limit);
  const attempts = rows.length
    ? await ctx.db
        .select()
        .from(webhookAttempts)
        .where(
          inArray(
            webhookAttempts.deliveryId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(webhookAttempts.attempt))
    : [];
  return rows.map((r) => ({
    ...r,
    attemptLog: attempts
      .filter((a) => a.deliveryId === r.id)
      .map(({ attempt, startedAt, durationMs, statusCode, error, responseBody }) => ({
        attempt,
        startedAt,
        durationMs,
        statusCode,
        error,
        responseBody,
      })),
  }));
}
