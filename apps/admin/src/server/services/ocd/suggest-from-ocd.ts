import { fromOpenCookieDatabase } from '@smula/core/import';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ocdEntries } from '../../db/schema/ocd';
import { requireSite, type TServiceCtx } from '../context';
import { OCD_ATTRIBUTION, OCD_ATTRIBUTION_URL } from './constants';
import { toOcdRow } from './rows';

export const ZSuggestFromOcdInput = z.object({
  siteId: z.uuid(),
  /** What the editor typed as the storage item's name. */
  name: z.string().trim().min(1).max(200),
  limit: z.number().int().min(1).max(25).default(8),
});

export type TOcdMatch = 'exact' | 'wildcard' | 'prefix';

/** `%`, `_` and `\` typed by the editor are literal characters, not LIKE patterns. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Open Cookie Database suggestions for a name an editor is typing (editors and above):
 * the exact name first, then wildcard rows whose prefix the name starts with (longest prefix
 * first: `_ga_ABC123` → `_ga_`), then rows whose name starts with what was typed
 * (case-insensitive, shortest first). Each comes as core's suggestion — vendor, purpose,
 * duration, a category that never puts anything in `necessary` without review — with the
 * attribution the database's licence asks for.
 */
export async function suggestFromOcd(ctx: TServiceCtx, raw: z.input<typeof ZSuggestFromOcdInput>) {
  const input = ZSuggestFromOcdInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const name = input.name;

  const exact = await ctx.db
    .select()
    .from(ocdEntries)
    .where(eq(ocdEntries.name, name))
    .orderBy(asc(ocdEntries.wildcard), asc(ocdEntries.id))
    .limit(input.limit);
  const wildcard = await ctx.db
    .select()
    .from(ocdEntries)
    .where(
      and(
        eq(ocdEntries.wildcard, true),
        ne(ocdEntries.name, name),
        sql`starts_with(${name}, ${ocdEntries.name})`,
      ),
    )
    .orderBy(desc(sql`length(${ocdEntries.name})`), asc(ocdEntries.id))
    .limit(input.limit);
  const prefix = await ctx.db
    .select()
    .from(ocdEntries)
    .where(
      and(
        ne(ocdEntries.name, name),
        sql`lower(${ocdEntries.name}) like ${`${likeLiteral(name.toLowerCase())}%`}`,
      ),
    )
    .orderBy(asc(sql`length(${ocdEntries.name})`), asc(ocdEntries.name), asc(ocdEntries.id))
    .limit(input.limit);

  const seen = new Set<string>();
  const picked: { row: (typeof exact)[number]; match: TOcdMatch }[] = [];
  for (const [match, rows] of [
    ['exact', exact],
    ['wildcard', wildcard],
    ['prefix', prefix],
  ] as const) {
    for (const row of rows) {
      if (picked.length >= input.limit || seen.has(row.id)) continue;
      seen.add(row.id);
      picked.push({ row, match });
    }
  }

  const siteDomain = site.settings.domains[0]?.replace(/^\*\./, '');
  const { suggestions } = fromOpenCookieDatabase(
    picked.map((p) => toOcdRow(p.row)),
    siteDomain ? { locale: 'en', siteDomain } : { locale: 'en' },
  );
  return {
    suggestions: suggestions.map((s, i) => {
      const row = picked[i]!.row;
      return {
        ...s,
        match: picked[i]!.match,
        ocd: {
          platform: row.platform,
          category: row.category,
          retention: row.retention,
          domain: row.domain,
        },
      };
    }),
    attribution: OCD_ATTRIBUTION,
    attributionUrl: OCD_ATTRIBUTION_URL,
  };
}
