import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { webhookEndpoints } from '../../db/schema/webhooks';
import { newWebhookSecret } from '../../webhook-jobs/sign';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { requireEndpoint, toEndpointView, ZEndpointRef } from './endpoint';

export const ZRotateWebhookSecretInput = ZEndpointRef;

/**
 * Gives an endpoint a new secret, returned this once (editors and above). From now on every
 * attempt, retries of older deliveries included, is signed with it.
 */
export async function rotateWebhookSecret(
  ctx: TServiceCtx,
  raw: z.input<typeof ZRotateWebhookSecretInput>,
) {
  const input = ZRotateWebhookSecretInput.parse(raw);
  const { site, endpoint } = await requireEndpoint(ctx, input, 'editor');
  const secret = newWebhookSecret();
  const row = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(webhookEndpoints)
      .set({ secret, updatedAt: sql`now()` })
      .where(eq(webhookEndpoints.id, endpoint.id))
      .returning();
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'webhook.secret_rotated',
      entity: 'webhook',
      entityId: endpoint.id,
      siteId: site.id,
      after: { url: endpoint.url },
    });
    return updated!;
  });
  return { endpoint: toEndpointView(row), secret };
}
