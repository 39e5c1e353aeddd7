/**
 * `@smula/core/import`: importers that turn existing cookie declarations into a partial Smula
 * declaration ({@link TImportedDraft}) for the admin to merge, plus the CSV tools under them.
 *
 * - {@link importCookiebotDeclaration}: a Cookiebot declaration pasted as text.
 * - {@link importDeclarationText}: any of the shapes below, recognised by content.
 * - {@link importOneTrustJson}: OneTrust's cookie-list JSON (cdn.cookielaw.org language file).
 * - {@link cookiebotScriptHtml}: the HTML inside Cookiebot's declaration script (cd.js).
 * - {@link importTable}: tab-separated cookie tables pasted from a cookie page.
 * - {@link importItemsCsv} / {@link exportItemsCsv}: Smula's own item CSV, lossless both ways.
 * - {@link parseOpenCookieDatabaseCsv}, {@link fromOpenCookieDatabase}, {@link matchOcd}: the
 *   Open Cookie Database as a source of suggestions, loaded at run time, never shipped.
 *
 * Pure and browser-safe like the rest of core. Importers never throw on bad input: whatever
 * they cannot use comes back as a {@link TImportWarning} naming the line. See README.md here.
 *
 * @packageDocumentation
 */

export { parseCsv, parseCsvRecords, type TCsvParse, type TCsvRecord, toCsv } from '../csv.js';
export { importCookiebotDeclaration, type TCookiebotImportOptions } from './cookiebot.js';
export {
  cookiebotScriptHtml,
  embeddedDeclarationUrl,
  isCookiebotScript,
} from './cookiebot-script.js';
export {
  importDeclarationText,
  type TDeclarationFormat,
  type TDeclarationImportOptions,
  type TDeclarationImportResult,
} from './detect.js';
export { hostOfUrl, registrableDomain, sameSite } from './hosts.js';
export { isCookieLikeToken, readDeclaredName } from './names.js';
export {
  importOneTrustJson,
  oneTrustLanguageUrls,
  parseOneTrustJson,
  type TOneTrustJsonOptions,
} from './onetrust-json.js';
export {
  fromOpenCookieDatabase,
  matchOcd,
  ocdImportHints,
  ocdSuggestedCategory,
  parseOpenCookieDatabaseCsv,
  type TOcdOptions,
  type TOcdRow,
  type TOcdSuggestion,
} from './open-cookie-database.js';
export {
  exportItemsCsv,
  formatDurationCell,
  ITEM_CSV_COLUMNS,
  importItemsCsv,
} from './smula-csv.js';
export { importTable, type TTableImportOptions } from './table.js';
export type { TImportedDraft, TImportResult, TImportWarning } from './types.js';
