import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditEvents } from '../../db/schema/audit';
import { requireSite, type TServiceCtx } from '../context';
import { queryAuditEvents, ZAuditFilters } from './audit-query';

export const ZListAuditEventsInput = ZAuditFilters.extend({ siteId: z.uuid() });

/**
 * A site's audit log for any member of its organisation (viewers and above): who changed what
 * and when, newest first, with before and after. Scoped by the site's organisation and the site
 * itself, so another tenant's site id finds nothing.
 */
export async function listAuditEvents(
  ctx: TServiceCtx,
  raw: z.input<typeof ZListAuditEventsInput>,
) {
  const input = ZListAuditEventsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  return queryAuditEvents(
    ctx.db,
    and(eq(auditEvents.organisationId, site.organisationId), eq(auditEvents.siteId, site.id))!,
    input,
  );
}
