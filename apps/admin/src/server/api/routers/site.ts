import { createSite, ZCreateSiteInput } from '../../services/site/create-site';
import { getSite, ZGetSiteInput } from '../../services/site/get-site';
import { getSiteOverview, ZGetSiteOverviewInput } from '../../services/site/get-site-overview';
import { listSites, ZListSitesInput } from '../../services/site/list-sites';
import {
  updateSiteSettings,
  ZUpdateSiteSettingsInput,
} from '../../services/site/update-site-settings';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const siteRouter = createTRPCRouter({
  list: protectedProcedure
    .input(ZListSitesInput)
    .query(({ ctx, input }) => listSites(ctx.svc, input)),
  get: protectedProcedure.input(ZGetSiteInput).query(({ ctx, input }) => getSite(ctx.svc, input)),
  overview: protectedProcedure
    .input(ZGetSiteOverviewInput)
    .query(({ ctx, input }) => getSiteOverview(ctx.svc, input)),
  create: protectedProcedure
    .input(ZCreateSiteInput)
    .mutation(({ ctx, input }) => createSite(ctx.svc, input)),
  updateSettings: protectedProcedure
    .input(ZUpdateSiteSettingsInput)
    .mutation(({ ctx, input }) => updateSiteSettings(ctx.svc, input)),
});
