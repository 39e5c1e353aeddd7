import { createOrRefreshDemo, demoStatus } from '../../demo/create-or-refresh-demo';
import {
  loadDeclaration,
  ZLoadDeclarationInput,
} from '../../services/declaration/load-declaration';
import {
  listMissingTranslations,
  ZListMissingTranslationsInput,
} from '../../services/declaration/missing-translations';
import {
  updateAppearance,
  ZUpdateAppearanceInput,
} from '../../services/declaration/update-appearance';
import { updateTexts, ZUpdateTextsInput } from '../../services/declaration/update-texts';
import { applyImport, ZApplyImportInput } from '../../services/import/apply-import';
import { exportCsv, ZExportCsvInput } from '../../services/import/export-csv';
import { previewImport, ZPreviewImportInput } from '../../services/import/preview-import';
import { createTRPCRouter, protectedProcedure } from '../trpc';

/**
 * The declaration as a whole: the draft, texts and appearance, import and export, the demo.
 * Reads: viewers; writes and import previews: editors (checked in services).
 */
export const declarationRouter = createTRPCRouter({
  get: protectedProcedure
    .input(ZLoadDeclarationInput)
    .query(({ ctx, input }) => loadDeclaration(ctx.svc, input)),
  missingTranslations: protectedProcedure
    .input(ZListMissingTranslationsInput)
    .query(({ ctx, input }) => listMissingTranslations(ctx.svc, input)),
  updateTexts: protectedProcedure
    .input(ZUpdateTextsInput)
    .mutation(({ ctx, input }) => updateTexts(ctx.svc, input)),
  updateAppearance: protectedProcedure
    .input(ZUpdateAppearanceInput)
    .mutation(({ ctx, input }) => updateAppearance(ctx.svc, input)),
  previewImport: protectedProcedure
    .input(ZPreviewImportInput)
    .mutation(({ ctx, input }) => previewImport(ctx.svc, input)),
  applyImport: protectedProcedure
    .input(ZApplyImportInput)
    .mutation(({ ctx, input }) => applyImport(ctx.svc, input)),
  exportCsv: protectedProcedure
    .input(ZExportCsvInput)
    .query(({ ctx, input }) => exportCsv(ctx.svc, input)),
  // Any signed-in user, on a demo organisation of their own: load creates it once (a second
  // press opens it untouched); reset replaces its draft with the fixture (confirmed in the UI).
  loadDemo: protectedProcedure.mutation(({ ctx }) =>
    createOrRefreshDemo(ctx.db, { actorId: ctx.actor.id, keepExisting: true }),
  ),
  demoStatus: protectedProcedure.query(({ ctx }) => demoStatus(ctx.db, ctx.actor.id)),
  resetDemo: protectedProcedure.mutation(({ ctx }) =>
    createOrRefreshDemo(ctx.db, { actorId: ctx.actor.id }),
  ),
});
