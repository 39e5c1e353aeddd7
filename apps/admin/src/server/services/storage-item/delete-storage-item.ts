import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { storageItems } from '../../db/schema/declarations';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { staleRevision } from '../declaration/conflict';
import { NotFoundError } from '../errors';

export const ZDeleteStorageItemInput = z.object({
  siteId: z.uuid(),
  id: z.uuid(),
  revision: z.number().int().positive(),
});

/** Removes an item from the declaration (a stale revision is a conflict, as for edits). */
export async function deleteStorageItem(
  ctx: TServiceCtx,
  raw: z.input<typeof ZDeleteStorageItemInput>,
) {
  const input = ZDeleteStorageItemInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(storageItems)
      .where(and(eq(storageItems.id, input.id), eq(storageItems.siteId, site.id)))
      .for('update');
    if (!current) throw new NotFoundError('Storage item');
    if (current.revision !== input.revision) throw staleRevision('item', current);
    await tx
      .delete(storageItems)
      .where(and(eq(storageItems.id, current.id), eq(storageItems.siteId, site.id)));
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'delete',
      entity: 'storage_item',
      entityId: current.id,
      siteId: site.id,
      before: current,
    });
    return { deleted: true as const };
  });
}
