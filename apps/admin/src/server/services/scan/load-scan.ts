import { eq } from 'drizzle-orm';
import type { TRole } from '../../db/schema/organisations';
import { scans } from '../../db/schema/scans';
import { requireSite, type TServiceCtx } from '../context';
import { NotFoundError } from '../errors';

/**
 * A scan and its site, if the caller may see the site with at least `min`. Another tenant's
 * scan is "not found", as a missing one is.
 */
export async function requireScan(ctx: TServiceCtx, scanId: string, min: TRole) {
  const [scan] = await ctx.db.select().from(scans).where(eq(scans.id, scanId));
  if (!scan) throw new NotFoundError('scanNotFound');
  try {
    const { site, role } = await requireSite(ctx, scan.siteId, min);
    return { scan, site, role };
  } catch (err) {
    if (err instanceof NotFoundError) throw new NotFoundError('scanNotFound');
    throw err;
  }
}
