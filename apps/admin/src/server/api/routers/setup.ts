import { createFirstOwner, ZCreateFirstOwnerInput } from '../../services/setup/create-first-owner';
import { getSetupState } from '../../services/setup/get-setup-state';
import { forgetSetupToken, setupTokenMatches } from '../../setup-token';
import { createTRPCRouter, publicProcedure } from '../trpc';

export const setupRouter = createTRPCRouter({
  state: publicProcedure.query(({ ctx }) => getSetupState(ctx)),
  createOwner: publicProcedure.input(ZCreateFirstOwnerInput).mutation(async ({ ctx, input }) => {
    const created = await createFirstOwner(ctx, input, {
      expected: ctx.setupToken?.(),
      matches: setupTokenMatches,
    });
    forgetSetupToken(); // one-time: a generated token is deleted once used
    return created;
  }),
});
