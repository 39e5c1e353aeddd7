import { ZAppearanceSchema } from '@smula/core/schema';
import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';
import { siteRow, updateRevisioned } from './revisioned-write';
import { parseEntity } from './validation';

export const ZUpdateAppearanceInput = z.object({
  siteId: z.uuid(),
  /** The site row's revision the editor read (texts, appearance and settings share it). */
  revision: z.number().int().positive(),
  appearance: z.unknown(),
});

/** Sets the banner's layout and colours. Editors may do this. */
export async function updateAppearance(
  ctx: TServiceCtx,
  raw: z.input<typeof ZUpdateAppearanceInput>,
) {
  const input = ZUpdateAppearanceInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const appearance = parseEntity(ZAppearanceSchema, input.appearance, 'appearance');
  const target = siteRow(ctx, site, input.revision, {
    what: 'appearance',
    entity: 'site.appearance',
    view: (row) => row.appearance,
  });
  return ctx.db.transaction((tx) => updateRevisioned(tx, target, () => ({ appearance })));
}
