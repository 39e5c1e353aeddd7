import {
  applyScanAdditions,
  previewScanAdditions,
  ZApplyScanAdditionsInput,
  ZScanAdditionsInput,
} from '../../services/scan/add-from-scan';
import { getScan, ZGetScanInput } from '../../services/scan/get-scan';
import {
  getLatestScan,
  listScanPublishWarnings,
  ZLatestScanInput,
} from '../../services/scan/latest-scan';
import { listScans, ZListScansInput } from '../../services/scan/list-scans';
import {
  getScanSchedule,
  setScanSchedule,
  ZGetScanScheduleInput,
  ZSetScanScheduleInput,
} from '../../services/scan/scan-schedule';
import { startScan, ZStartScanInput } from '../../services/scan/start-scan';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/** Scans of a site: viewers read; editors and above start them, schedule them, add from them. */
export const scanRouter = createTRPCRouter({
  start: protectedProcedure
    .input(ZStartScanInput)
    .mutation(({ ctx, input }) => startScan(ctx.svc, input)),
  list: protectedProcedure
    .input(ZListScansInput)
    .query(({ ctx, input }) => listScans(ctx.svc, input)),
  get: protectedProcedure.input(ZGetScanInput).query(({ ctx, input }) => getScan(ctx.svc, input)),
  latest: protectedProcedure
    .input(ZLatestScanInput)
    .query(({ ctx, input }) => getLatestScan(ctx.svc, input)),
  publishWarnings: protectedProcedure
    .input(ZLatestScanInput)
    .query(({ ctx, input }) => listScanPublishWarnings(ctx.svc, input)),
  schedule: protectedProcedure
    .input(ZGetScanScheduleInput)
    .query(({ ctx, input }) => getScanSchedule(ctx.svc, input)),
  setSchedule: protectedProcedure
    .input(ZSetScanScheduleInput)
    .mutation(({ ctx, input }) => setScanSchedule(ctx.svc, input)),
  previewAdditions: protectedProcedure
    .input(ZScanAdditionsInput)
    .mutation(({ ctx, input }) => previewScanAdditions(ctx.svc, input)),
  applyAdditions: protectedProcedure
    .input(ZApplyScanAdditionsInput)
    .mutation(({ ctx, input }) => applyScanAdditions(ctx.svc, input)),
});
