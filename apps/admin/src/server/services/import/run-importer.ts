import type { TSiteSettings } from '@smula/core';
import {
  importCookiebotDeclaration,
  importDeclarationText,
  importItemsCsv,
  importTable,
  ocdImportHints,
  type TImportResult,
  type TOcdRow,
} from '@smula/core/import';
import { z } from 'zod';

import { IMPORT_FORMATS, ZImportText } from '../../../lib/schemas/import';

export {
  IMPORT_FORMATS,
  MAX_IMPORT_CHARS,
  type TImportFormat,
} from '../../../lib/schemas/import';

export const ZImportInput = z.object({
  siteId: z.uuid(),
  format: z.enum(IMPORT_FORMATS),
  text: ZImportText,
  /**
   * The language the pasted texts are written in. Defaults: English for a Cookiebot
   * declaration (Cookiebot's text form), Swedish for a pasted table; Smula CSV names its locales.
   */
  locale: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'a language code such as "sv" or "en"')
    .optional(),
});
export type TImportInput = z.infer<typeof ZImportInput>;

/** What `auto` recognised the input as, for the preview to show. */
export interface TRecognised {
  format: string;
  confidence: number;
}

/**
 * Runs core's importer for the format with what the site knows (its own domain). With Open
 * Cookie Database rows, unclassified items get a hint each (matched with their host); the
 * items themselves are not changed.
 */
export function runImporter(
  input: TImportInput,
  settings: TSiteSettings,
  ocdRows: readonly TOcdRow[] = [],
): TImportResult & { recognised?: TRecognised } {
  const result = runFormat(input, settings);
  const hints = input.format === 'csv' ? [] : ocdImportHints(result.draft.items, ocdRows);
  return hints.length ? { ...result, warnings: [...result.warnings, ...hints] } : result;
}

function runFormat(
  input: TImportInput,
  settings: TSiteSettings,
): TImportResult & { recognised?: TRecognised } {
  const siteDomain = settings.domains[0]?.replace(/^\*\./, '');
  const common = {
    ...(input.locale ? { locale: input.locale } : {}),
    ...(siteDomain ? { siteDomain } : {}),
  };
  switch (input.format) {
    case 'auto': {
      const { format, confidence, ...result } = importDeclarationText(input.text, common);
      return { ...result, recognised: { format, confidence } };
    }
    case 'cookiebot':
      return importCookiebotDeclaration(input.text, common);
    case 'table':
      return importTable(input.text, common);
    case 'csv':
      return importItemsCsv(input.text);
  }
}

/** The locale an importer wrote texts under, when the input did not say. */
export function importLocale(input: TImportInput): string | undefined {
  if (input.locale) return input.locale;
  if (input.format === 'cookiebot' || input.format === 'auto') return 'en';
  if (input.format === 'table') return 'sv';
  return undefined;
}
