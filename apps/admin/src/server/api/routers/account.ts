import { signOutEverywhere } from '../../services/account/sign-out-everywhere';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const accountRouter = createTRPCRouter({
  signOutEverywhere: protectedProcedure.mutation(({ ctx }) => signOutEverywhere(ctx.svc)),
});
