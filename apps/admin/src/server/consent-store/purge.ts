import { and, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../db/rows';
import { consentChainHeads, consentReceipts } from '../db/schema/consents';
import { sites } from '../db/schema/sites';
import type { TDbOrTx } from '../db/types';
import { recordEvent } from '../services/audit/record-event';
import { listConsentPartitions } from './partitions';

export interface TPurgeSiteResult {
  siteId: string;
  siteKey: string;
  retentionMonths: number;
  /** Records past retention: removed, or (dry run) that would be. */
  records: number;
  days: number;
}

export interface TPurgeResult {
  sites: TPurgeSiteResult[];
  droppedPartitions: string[];
  dryRun: boolean;
}

function monthsBefore(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/**
 * Removes consent records kept longer than their site's retention: a record may go once it
 * expired more than `consent_retention_months` ago (compliance.md R-05). Whole site-days are removed
 * together, once every record of the day is past retention, so the hash chain of each day
 * that remains stays whole and verifiable. Each site's removal is one transaction and one audit
 * event; afterwards empty partitions of past months are dropped.
 */
export async function purgeConsents(
  db: TDbOrTx,
  options: { now?: Date; siteId?: string; dryRun?: boolean; actorId?: string | null } = {},
): Promise<TPurgeResult> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const list = await db
    .select({
      id: sites.id,
      key: sites.key,
      organisationId: sites.organisationId,
      retention: sites.consentRetentionMonths,
    })
    .from(sites)
    .where(options.siteId ? eq(sites.id, options.siteId) : undefined);

  const results: TPurgeSiteResult[] = [];
  for (const site of list) {
    const cutoff = monthsBefore(now, site.retention);
    // Only days that ended before the cutoff's day: all their records were created before it.
    const dayLimit = new Date(
      Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth(), cutoff.getUTCDate()),
    );
    const doomed = rowsOf<{ day: string; n: number }>(
      await db.execute(sql`
        SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS n
        FROM consent_records
        WHERE site_id = ${site.id} AND created_at < ${dayLimit.toISOString()}
        GROUP BY 1
        HAVING max(expires_at) < ${cutoff.toISOString()}
        ORDER BY 1`),
    );
    const records = doomed.reduce((sum, d) => sum + d.n, 0);
    results.push({
      siteId: site.id,
      siteKey: site.key,
      retentionMonths: site.retention,
      records,
      days: doomed.length,
    });
    if (dryRun || !doomed.length) continue;
    const days = doomed.map((d) => d.day);
    const dayList = sql.join(
      days.map((d) => sql`${d}::date`),
      sql`, `,
    );
    await db.transaction(async (tx) => {
      // The append-only trigger lets DELETE through only when this is set, for this transaction.
      await tx.execute(sql`SELECT set_config('smula.consent_purge', 'on', true)`);
      await tx.execute(sql`
        DELETE FROM consent_records
        WHERE site_id = ${site.id} AND created_at < ${dayLimit.toISOString()}
          AND (created_at AT TIME ZONE 'UTC')::date IN (${dayList})`);
      await tx
        .delete(consentReceipts)
        .where(
          and(
            eq(consentReceipts.siteId, site.id),
            sql`${consentReceipts.createdAt} < ${dayLimit.toISOString()}`,
            sql`(${consentReceipts.createdAt} AT TIME ZONE 'UTC')::date IN (${dayList})`,
          ),
        );
      await tx
        .delete(consentChainHeads)
        .where(
          and(eq(consentChainHeads.siteId, site.id), sql`${consentChainHeads.day} IN (${dayList})`),
        );
      await recordEvent(tx, {
        organisationId: site.organisationId,
        actorId: options.actorId ?? null,
        action: 'consent.purge',
        entity: 'consent_records',
        entityId: site.id,
        siteId: site.id,
        after: {
          records,
          days: days.length,
          firstDay: days[0],
          lastDay: days.at(-1),
          retentionMonths: site.retention,
          expiredBefore: cutoff.toISOString(),
        },
      });
    });
  }

  // Partitions of months that have ended and now hold nothing cost a table each: drop them.
  const droppedPartitions: string[] = [];
  if (!dryRun && !options.siteId) {
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    for (const p of await listConsentPartitions(db)) {
      if (p.to > monthStart) continue;
      const any = rowsOf(await db.execute(sql.raw(`SELECT 1 FROM public.${p.name} LIMIT 1`)));
      if (any.length) continue;
      await db.execute(sql.raw(`DROP TABLE public.${p.name}`));
      droppedPartitions.push(p.name);
    }
  }
  return { sites: results, droppedPartitions, dryRun };
}
