import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { auditEvents } from '../../db/schema/audit';
import { requireMembership, type TServiceCtx } from '../context';
import { queryAuditEvents, ZAuditFilters } from './audit-query';

export const ZListOrganisationAuditEventsInput = ZAuditFilters.extend({
  organisationId: z.uuid(),
  /** Only events about the organisation itself (members, invitations, sites created …). */
  organisationOnly: z.boolean().default(false),
});

/**
 * Everything recorded in an organisation — membership, invitations, and every site's events —
 * for its owners and admins, newest first. Non-members get "not found".
 */
export async function listOrganisationAuditEvents(
  ctx: TServiceCtx,
  raw: z.input<typeof ZListOrganisationAuditEventsInput>,
) {
  const input = ZListOrganisationAuditEventsInput.parse(raw);
  await requireMembership(ctx, input.organisationId, 'admin');
  const org = eq(auditEvents.organisationId, input.organisationId);
  return queryAuditEvents(
    ctx.db,
    input.organisationOnly ? and(org, isNull(auditEvents.siteId))! : org,
    input,
  );
}
