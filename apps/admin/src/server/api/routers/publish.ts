import {
  compareVersions,
  discardDraftChanges,
  getVersion,
  listVersions,
  restoreVersionIntoDraft,
  rollbackToVersion,
  ZCompareVersionsInput,
  ZDiscardDraftInput,
  ZGetVersionInput,
  ZListVersionsInput,
  ZRestoreVersionInput,
  ZRollbackInput,
} from '../../services/publish/history';
import { previewPublish, ZPreviewPublishInput } from '../../services/publish/preview-publish';
import { publishSite, ZPublishSiteInput } from '../../services/publish/publish-site';
import { createTRPCRouter, protectedProcedure } from '../trpc';

export const publishRouter = createTRPCRouter({
  preview: protectedProcedure
    .input(ZPreviewPublishInput)
    .query(({ ctx, input }) => previewPublish(ctx.svc, input)),
  publish: protectedProcedure
    .input(ZPublishSiteInput)
    .mutation(({ ctx, input }) => publishSite(ctx.svc, input)),
  versions: protectedProcedure
    .input(ZListVersionsInput)
    .query(({ ctx, input }) => listVersions(ctx.svc, input)),
  version: protectedProcedure
    .input(ZGetVersionInput)
    .query(({ ctx, input }) => getVersion(ctx.svc, input)),
  compare: protectedProcedure
    .input(ZCompareVersionsInput)
    .query(({ ctx, input }) => compareVersions(ctx.svc, input)),
  rollback: protectedProcedure
    .input(ZRollbackInput)
    .mutation(({ ctx, input }) => rollbackToVersion(ctx.svc, input)),
  restore: protectedProcedure
    .input(ZRestoreVersionInput)
    .mutation(({ ctx, input }) => restoreVersionIntoDraft(ctx.svc, input)),
  discardDraft: protectedProcedure
    .input(ZDiscardDraftInput)
    .mutation(({ ctx, input }) => discardDraftChanges(ctx.svc, input)),
});
