import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readDeclarationRows } from '../../server/services/declaration/read-declaration';
import { importIntoSite } from '../../server/services/import/apply-import';
import { planImport } from '../../server/services/import/plan-import';
import { describePlan } from '../../server/services/import/preview-import';
import {
  IMPORT_FORMATS,
  runImporter,
  type TImportFormat,
  ZImportInput,
} from '../../server/services/import/run-importer';
import {
  CliError,
  EXIT,
  printCounts,
  printWarnings,
  resolvePath,
  siteByKey,
  str,
  type TCommand,
} from '../command';

/** `.csv` is Smula CSV; anything else is read as a Cookiebot-style declaration unless told. */
function formatOf(file: string, given: string | undefined): TImportFormat {
  if (given !== undefined) {
    if (!(IMPORT_FORMATS as readonly string[]).includes(given))
      throw new CliError(
        `Unknown --format "${given}"; use one of ${IMPORT_FORMATS.join(', ')}.`,
        EXIT.usage,
      );
    return given as TImportFormat;
  }
  return extname(file).toLowerCase() === '.csv' ? 'csv' : 'cookiebot';
}

export const importCommand: TCommand = {
  summary: 'Import a declaration file into a site: preview, then apply (or --dry-run).',
  usage: '<siteKey> <file> [--format auto|cookiebot|table|csv] [--locale sv] [--dry-run]',
  help: `Formats: cookiebot (a Cookiebot-style declaration as text), table (a pasted cookie table),
csv (Smula CSV, as export-csv writes it). Default: csv for *.csv files, else cookiebot.
Prints what would be created, updated and left unchanged, and the importer's warnings; without
--dry-run it then applies it in one transaction, recorded in the audit log.`,
  positionals: { min: 2, max: 2 },
  options: {
    format: { type: 'string' },
    locale: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  async prepare({ positionals, values }) {
    const file = positionals[1]!;
    const format = formatOf(file, str(values.format));
    const text = await readFile(resolvePath(file), 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new CliError(`Cannot read ${file}: ${err.code ?? err.message}`);
    });
    return { format, text };
  },
  async run({ db, positionals, values, prepared }) {
    const { format, text } = prepared as { format: TImportFormat; text: string };
    const site = await siteByKey(db, positionals[0]!);
    const input = ZImportInput.parse({ siteId: site.id, format, text, locale: str(values.locale) });
    // The preview an editor sees, computed the same way (the operator needs no membership).
    const plan = planImport(
      await readDeclarationRows(db, site.id),
      runImporter(input, site.settings),
      { mergeVendors: format !== 'csv' },
    );
    const preview = describePlan(plan, input, site.settings.locales);
    console.log(`Import into "${site.settings.name}" (${format}):`);
    printCounts(preview.counts);
    printWarnings(preview.warnings);
    if (values['dry-run'] === true) {
      console.log('Dry run: nothing was changed.');
      return 0;
    }
    const applied = await importIntoSite(db, site, { ...input, planHash: plan.hash }, null);
    console.log('Applied:');
    printCounts(applied.counts);
    return 0;
  },
};
