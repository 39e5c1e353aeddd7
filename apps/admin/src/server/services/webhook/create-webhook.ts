import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { TDb } from '../../db';
import type { sites } from '../../db/schema/sites';
import { webhookEndpoints } from '../../db/schema/webhooks';
import { newWebhookSecret } from '../../webhook-jobs/sign';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { LimitExceededError, say } from '../errors';
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
  return addWebhookEndpoint(ctx.db, site, {
    url: input.url,
    description: input.description,
    actorId: ctx.actor?.id ?? null,
  });
}

/**
 * The endpoint itself, for a caller that has authorised the site already (the admin above, or
 * the operator's `smula webhook add`): checks the URL, keeps the per-site limit and audits.
 * `secret` is the operator's own (checked by the CLI); otherwise a new one is made.
 */
export async function addWebhookEndpoint(
  db: TDb,
  site: Pick<typeof sites.$inferSelect, 'id' | 'organisationId'>,
  input: { url: string; description: string; actorId: string | null; secret?: string },
) {
  const url = await validWebhookUrl(input.url);
  const secret = input.secret ?? newWebhookSecret();
  const row = await db.transaction(async (tx) => {
    const [n] = await tx
      .select({ n: count() })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.siteId, site.id));
    if ((n?.n ?? 0) >= MAX_WEBHOOKS_PER_SITE)
      throw new LimitExceededError(say('webhookLimit', { max: MAX_WEBHOOKS_PER_SITE }));
    const [created] = await tx
      .insert(webhookEndpoints)
      .values({
        siteId: site.id,
        url,
        description: input.description,
        secret,
        createdBy: input.actorId,
      })
      .returning();
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: input.actorId,
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
