import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { webhookEndpoints } from '../../db/schema/webhooks';
import { newWebhookSecret } from '../../webhook-jobs/sign';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { LimitExceededError } from '../errors';
import {
  auditView,
  toEndpointView,
  validWebhookUrl,
  ZWebhookDescription,
  ZWebhookUrl,
} from './endpoint';

/** Endpoints per site: enough for a CMS, a CDN purge and a chat, not a fan-out service. */
export const MAX_WEBHOOKS_PER_SITE = 10;

export const ZCreateWebhookInput = z.object({
  siteId: z.uuid(),
  url: ZWebhookUrl,
  description: ZWebhookDescription.default(''),
});

/**
 * Adds an endpoint (editors and above) with a new secret, which is returned here and by a
 * rotation only: the admin never shows it again.
 */
export async function createWebhook(ctx: TServiceCtx, raw: z.input<typeof ZCreateWebhookInput>) {
  const input = ZCreateWebhookInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const url = await validWebhookUrl(input.url);
  const secret = newWebhookSecret();
  const row = await ctx.db.transaction(async (tx) => {
    const [n] = await tx
      .select({ n: count() })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.siteId, site.id));
    if ((n?.n ?? 0) >= MAX_WEBHOOKS_PER_SITE)
      throw new LimitExceededError(
        `A site has at most ${MAX_WEBHOOKS_PER_SITE} webhook endpoints.`,
      );
    const [created] = await tx
      .insert(webhookEndpoints)
      .values({
        siteId: site.id,
        url,
        description: input.description,
        secret,
        createdBy: ctx.actor?.id ?? null,
      })
      .returning();
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'create',
      entity: 'webhook',
      entityId: created!.id,
      siteId: site.id,
      after: auditView(created!),
    });
    return created!;
  });
  return { endpoint: toEndpointView(row), secret };
}
