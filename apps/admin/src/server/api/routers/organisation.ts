import {
  createOrganisation,
  ZCreateOrganisationInput,
} from '../../services/organisation/create-organisation';
import { listOrganisations } from '../../services/organisation/list-organisations';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const organisationRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listOrganisations(ctx.svc)),
  create: protectedProcedure
    .input(ZCreateOrganisationInput)
    .mutation(({ ctx, input }) => createOrganisation(ctx.svc, input)),
});
