import { formatIssues, ZSiteSettingsSchema } from '@smula/core/schema';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { sites } from '../../db/schema/sites';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { ConflictError, ValidationError } from '../errors';

export const ZUpdateSiteSettingsInput = z.object({
  siteId: z.uuid(),
  /** The revision the editor read; a different current revision is a conflict. */
  revision: z.number().int().positive(),
  settings: z.unknown(),
});

/** Site settings are the declaration's frame (locales, lifetimes, GCM): admins and owners only. */
export async function updateSiteSettings(
  ctx: TServiceCtx,
  raw: z.input<typeof ZUpdateSiteSettingsInput>,
) {
  const input = ZUpdateSiteSettingsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'admin');
  const parsed = ZSiteSettingsSchema.safeParse(input.settings);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error);
    throw new ValidationError(`Check the settings: ${issues.join('; ')}`, { issues });
  }
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(sites)
      .set({ settings: parsed.data, revision: sql`${sites.revision} + 1`, updatedAt: new Date() })
      .where(and(eq(sites.id, site.id), eq(sites.revision, input.revision)))
      .returning();
    if (!updated) {
      const [current] = await tx.select().from(sites).where(eq(sites.id, site.id));
      throw new ConflictError(
        'Someone else saved these settings after you opened them. Review their values and save again.',
        {
          current,
        },
      );
    }
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'update',
      entity: 'site.settings',
      entityId: site.id,
      siteId: site.id,
      before: site.settings,
      after: updated.settings,
    });
    return updated;
  });
}
