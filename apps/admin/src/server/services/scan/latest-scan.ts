import { matchScan } from '@smula/core/scan';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { scans } from '../../db/schema/scans';
import { requireSite, type TServiceCtx } from '../context';
import { readDeclaration } from '../declaration/read-declaration';

export const ZLatestScanInput = z.object({ siteId: z.uuid() });

/** The site's last finished scan, for the Overview: when, counts, whether the tag was found. */
export async function getLatestScan(ctx: TServiceCtx, raw: z.input<typeof ZLatestScanInput>) {
  const input = ZLatestScanInput.parse(raw);
  await requireSite(ctx, input.siteId, 'viewer');
  const [row] = await ctx.db
    .select({
      id: scans.id,
      url: scans.url,
      finishedAt: scans.finishedAt,
      summary: scans.summary,
    })
    .from(scans)
    .where(and(eq(scans.siteId, input.siteId), eq(scans.status, 'done')))
    .orderBy(desc(scans.finishedAt))
    .limit(1);
  return row ?? null;
}

/**
 * Publish-lint warnings from the last finished scan: what it saw that the draft still does not
 * declare ("seen on the site but not declared"). Matched again against the draft as it is now,
 * so declaring an item clears its warning; a later scan that no longer sees it clears it too.
 */
export async function listScanPublishWarnings(
  ctx: TServiceCtx,
  raw: z.input<typeof ZLatestScanInput>,
) {
  const input = ZLatestScanInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const [row] = await ctx.db
    .select({ id: scans.id, finishedAt: scans.finishedAt, report: scans.report })
    .from(scans)
    .where(and(eq(scans.siteId, input.siteId), eq(scans.status, 'done')))
    .orderBy(desc(scans.finishedAt))
    .limit(1);
  if (!row?.report) return { scanId: null, finishedAt: null, warnings: [] };
  const findings = matchScan(row.report, await readDeclaration(ctx.db, site));
  const warnings = findings
    .filter((f) => f.kind === 'undeclared' && f.observation !== undefined)
    .map((f) => {
      const o = row.report!.observations[f.observation!]!;
      return {
        observation: f.observation!,
        kind: o.kind,
        name: o.name,
        host: o.host,
        page: o.pages[0] ?? null,
        message: `Seen on the site but not declared: ${o.kind.replace('_', ' ')} “${o.name}” (${o.host}).`,
      };
    });
  return { scanId: row.id, finishedAt: row.finishedAt, warnings };
}
