import { ZAppearanceSchema } from '@smula/core/schema';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { sites } from '../../db/schema/sites';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { staleRevision } from './conflict';
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
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(sites)
      .set({ appearance, revision: sql`${sites.revision} + 1`, updatedAt: new Date() })
      .where(and(eq(sites.id, site.id), eq(sites.revision, input.revision)))
      .returning();
    if (!updated) {
      const [current] = await tx.select().from(sites).where(eq(sites.id, site.id));
      throw staleRevision('site’s appearance', current);
    }
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'update',
      entity: 'site.appearance',
      entityId: site.id,
      siteId: site.id,
      before: site.appearance,
      after: updated.appearance,
    });
    return updated;
  });
}
