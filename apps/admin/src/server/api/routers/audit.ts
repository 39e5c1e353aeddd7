import { listAuditEvents, ZListAuditEventsInput } from '../../services/audit/list-audit-events';
import {
  listOrganisationAuditEvents,
  ZListOrganisationAuditEventsInput,
} from '../../services/audit/list-organisation-audit-events';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/** The audit log: a site's (viewers and above), an organisation's (admins and above). */
export const auditRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListAuditEventsInput)
    .query(({ ctx, input }) => listAuditEvents(ctx.svc, input)),
  listOrganisation: protectedProcedure
    .input(ZListOrganisationAuditEventsInput)
    .query(({ ctx, input }) => listOrganisationAuditEvents(ctx.svc, input)),
});
