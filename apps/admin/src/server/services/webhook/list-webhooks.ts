import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { webhookEndpoints } from '../../db/schema/webhooks';
import { requireSite, type TServiceCtx } from '../context';
import { toEndpointView } from './endpoint';

export const ZListWebhooksInput = z.object({ siteId: z.uuid() });

/** The site's webhook endpoints, oldest first (viewers and above; secrets never included). */
export async function listWebhooks(ctx: TServiceCtx, raw: z.input<typeof ZListWebhooksInput>) {
  const input = ZListWebhooksInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const rows = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.siteId, site.id))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
  return rows.map(toEndpointView);
}
