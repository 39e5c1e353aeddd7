import type { TOcdRow } from '@smula/core/import';
import type { z } from 'zod';
import type { TDbOrTx } from '../../db/client';
import { ocdEntries } from '../../db/schema/ocd';
import { requireSite, type TServiceCtx } from '../context';
import { readDeclarationRows } from '../declaration/read-declaration';
import { toOcdRow } from '../ocd/rows';
import { planCounts, planImport, type TImportPlan } from './plan-import';
import {
  importLocale,
  runImporter,
  type TImportInput,
  type TRecognised,
  ZImportInput,
} from './run-importer';

export const ZPreviewImportInput = ZImportInput;

/** What a preview shows: every entity that would be created or changed, with before and after. */
export function describePlan(
  plan: TImportPlan,
  input: TImportInput,
  siteLocales: string[],
  recognised?: TRecognised,
) {
  const warnings = [...plan.warnings];
  const locale = importLocale(input);
  if (locale && !siteLocales.includes(locale)) {
    warnings.unshift({
      text: locale,
      message: `Texts are imported as “${locale}”, which is not one of the site’s locales (${siteLocales.join(', ')}): add the locale, or import with another one.`,
    });
  }
  return {
    format: input.format,
    /** With `auto`: the format recognised and how sure (0–1). */
    recognised: recognised ?? null,
    planHash: plan.hash,
    counts: planCounts(plan),
    categories: plan.categories.map((c) => ({
      action: c.action,
      key: c.after.key,
      changes: c.changes,
      before: c.before ?? null,
      after: c.after,
    })),
    vendors: plan.vendors.map((v) => ({
      action: v.action,
      slug: v.after.id,
      name: v.after.name,
      changes: v.changes,
      before: v.before ?? null,
      after: v.after,
    })),
    items: plan.items.map((i) => ({
      action: i.action,
      name: i.after.name,
      host: i.after.host ?? null,
      type: i.after.type,
      category: i.after.category,
      vendor: i.after.vendor ?? null,
      changes: i.changes,
      before: i.before ?? null,
      after: i.after,
    })),
    warnings,
  };
}

/** The loaded Open Cookie Database (none until an operator loads it), for the preview's hints. */
export async function ocdRowsFor(db: TDbOrTx): Promise<TOcdRow[]> {
  return (await db.select().from(ocdEntries)).map(toOcdRow);
}

/**
 * Runs the importer and shows what applying it would create and change, with the importer's
 * warnings. Writes nothing. Its `planHash` lets {@link applyImport} refuse when the site
 * changed in between.
 */
export async function previewImport(ctx: TServiceCtx, raw: z.input<typeof ZPreviewImportInput>) {
  const input = ZPreviewImportInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const imported = runImporter(input, site.settings, await ocdRowsFor(ctx.db));
  const plan = planImport(await readDeclarationRows(ctx.db, site.id), imported, {
    mergeVendors: input.format !== 'csv',
  });
  return describePlan(plan, input, site.settings.locales, imported.recognised);
}
