import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readDeclarationRows } from '../../server/services/declaration/read-declaration';
import { importIntoSite } from '../../server/services/import/apply-import';
import { fetchDeclarationSource } from '../../server/services/import/fetch-import-url';
import { planImport } from '../../server/services/import/plan-import';
import { describePlan, ocdRowsFor } from '../../server/services/import/preview-import';
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

/** `.csv` is Smula CSV (what export-csv writes); anything else is recognised by its content
 * unless told, as the admin's Import tab does. */
function formatOf(file: string, given: string | undefined): TImportFormat {
  if (given !== undefined) {
    if (!(IMPORT_FORMATS as readonly string[]).includes(given))
      throw new CliError(
        `Unknown --format "${given}"; use one of ${IMPORT_FORMATS.join(', ')}.`,
        EXIT.usage,
      );
    return given as TImportFormat;
  }
  return extname(file).toLowerCase() === '.csv' ? 'csv' : 'auto';
}

export const importCommand: TCommand = {
  summary: 'Import a declaration file or URL into a site: preview, then apply (or --dry-run).',
  usage:
    '<siteKey> (<file> | --url URL) [--format auto|cookiebot|table|csv] [--locale sv] [--dry-run]',
  help: `Formats: auto (recognise Cookiebot, OneTrust, CookieYes, Complianz, HTML, markdown, TSV/CSV
tables or prose by their content), cookiebot (a Cookiebot-style declaration as text), table (a
pasted cookie table), csv (Smula CSV, as export-csv writes it). Default: csv for *.csv files,
else auto.
--url fetches a public cookie page, Cookiebot's declaration script (consent.cookiebot.com/<cbid>/cd.js)
or OneTrust's cookie-list JSON (cdn.cookielaw.org/consent/…json) instead of reading a file, under the
scanner's rules: http(s) only, public addresses only (SMULA_SCAN_ALLOW_PRIVATE=1 allows private ones),
never the admin's own host, redirects only within the same host, 2 MB and 20 s at most.
Prints what would be created, updated and left unchanged, and the importer's warnings; without
--dry-run it then applies it in one transaction, recorded in the audit log.`,
  positionals: { min: 1, max: 2 },
  options: {
    url: { type: 'string' },
    format: { type: 'string' },
    locale: { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  async prepare({ positionals, values }) {
    const url = str(values.url);
    const file = positionals[1];
    if ((url === undefined) === (file === undefined))
      throw new CliError('Give either a file or --url, not both and not neither.', EXIT.usage);
    if (url !== undefined) {
      const fetched = await fetchDeclarationSource(url, { locale: str(values.locale) }).catch(
        (err: Error) => {
          throw new CliError(err.message);
        },
      );
      console.log(`Fetched ${fetched.url} (${fetched.contentType || 'no content type'}).`);
      return { format: formatOf('', str(values.format)), text: fetched.text };
    }
    const format = formatOf(file!, str(values.format));
    const text = await readFile(resolvePath(file!), 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new CliError(`Cannot read ${file}: ${err.code ?? err.message}`);
    });
    return { format, text };
  },
  async run({ db, positionals, values, prepared }) {
    const { format, text } = prepared as { format: TImportFormat; text: string };
    const site = await siteByKey(db, positionals[0]!);
    const input = ZImportInput.parse({ siteId: site.id, format, text, locale: str(values.locale) });
    // The preview an editor sees, computed the same way (the operator needs no membership).
    const imported = runImporter(input, site.settings, await ocdRowsFor(db));
    const plan = planImport(await readDeclarationRows(db, site.id), imported, {
      mergeVendors: format !== 'csv',
    });
    const preview = describePlan(plan, input, site.settings.locales, imported.recognised);
    const read = preview.recognised
      ? `recognised as ${preview.recognised.format}, ${Math.round(preview.recognised.confidence * 100)} % sure`
      : format;
    console.log(`Import into "${site.settings.name}" (${read}):`);
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
