import { createFirstOwner, ZCreateFirstOwnerInput } from '../../services/setup/create-first-owner';
import { getSetupState } from '../../services/setup/get-setup-state';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const setupRouter = createTRPCRouter({
  state: publicProcedure.query(({ ctx }) => getSetupState(ctx)),
  createOwner: publicProcedure
    .input(ZCreateFirstOwnerInput)
    .mutation(({ ctx, input }) => createFirstOwner(ctx, input)),
});
