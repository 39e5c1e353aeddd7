import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { storageItems, vendors } from '../../db/schema/declarations';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { staleRevision } from '../declaration/conflict';
import { recordDeclarationEvents } from '../declaration/record-events';
import { NotFoundError } from '../errors';

export const ZDeleteVendorInput = z.object({
  siteId: z.uuid(),
  id: z.uuid(),
  revision: z.number().int().positive(),
});

/**
 * Deletes a vendor. Its items stay, without a vendor: they are unlinked here (new revision and
 * an audit entry each) rather than silently by the foreign key, so their history is complete.
 */
export async function deleteVendor(ctx: TServiceCtx, raw: z.input<typeof ZDeleteVendorInput>) {
  const input = ZDeleteVendorInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const scope = {
    organisationId: site.organisationId,
    siteId: site.id,
    actorId: ctx.actor?.id ?? null,
  };
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(vendors)
      .where(and(eq(vendors.id, input.id), eq(vendors.siteId, site.id)))
      .for('update');
    if (!current) throw new NotFoundError('Vendor');
    if (current.revision !== input.revision) throw staleRevision('vendor', current);
    const before = await tx
      .select()
      .from(storageItems)
      .where(and(eq(storageItems.vendorId, current.id), eq(storageItems.siteId, site.id)))
      .for('update');
    const unlinked = await tx
      .update(storageItems)
      .set({ vendorId: null, revision: sql`${storageItems.revision} + 1`, updatedAt: new Date() })
      .where(and(eq(storageItems.vendorId, current.id), eq(storageItems.siteId, site.id)))
      .returning();
    const was = new Map(before.map((i) => [i.id, i]));
    await recordDeclarationEvents(
      tx,
      scope,
      unlinked.map((after) => ({
        action: 'update' as const,
        entity: 'storage_item' as const,
        entityId: after.id,
        before: was.get(after.id),
        after,
      })),
    );
    await tx.delete(vendors).where(and(eq(vendors.id, current.id), eq(vendors.siteId, site.id)));
    await recordEvent(tx, {
      ...scope,
      action: 'delete',
      entity: 'vendor',
      entityId: current.id,
      before: current,
    });
    return { deleted: true as const, unlinkedItems: unlinked.length };
  });
}
