import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { scans } from '../../db/schema/scans';
import { requireSite, type TServiceCtx } from '../context';

export const ZListScansInput = z.object({
  siteId: z.uuid(),
  limit: z.number().int().min(1).max(100).default(20),
});

/** A site's scans, newest first, without their reports (any member). */
export async function listScans(ctx: TServiceCtx, raw: z.input<typeof ZListScansInput>) {
  const input = ZListScansInput.parse(raw);
  await requireSite(ctx, input.siteId, 'viewer');
  return ctx.db
    .select({
      id: scans.id,
      status: scans.status,
      url: scans.url,
      trigger: scans.trigger,
      maxPages: scans.maxPages,
      pagesDone: scans.pagesDone,
      pagesTotal: scans.pagesTotal,
      attempts: scans.attempts,
      summary: scans.summary,
      error: scans.error,
      createdAt: scans.createdAt,
      startedAt: scans.startedAt,
      finishedAt: scans.finishedAt,
    })
    .from(scans)
    .where(eq(scans.siteId, input.siteId))
    .orderBy(desc(scans.createdAt))
    .limit(input.limit);
}
