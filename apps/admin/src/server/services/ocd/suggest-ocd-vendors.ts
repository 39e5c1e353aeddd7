import { asc, desc, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ocdEntries } from '../../db/schema/ocd';
import { requireSite, type TServiceCtx } from '../context';
import { OCD_ATTRIBUTION, OCD_ATTRIBUTION_URL } from './constants';

export const ZSuggestOcdVendorsInput = z.object({
  siteId: z.uuid(),
  /** What the editor typed: the start of a platform's or a data controller's name. */
  query: z.string().trim().min(2).max(100),
  limit: z.number().int().min(1).max(20).default(6),
});

/** `%`, `_` and `\` typed by the editor are literal characters, not LIKE patterns. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const webUrl = (s: string) => (/^https?:\/\/\S+$/i.test(s) ? s : undefined);

/**
 * Vendors from the Open Cookie Database's platforms and data controllers (editors and above),
 * for the add-vendor dialog: each distinct platform with its controller and privacy link, the
 * ones with most entries first, one per name. Only a starting point: the database names no countries, and
 * the editor checks and completes the rest.
 */
export async function suggestOcdVendors(
  ctx: TServiceCtx,
  raw: z.input<typeof ZSuggestOcdVendorsInput>,
) {
  const input = ZSuggestOcdVendorsInput.parse(raw);
  await requireSite(ctx, input.siteId, 'editor');
  const like = `${likeLiteral(input.query.toLowerCase())}%`;
  const entries = sql<number>`count(*)::int`;
  const rows = await ctx.db
    .select({
      platform: ocdEntries.platform,
      dataController: ocdEntries.dataController,
      privacyUrl: ocdEntries.privacyUrl,
      entries,
    })
    .from(ocdEntries)
    .where(
      or(
        sql`lower(${ocdEntries.platform}) like ${like}`,
        sql`lower(${ocdEntries.dataController}) like ${like}`,
      ),
    )
    .groupBy(ocdEntries.platform, ocdEntries.dataController, ocdEntries.privacyUrl)
    .orderBy(desc(entries), asc(ocdEntries.platform))
    // Room for the duplicates dropped below.
    .limit(input.limit * 4);
  // One row per name: a platform listed with a second controller (a quirk of the data) keeps
  // the pairing most of its entries have, so no two buttons read the same.
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    const name = (r.platform || r.dataController).trim().toLowerCase();
    if (!name || seen.has(name)) return false;
    seen.add(name);
    return true;
  });
  return {
    attribution: OCD_ATTRIBUTION,
    attributionUrl: OCD_ATTRIBUTION_URL,
    vendors: unique.slice(0, input.limit).map((r) => ({
      name: (r.platform || r.dataController).trim(),
      legalName: r.dataController.trim() || undefined,
      privacyPolicyUrl: webUrl(r.privacyUrl.trim()),
      entries: r.entries,
    })),
  };
}
