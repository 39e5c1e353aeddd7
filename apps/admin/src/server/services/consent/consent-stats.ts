import { CONSENT_ACTIONS, DAY_MS, type TConsentAction } from '@smula/core';
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { rowsOf } from '../../db/rows';
import { categories } from '../../db/schema/declarations';
import { requireSite, type TServiceCtx } from '../context';

export const STATS_PERIODS = [7, 30, 90] as const;

export const ZConsentStatsInput = z.object({
  siteId: z.uuid(),
  days: z.literal(STATS_PERIODS, { error: 'Choose 7, 30 or 90 days.' }),
});

export type TDayCounts = { day: string; total: number } & Record<TConsentAction, number>;

export interface TCategoryShare {
  key: string;
  /** The category's name in the site's default locale, when it still exists. */
  label: string | null;
  required: boolean;
  /** Decisions whose choices granted it, of `decisions` that named it. */
  granted: number;
  decisions: number;
  /** granted / decisions, 0…1; 0 when no decision named it. */
  share: number;
}

/**
 * Consent statistics for viewers and above, over the last 7, 30 or 90 UTC days (today
 * included): decisions per day and action, and per category the share of decisions granting
 * it. Every decision counts (a withdrawal grants what it still grants, usually only the
 * required). Aggregated in SQL, so 90 days of a busy site is two grouped scans, not rows in JS.
 */
export async function consentStats(ctx: TServiceCtx, raw: z.input<typeof ZConsentStatsInput>) {
  const input = ZConsentStatsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = new Date(today - (input.days - 1) * DAY_MS);
  const end = new Date(today + DAY_MS);
  // Bounds on created_at let PostgreSQL read only the partitions of the period.
  const range = sql`r.site_id = ${site.id} AND r.created_at >= ${start.toISOString()} AND r.created_at < ${end.toISOString()}`;

  const perAction = sql.join(
    CONSENT_ACTIONS.map(
      (a) => sql`count(*) FILTER (WHERE r.action = ${a})::int AS ${sql.identifier(a)}`,
    ),
    sql`, `,
  );
  const dayRows = rowsOf<Omit<TDayCounts, 'total'> & { day: string }>(
    await ctx.db.execute(sql`
      SELECT to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, ${perAction}
      FROM consent_records r WHERE ${range}
      GROUP BY 1 ORDER BY 1`),
  );
  const shareRows = rowsOf<{ key: string; granted: number; decisions: number }>(
    await ctx.db.execute(sql`
      SELECT c.key, count(*) FILTER (WHERE c.value = 'true'::jsonb)::int AS granted,
             count(*)::int AS decisions
      FROM consent_records r CROSS JOIN LATERAL jsonb_each(r.choices) AS c(key, value)
      WHERE ${range}
      GROUP BY c.key`),
  );

  // Every day of the period, zeros included, so a chart's axis does not skip quiet days.
  const byDay = new Map(dayRows.map((r) => [r.day, r]));
  const days: TDayCounts[] = [];
  for (let t = start.getTime(); t < end.getTime(); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const row = byDay.get(day);
    const counts = Object.fromEntries(CONSENT_ACTIONS.map((a) => [a, row?.[a] ?? 0])) as Record<
      TConsentAction,
      number
    >;
    days.push({ day, ...counts, total: CONSENT_ACTIONS.reduce((s, a) => s + counts[a], 0) });
  }

  // Current categories in declaration order first, then keys only older versions had.
  const cats = await ctx.db
    .select({ key: categories.key, name: categories.name, required: categories.required })
    .from(categories)
    .where(eq(categories.siteId, site.id))
    .orderBy(asc(categories.order), asc(categories.key));
  const shares = new Map(shareRows.map((r) => [r.key, r]));
  const locale = site.settings.defaultLocale;
  const share = (key: string, label: string | null, required: boolean): TCategoryShare => {
    const r = shares.get(key);
    const decisions = r?.decisions ?? 0;
    const granted = r?.granted ?? 0;
    return { key, label, required, granted, decisions, share: decisions ? granted / decisions : 0 };
  };
  const known = new Set(cats.map((c) => c.key));
  const categoryShares = [
    ...cats.map((c) => share(c.key, c.name[locale] || null, c.required)),
    ...shareRows
      .filter((r) => !known.has(r.key))
      .map((r) => r.key)
      .sort()
      .map((k) => share(k, null, false)),
  ];

  return {
    days: input.days,
    from: days[0]!.day,
    to: days.at(-1)!.day,
    perDay: days,
    totals: {
      ...(Object.fromEntries(
        CONSENT_ACTIONS.map((a) => [a, days.reduce((s, d) => s + d[a], 0)]),
      ) as Record<TConsentAction, number>),
      total: days.reduce((s, d) => s + d.total, 0),
    },
    categories: categoryShares,
  };
}
