import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';

export const ZGetSiteInput = z.object({ siteId: z.uuid() });

/** The site with the caller's role, for any member of its organisation. */
export async function getSite(ctx: TServiceCtx, raw: z.input<typeof ZGetSiteInput>) {
  const input = ZGetSiteInput.parse(raw);
  const { site, role } = await requireSite(ctx, input.siteId, 'viewer');
  return { ...site, role };
}
