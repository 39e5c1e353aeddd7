import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { webhookEndpoints } from '../../db/schema/webhooks';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { auditView, requireEndpoint, ZEndpointRef } from './endpoint';

export const ZDeleteWebhookInput = ZEndpointRef;

/** Deletes an endpoint and its delivery log (editors and above). */
export async function deleteWebhook(ctx: TServiceCtx, raw: z.input<typeof ZDeleteWebhookInput>) {
  const input = ZDeleteWebhookInput.parse(raw);
  const { site, endpoint } = await requireEndpoint(ctx, input, 'editor');
  await ctx.db.transaction(async (tx) => {
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, endpoint.id));
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'delete',
      entity: 'webhook',
      entityId: endpoint.id,
      siteId: site.id,
      before: auditView(endpoint),
    });
  });
  return { id: endpoint.id };
}
