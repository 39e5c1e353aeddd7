import { asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { storageItems, vendors } from '../../db/schema/declarations';
import { requireSite, type TServiceCtx } from '../context';

export const ZListVendorsInput = z.object({ siteId: z.uuid() });

/** The site's vendors by slug, each with how many items name it. */
export async function listVendors(ctx: TServiceCtx, raw: z.input<typeof ZListVendorsInput>) {
  const input = ZListVendorsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const rows = await ctx.db
    .select({ vendor: vendors, itemCount: count(storageItems.id) })
    .from(vendors)
    .leftJoin(storageItems, eq(storageItems.vendorId, vendors.id))
    .where(eq(vendors.siteId, site.id))
    .groupBy(vendors.id)
    .orderBy(asc(vendors.name), asc(vendors.slug));
  return rows.map((r) => ({ ...r.vendor, itemCount: r.itemCount }));
}
