import { UnsafeUrlError } from '@smula/scanner/net';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { scans } from '../../db/schema/scans';
import { notifyScanQueued } from '../../scan-jobs/dispatch';
import { checkScanTarget, defaultScanUrl } from '../../scan-jobs/target';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { ConflictError, say, ValidationError } from '../errors';

export const MAX_SCAN_PAGES = 100;

export const ZStartScanInput = z.object({
  siteId: z.uuid(),
  /** Where to start; default the site's first domain. Must be on one of its domains. */
  url: z.string().trim().max(2000).optional(),
  maxPages: z.number().int().min(1).max(MAX_SCAN_PAGES).default(20),
});

/**
 * Queues a scan of a site (editors and above). The URL is checked here for the editor's sake
 * and again by the worker, which scans with every request guarded (SSRF rules in target.ts).
 * One scan per site at a time: a second start while one is queued or running is a conflict.
 */
export async function startScan(ctx: TServiceCtx, raw: z.input<typeof ZStartScanInput>) {
  const input = ZStartScanInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const url = input.url || defaultScanUrl(site.settings.domains);
  if (!url) throw new ValidationError(say('noDomains'), { field: 'url' });
  let target: URL;
  try {
    target = await checkScanTarget(url, site.settings.domains);
  } catch (err) {
    if (err instanceof UnsafeUrlError) throw new ValidationError(err.message, { field: 'url' });
    // A name that does not resolve, say.
    throw new ValidationError(say('cannotScan', { url, reason: (err as Error).message }), {
      field: 'url',
    });
  }
  const scan = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(scans)
      .values({
        siteId: site.id,
        url: target.toString(),
        maxPages: input.maxPages,
        requestedBy: ctx.actor?.id ?? null,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError(say('scanRunning'));
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'scan.started',
      entity: 'scan',
      entityId: row.id,
      siteId: site.id,
      after: { url: row.url, maxPages: row.maxPages },
    });
    return row;
  });
  try {
    await notifyScanQueued({ scanId: scan.id, siteId: site.id });
  } catch (err) {
    // Not left queued with nobody told: that would also block the next start.
    await ctx.db
      .update(scans)
      .set({
        status: 'failed',
        error: `The scan could not be queued: ${(err as Error).message}`,
        finishedAt: new Date(),
      })
      .where(eq(scans.id, scan.id));
    throw err;
  }
  return scan;
}
