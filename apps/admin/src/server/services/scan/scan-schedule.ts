import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { SCAN_FREQUENCIES, scanSchedules, type TScanFrequency } from '../../db/schema/scans';
import { nextRunAfter } from '../../scan-jobs/schedule';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';

export const ZGetScanScheduleInput = z.object({ siteId: z.uuid() });

/** A site's scan schedule: `off`, or the frequency and when the next scan is due. */
export async function getScanSchedule(
  ctx: TServiceCtx,
  raw: z.input<typeof ZGetScanScheduleInput>,
) {
  const input = ZGetScanScheduleInput.parse(raw);
  await requireSite(ctx, input.siteId, 'viewer');
  const [row] = await ctx.db
    .select()
    .from(scanSchedules)
    .where(eq(scanSchedules.siteId, input.siteId));
  return {
    frequency: (row?.frequency ?? 'off') as TScanFrequency,
    nextRunAt: row?.nextRunAt ?? null,
  };
}

export const ZSetScanScheduleInput = z.object({
  siteId: z.uuid(),
  frequency: z.enum(SCAN_FREQUENCIES),
});

/**
 * Turns a site's scheduled scans off, or on weekly or monthly (editors and above). The first
 * scheduled scan comes one period from now; workers' quarter-hourly tick queues it.
 */
export async function setScanSchedule(
  ctx: TServiceCtx,
  raw: z.input<typeof ZSetScanScheduleInput>,
) {
  const input = ZSetScanScheduleInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(scanSchedules).where(eq(scanSchedules.siteId, site.id));
    const beforeFrequency = before?.frequency ?? 'off';
    let nextRunAt: Date | null = null;
    if (input.frequency === 'off') {
      await tx.delete(scanSchedules).where(eq(scanSchedules.siteId, site.id));
    } else if (beforeFrequency === input.frequency && before) {
      nextRunAt = before.nextRunAt;
    } else {
      nextRunAt = nextRunAfter(new Date(), input.frequency);
      const values = {
        frequency: input.frequency,
        nextRunAt,
        updatedBy: ctx.actor?.id ?? null,
        updatedAt: new Date(),
      };
      await tx
        .insert(scanSchedules)
        .values({ siteId: site.id, ...values })
        .onConflictDoUpdate({ target: scanSchedules.siteId, set: values });
    }
    if (beforeFrequency !== input.frequency)
      await recordEvent(tx, {
        organisationId: site.organisationId,
        actorId: ctx.actor?.id ?? null,
        action: 'scan.schedule_changed',
        entity: 'scan.schedule',
        entityId: site.id,
        siteId: site.id,
        before: { frequency: beforeFrequency },
        after: { frequency: input.frequency },
      });
    return { frequency: input.frequency, nextRunAt };
  });
}
