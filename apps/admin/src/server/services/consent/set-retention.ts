import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZRetentionMonths } from '../../../lib/schemas/consent';
import { sites } from '../../db/schema/sites';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';

export { MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS } from '../../../lib/schemas/consent';

export const ZSetRetentionInput = z.object({
  siteId: z.uuid(),
  months: ZRetentionMonths,
});

/**
 * How many months consent records are kept after the consent expires (compliance.md R-05): owners
 * and admins only, since a shorter period makes the next purge delete proof. The change is in
 * the audit log. Leaves the site's `revision` alone: it is not part of the settings form, and a
 * bump would turn someone's open settings edit into a needless conflict.
 */
export async function setRetention(ctx: TServiceCtx, raw: z.input<typeof ZSetRetentionInput>) {
  const input = ZSetRetentionInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'admin');
  if (site.consentRetentionMonths === input.months) return { months: input.months, changed: false };
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(sites)
      .set({ consentRetentionMonths: input.months, updatedAt: new Date() })
      .where(eq(sites.id, site.id));
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'update',
      entity: 'site.settings',
      entityId: site.id,
      siteId: site.id,
      before: { consentRetentionMonths: site.consentRetentionMonths },
      after: { consentRetentionMonths: input.months },
    });
    return { months: input.months, changed: true };
  });
}
