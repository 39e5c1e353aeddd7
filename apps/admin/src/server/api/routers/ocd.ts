import { getOcdStatus, ZGetOcdStatusInput } from '../../services/ocd/get-ocd-status';
import { suggestFromOcd, ZSuggestFromOcdInput } from '../../services/ocd/suggest-from-ocd';
import { suggestOcdVendors, ZSuggestOcdVendorsInput } from '../../services/ocd/suggest-ocd-vendors';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/**
 * Open Cookie Database suggestions (editors) and what is loaded (viewers). Loading is an
 * operator action (`pnpm smula ocd load`), not a procedure: the data is shared by every tenant.
 */
export const ocdRouter = createTRPCRouter({
  status: protectedProcedure
    .input(ZGetOcdStatusInput)
    .query(({ ctx, input }) => getOcdStatus(ctx.svc, input)),
  suggest: protectedProcedure
    .input(ZSuggestFromOcdInput)
    .query(({ ctx, input }) => suggestFromOcd(ctx.svc, input)),
  vendors: protectedProcedure
    .input(ZSuggestOcdVendorsInput)
    .query(({ ctx, input }) => suggestOcdVendors(ctx.svc, input)),
});
