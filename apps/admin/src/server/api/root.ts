import { accountRouter } from './routers/account';
import { auditRouter } from './routers/audit';
import { categoryRouter } from './routers/category';
import { consentRouter } from './routers/consent';
import { declarationRouter } from './routers/declaration';
import { invitationRouter } from './routers/invitation';
import { memberRouter } from './routers/member';
import { ocdRouter } from './routers/ocd';
import { organisationRouter } from './routers/organisation';
import { publishRouter } from './routers/publish';
import { scanRouter } from './routers/scan';
import { setupRouter } from './routers/setup';
import { siteRouter } from './routers/site';
import { storageItemRouter } from './routers/storage-item';
import { vendorRouter } from './routers/vendor';
import { webhookRouter } from './routers/webhook';
import { createCallerFactory, createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  account: accountRouter,
  publish: publishRouter,
  setup: setupRouter,
  organisation: organisationRouter,
  site: siteRouter,
  member: memberRouter,
  invitation: invitationRouter,
  category: categoryRouter,
  vendor: vendorRouter,
  storageItem: storageItemRouter,
  declaration: declarationRouter,
  audit: auditRouter,
  ocd: ocdRouter,
  consent: consentRouter,
  scan: scanRouter,
  webhook: webhookRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side calls (RSC prefetch, tests): `createCaller({ db, actor })`. */
export const createCaller = createCallerFactory(appRouter);
