import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { sites } from '../../db/schema/sites';
import { requireMembership, type TServiceCtx } from '../context';

export const ZListSitesInput = z.object({ organisationId: z.uuid() });

export async function listSites(ctx: TServiceCtx, raw: z.input<typeof ZListSitesInput>) {
  const input = ZListSitesInput.parse(raw);
  await requireMembership(ctx, input.organisationId, 'viewer');
  const rows = await ctx.db
    .select({
      id: sites.id,
      key: sites.key,
      settings: sites.settings,
      liveVersion: sites.liveVersion,
      updatedAt: sites.updatedAt,
    })
    .from(sites)
    .where(eq(sites.organisationId, input.organisationId))
    .orderBy(asc(sites.createdAt));
  return rows.map(({ settings, ...r }) => ({
    ...r,
    name: settings.name,
    domains: settings.domains,
  }));
}
