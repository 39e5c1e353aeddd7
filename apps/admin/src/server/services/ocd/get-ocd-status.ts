import { count, desc } from 'drizzle-orm';
import { z } from 'zod';
import type { TDbOrTx } from '../../db/client';
import { ocdEntries, ocdLoads } from '../../db/schema/ocd';
import { requireSite, type TServiceCtx } from '../context';
import { OCD_ATTRIBUTION, OCD_ATTRIBUTION_URL } from './constants';

export const ZGetOcdStatusInput = z.object({ siteId: z.uuid() });

/** What is loaded, for anyone (the operator's CLI): rows, when, from where. */
export async function ocdStatus(db: TDbOrTx) {
  const [entries] = await db.select({ n: count() }).from(ocdEntries);
  const [last] = await db.select().from(ocdLoads).orderBy(desc(ocdLoads.loadedAt)).limit(1);
  return {
    rows: entries?.n ?? 0,
    loadedAt: last?.loadedAt ?? null,
    source: last?.source ?? null,
    warnings: last?.warnings ?? null,
    attribution: OCD_ATTRIBUTION,
    attributionUrl: OCD_ATTRIBUTION_URL,
  };
}

/**
 * Whether suggestions are available, for any member of the site's organisation (viewers and
 * above). The data is global; asking through a site keeps every procedure member-scoped.
 */
export async function getOcdStatus(ctx: TServiceCtx, raw: z.input<typeof ZGetOcdStatusInput>) {
  const input = ZGetOcdStatusInput.parse(raw);
  await requireSite(ctx, input.siteId, 'viewer');
  return ocdStatus(ctx.db);
}
