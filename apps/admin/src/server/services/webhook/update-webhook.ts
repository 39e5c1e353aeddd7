import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { webhookEndpoints } from '../../db/schema/webhooks';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import {
  auditView,
  requireEndpoint,
  toEndpointView,
  validWebhookUrl,
  ZEndpointRef,
  ZWebhookDescription,
  ZWebhookUrl,
} from './endpoint';

export const ZUpdateWebhookInput = ZEndpointRef.extend({
  url: ZWebhookUrl.optional(),
  description: ZWebhookDescription.optional(),
  /** A disabled endpoint gets no new events; deliveries already queued for it fail. */
  enabled: z.boolean().optional(),
});

/** Changes an endpoint's URL, description or whether it is enabled (editors and above). */
export async function updateWebhook(ctx: TServiceCtx, raw: z.input<typeof ZUpdateWebhookInput>) {
  const input = ZUpdateWebhookInput.parse(raw);
  const { site, endpoint } = await requireEndpoint(ctx, input, 'editor');
  const url = input.url === undefined ? undefined : await validWebhookUrl(input.url);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        ...(url === undefined ? {} : { url }),
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
        updatedAt: sql`now()`,
      })
      .where(eq(webhookEndpoints.id, endpoint.id))
      .returning();
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'update',
      entity: 'webhook',
      entityId: endpoint.id,
      siteId: site.id,
      before: auditView(endpoint),
      after: auditView(row!),
    });
    return toEndpointView(row!);
  });
}
