import { formatIssues, ZSiteSettingsSchema } from '@smula/core/schema';
import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';
import { siteRow, updateRevisioned } from '../declaration/revisioned-write';
import { ValidationError } from '../errors';

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
  const target = siteRow(ctx, site, input.revision, {
    what: 'settings',
    entity: 'site.settings',
    view: (row) => row.settings,
  });
  return ctx.db.transaction((tx) =>
    updateRevisioned(tx, target, () => ({ settings: parsed.data })),
  );
}
