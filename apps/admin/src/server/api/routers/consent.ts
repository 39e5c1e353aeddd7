import { consentStats, ZConsentStatsInput } from '../../services/consent/consent-stats';
import { runPurge, ZRunPurgeInput } from '../../services/consent/run-purge';
import { searchConsents, ZSearchConsentsInput } from '../../services/consent/search-consents';
import { setRetention, ZSetRetentionInput } from '../../services/consent/set-retention';
import { verifyChain, ZVerifyChainInput } from '../../services/consent/verify-chain';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/**
 * The consent log (proof of consent): viewers and above search and see statistics; owners and
 * admins set retention, purge and verify. The CSV/JSON export is a streamed route handler
 * (`/api/sites/[siteId]/consents/export`), not a procedure.
 */
export const consentRouter = createTRPCRouter({
  search: protectedProcedure
    .input(ZSearchConsentsInput)
    .query(({ ctx, input }) => searchConsents(ctx.svc, input)),
  stats: protectedProcedure
    .input(ZConsentStatsInput)
    .query(({ ctx, input }) => consentStats(ctx.svc, input)),
  setRetention: protectedProcedure
    .input(ZSetRetentionInput)
    .mutation(({ ctx, input }) => setRetention(ctx.svc, input)),
  purge: protectedProcedure
    .input(ZRunPurgeInput)
    .mutation(({ ctx, input }) => runPurge(ctx.svc, input)),
  verify: protectedProcedure
    .input(ZVerifyChainInput)
    .mutation(({ ctx, input }) => verifyChain(ctx.svc, input)),
});
