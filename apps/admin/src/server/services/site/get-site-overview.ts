import { and, desc, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import { consentRecords } from '../../db/schema/consents';
import { scans } from '../../db/schema/scans';
import { configVersions } from '../../db/schema/versions';
import { requireSite, type TServiceCtx } from '../context';

export const ZGetSiteOverviewInput = z.object({ siteId: z.uuid() });

/** Whether the last finished scan found the tag; `unknown` until one has finished. */
export type TTagCheck = 'found' | 'missing' | 'unknown';

/**
 * The Overview's state of the site (issue 18): the live version and when it was published, the
 * last consent record received (the install check that needs no scan), and the going-live
 * checklist: domains declared, published, tag found by the last scan, cookie-policy URL set.
 */
export async function getSiteOverview(
  ctx: TServiceCtx,
  raw: z.input<typeof ZGetSiteOverviewInput>,
) {
  const input = ZGetSiteOverviewInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const [live] =
    site.liveVersion === null
      ? []
      : await ctx.db
          .select({ version: configVersions.version, publishedAt: configVersions.createdAt })
          .from(configVersions)
          .where(
            and(eq(configVersions.siteId, site.id), eq(configVersions.version, site.liveVersion)),
          );
  // The (site_id, created_at) index answers this without reading the records.
  const [consent] = await ctx.db
    .select({ at: max(consentRecords.createdAt) })
    .from(consentRecords)
    .where(eq(consentRecords.siteId, site.id));
  const [scan] = await ctx.db
    .select({ id: scans.id, finishedAt: scans.finishedAt, summary: scans.summary })
    .from(scans)
    .where(and(eq(scans.siteId, site.id), eq(scans.status, 'done')))
    .orderBy(desc(scans.finishedAt))
    .limit(1);
  const tag: TTagCheck = !scan?.summary ? 'unknown' : scan.summary.smulaFound ? 'found' : 'missing';
  return {
    live: live ?? null,
    lastConsentAt: consent?.at ?? null,
    domains: site.settings.domains,
    checklist: {
      domains: site.settings.domains.length > 0,
      published: live !== undefined,
      tag,
      cookiePolicy: Boolean(site.settings.cookiePolicyUrl?.trim()),
    },
  };
}
