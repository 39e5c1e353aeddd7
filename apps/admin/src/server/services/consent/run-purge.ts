import { z } from 'zod';
import { purgeConsents } from '../../consent-store/purge';
import { requireSite, type TServiceCtx } from '../context';

export const ZRunPurgeInput = z.object({
  siteId: z.uuid(),
  /** Count what would go without removing anything. */
  dryRun: z.boolean().default(false),
});

/**
 * "Purge now" for one site: removes the records past the site's retention, as the daily job
 * would, with the caller recorded as the actor of the `consent.purge` audit event. Owners and
 * admins only: it deletes proof for good.
 */
export async function runPurge(ctx: TServiceCtx, raw: z.input<typeof ZRunPurgeInput>) {
  const input = ZRunPurgeInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'admin');
  // purgeConsents opens its own transaction per site; inside a caller's transaction that is a
  // savepoint, which is as atomic, so a transaction handle is as good as the database here.
  const result = await purgeConsents(ctx.db, {
    siteId: site.id,
    actorId: ctx.actor?.id ?? null,
    dryRun: input.dryRun,
  });
  const mine = result.sites[0];
  return {
    dryRun: result.dryRun,
    retentionMonths: mine?.retentionMonths ?? site.consentRetentionMonths,
    records: mine?.records ?? 0,
    days: mine?.days ?? 0,
  };
}
