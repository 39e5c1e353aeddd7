import { UnsafeUrlError } from '@smula/scanner/net';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { TRole } from '../../db/schema/organisations';
import { webhookEndpoints } from '../../db/schema/webhooks';
import { checkWebhookUrl } from '../../webhook-jobs/policy';
import { requireSite, type TServiceCtx } from '../context';
import { NotFoundError, ValidationError } from '../errors';

export const ZWebhookUrl = z.string().trim().min(1).max(2000);
export const ZWebhookDescription = z.string().trim().max(200);
export const ZEndpointRef = z.object({ siteId: z.uuid(), endpointId: z.uuid() });

type TEndpointRow = typeof webhookEndpoints.$inferSelect;

/** An endpoint as the admin shows it: never the secret, only its last four characters. */
export function toEndpointView(row: TEndpointRow) {
  return {
    id: row.id,
    siteId: row.siteId,
    url: row.url,
    description: row.description,
    enabled: row.enabled,
    secretHint: `whsec_…${row.secret.slice(-4)}`,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What the audit log keeps of an endpoint: no secret, not even its hint. */
export const auditView = (row: TEndpointRow) => ({
  url: row.url,
  description: row.description,
  enabled: row.enabled,
});

/**
 * The site and one of its endpoints, for a caller with at least `min`. An endpoint of another
 * site (of the same organisation or not) is not found.
 */
export async function requireEndpoint(
  ctx: TServiceCtx,
  input: z.infer<typeof ZEndpointRef>,
  min: TRole,
) {
  const { site } = await requireSite(ctx, input.siteId, min);
  const [endpoint] = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, input.endpointId), eq(webhookEndpoints.siteId, site.id)));
  if (!endpoint) throw new NotFoundError('webhookEndpointNotFound');
  return { site, endpoint };
}

/** A URL webhooks may be sent to, or a validation error on the `url` field. */
export async function validWebhookUrl(raw: string): Promise<string> {
  try {
    return (await checkWebhookUrl(raw)).toString();
  } catch (err) {
    if (err instanceof UnsafeUrlError) throw new ValidationError(err.message, { field: 'url' });
    throw err;
  }
}
