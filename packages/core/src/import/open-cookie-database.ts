import { parseCsvRecords } from '../csv.js';
import { parseDuration } from '../durations.js';
import type { TLocale, TStandardCategory, TStorageItem } from '../model.js';
import { firstHost, sameSite } from './hosts.js';
import { createIdAllocator, itemIdBase, slugify } from './ids.js';
import type { TImportWarning } from './types.js';

/**
 * One row of the Open Cookie Database
 * (github.com/jkwakman/Open-Cookie-Database, Apache-2.0). Smula does not ship the database: the
 * operator loads it at run time (official raw URL or a local path) and keeps its attribution.
 */
export interface TOcdRow {
  id: string;
  platform: string;
  /** As the database writes it: `Analytics`, `Marketing`, `Functional`, `Security` … */
  category: string;
  /** `Cookie / Data Key name`; a prefix when `wildcard` is true. */
  name: string;
  domain: string;
  description: string;
  /** Free text in many spellings (`1 year`, `session`, `2 years after last activity`). */
  retention: string;
  dataController: string;
  /** `User Privacy & GDPR Rights Portals`: usually the controller's privacy policy. */
  privacyUrl: string;
  /** `Wildcard match` = `1`: `name` matches every key that starts with it. */
  wildcard: boolean;
}

const OCD_COLUMNS: Record<string, Exclude<keyof TOcdRow, 'wildcard'> | 'wildcard'> = {
  id: 'id',
  platform: 'platform',
  category: 'category',
  'cookie / data key name': 'name',
  domain: 'domain',
  description: 'description',
  'retention period': 'retention',
  'data controller': 'dataController',
  'user privacy & gdpr rights portals': 'privacyUrl',
  'wildcard match': 'wildcard',
};
const OCD_REQUIRED: (keyof TOcdRow)[] = ['id', 'category', 'name'];

/**
 * Parses the Open Cookie Database CSV (`ID,Platform,Category,Cookie / Data Key name,Domain,
 * Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match`;
 * columns found by header name, any order). Every data line ends up either as a row or as a
 * warning: rows with a cell count unlike the header's (a broken quote), without id, category or
 * name, or with a wildcard flag other than `0`/`1` are reported; the last ones are kept as
 * exact names.
 */
export function parseOpenCookieDatabaseCsv(text: string): {
  rows: TOcdRow[];
  warnings: TImportWarning[];
} {
  const warnings: TImportWarning[] = [];
  const parsed = parseCsvRecords(text);
  if (parsed.unterminatedQuoteLine !== undefined) {
    warnings.push({
      line: parsed.unterminatedQuoteLine,
      text: '"',
      message: 'A quoted field never closes: the rest of the file was read into it.',
    });
  }
  const records = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...data] = records;
  if (!header) return { rows: [], warnings: [{ text: '', message: 'Empty file: no header row.' }] };

  const columns = header.cells.map((c) => OCD_COLUMNS[c.trim().toLowerCase()]);
  header.cells.forEach((c, i) => {
    if (columns[i] === undefined) {
      warnings.push({ line: header.line, text: c, message: `Unknown column "${c}"; ignored.` });
    }
  });
  const missing = OCD_REQUIRED.filter((f) => !columns.includes(f));
  if (missing.length > 0) {
    warnings.push({
      line: header.line,
      text: header.cells.join(','),
      message: `Not an Open Cookie Database header: missing ${missing.join(', ')}.`,
    });
    return { rows: [], warnings };
  }

  const rows: TOcdRow[] = [];
  for (const record of data) {
    const rowText = record.cells.join(',');
    const warn = (message: string) => warnings.push({ line: record.line, text: rowText, message });
    if (record.cells.length !== header.cells.length) {
      warn(
        `${record.cells.length} cells where the header has ${header.cells.length}; row skipped.`,
      );
      continue;
    }
    const row: TOcdRow = {
      id: '',
      platform: '',
      category: '',
      name: '',
      domain: '',
      description: '',
      retention: '',
      dataController: '',
      privacyUrl: '',
      wildcard: false,
    };
    let wildcardText = '';
    record.cells.forEach((cell, i) => {
      const field = columns[i];
      if (field === 'wildcard') wildcardText = cell.trim();
      else if (field) row[field] = cell.trim();
    });
    const lacking = OCD_REQUIRED.filter((f) => !row[f]);
    if (lacking.length > 0) {
      warn(`No ${lacking.join(', ')}; row skipped.`);
      continue;
    }
    if (wildcardText === '1') row.wildcard = true;
    else if (wildcardText !== '0' && wildcardText !== '') {
      warn(`Wildcard match "${wildcardText}" is neither 0 nor 1; read as 0 (exact name).`);
    }
    rows.push(row);
  }
  return { rows, warnings };
}

/** A storage item Smula suggests from an Open Cookie Database row; a person decides. */
export interface TOcdSuggestion {
  /** The item, in the category Smula may put it in without review (see `suggestedCategory`). */
  item: TStorageItem;
  vendor: { id: string; name: string; privacyPolicyUrl?: string };
  ocdId: string;
  /** Where the database's classification points; may differ from `item.category`. */
  suggestedCategory: TStandardCategory;
  needsReview: boolean;
  reviewReason?: string;
}

/** Options of {@link fromOpenCookieDatabase}. */
export interface TOcdOptions {
  /** Locale of the purposes; the database is in English. `en`. */
  locale?: TLocale;
  /** The site's own domain: a row whose domain is on it is first-party. */
  siteDomain?: string;
}

const DIRECT: Record<string, TStandardCategory> = {
  analytics: 'statistics',
  marketing: 'marketing',
  personalization: 'preferences',
};

// A required category is set without consent: putting storage there is a legal judgement
// (ePrivacy 5(3) "strictly necessary") the database cannot make for a site, so these rows wait
// in unclassified, blocked like any non-consented storage, until a person moves them.
const REVIEW_REASONS: Record<string, string> = {
  functional:
    'The Open Cookie Database calls it Functional. Only a person can decide that it is strictly necessary for this site (and write the necessity justification); until then it stays unclassified and blocked.',
  security:
    'The Open Cookie Database calls it Security. Only a person can decide that it is strictly necessary for this site (and write the necessity justification); until then it stays unclassified and blocked.',
  necessary:
    'The Open Cookie Database calls it Necessary. Whether it is strictly necessary on this site, and why, is for a person to confirm (the necessity justification is required); until then it stays unclassified and blocked.',
};

/**
 * The party of a row: `(3rd party)` in the domain says third; no domain means the site's own
 * domain (how the database writes cookies such as `_ga` that scripts set on the visited site);
 * a named domain is first-party only when it is `siteDomain`'s.
 */
function partyOf(domain: string, siteDomain: string | undefined): 'first' | 'third' {
  if (/3rd party|third party/i.test(domain)) return 'third';
  const host = firstHost(domain);
  if (!host) return 'first';
  return siteDomain && sameSite(host, siteDomain) ? 'first' : 'third';
}

// The database puts "Local Storage" in the retention column of some keys: the type, not a time
// (parseDuration reads it as persistent, which local storage is).
const isLocalStorage = (retention: string) => /^local\s*storage$/i.test(retention.trim());

/**
 * Turns Open Cookie Database rows into storage-item suggestions.
 *
 * @remarks
 * Categories (compliance.md, "Data sets"): Analytics → statistics, Marketing → marketing,
 * Personalization → preferences, taken as they are (`needsReview: false`). Functional, Security
 * and Necessary are never put in `necessary` automatically: the item goes to `unclassified`
 * with `suggestedCategory: 'necessary'`, `needsReview: true` and the reason. Any other category
 * goes to `unclassified` for review, with a warning. `Wildcard match` 1 → `matchKind: 'prefix'`.
 * The vendor is the data controller (the platform when there is none). Item ids are slugs of
 * category, name and host like every importer's, numbered in row order when they repeat.
 */
export function fromOpenCookieDatabase(
  rows: readonly TOcdRow[],
  options: TOcdOptions = {},
): { suggestions: TOcdSuggestion[]; warnings: TImportWarning[] } {
  const locale = options.locale ?? 'en';
  const warnings: TImportWarning[] = [];
  const itemId = createIdAllocator();
  const suggestions = rows.map((row): TOcdSuggestion => {
    const ocdCategory = row.category.trim().toLowerCase();
    const direct = DIRECT[ocdCategory];
    const reason = REVIEW_REASONS[ocdCategory];
    let category: TStandardCategory;
    let suggestedCategory: TStandardCategory;
    let reviewReason: string | undefined;
    // One reading of the database's categories: the same as ocdSuggestedCategory.
    if (direct) {
      category = suggestedCategory = direct;
    } else if (reason) {
      category = 'unclassified';
      suggestedCategory = 'necessary';
      reviewReason = reason;
    } else {
      category = suggestedCategory = 'unclassified';
      reviewReason = `The Open Cookie Database category "${row.category}" maps to none of Smula's.`;
      warnings.push({ text: row.id, message: `${row.name}: unknown category "${row.category}".` });
    }

    const host = firstHost(row.domain);
    const vendorName = row.dataController || row.platform || 'Unknown';
    const item: TStorageItem = {
      id: itemId(itemIdBase(category, row.name, host)),
      name: row.name,
      matchKind: row.wildcard ? 'prefix' : 'exact',
      type: isLocalStorage(row.retention) ? 'local_storage' : 'cookie',
      party: partyOf(row.domain, options.siteDomain),
      duration: parseDuration(row.retention),
      purpose: row.description ? { [locale]: row.description } : {},
      category,
      vendor: slugify(vendorName),
    };
    if (host) item.host = host;
    const vendor: TOcdSuggestion['vendor'] = { id: slugify(vendorName), name: vendorName };
    if (/^https?:\/\//i.test(row.privacyUrl)) vendor.privacyPolicyUrl = row.privacyUrl;
    const suggestion: TOcdSuggestion = {
      item,
      vendor,
      ocdId: row.id,
      suggestedCategory,
      needsReview: reviewReason !== undefined,
    };
    if (reviewReason) suggestion.reviewReason = reviewReason;
    return suggestion;
  });
  return { suggestions, warnings };
}

/**
 * Where an Open Cookie Database row's category points in Smula's standard categories:
 * Analytics → statistics, Marketing → marketing, Personalization → preferences; Functional,
 * Security and Necessary → necessary (a suggestion only: see {@link fromOpenCookieDatabase});
 * anything else → unclassified.
 */
export function ocdSuggestedCategory(row: Pick<TOcdRow, 'category'>): TStandardCategory {
  const key = row.category.trim().toLowerCase();
  return DIRECT[key] ?? (REVIEW_REASONS[key] ? 'necessary' : 'unclassified');
}

// Names this short (`s`, `id`) are used by many unrelated scripts: the database's row says
// something only where its domain is the host the key was seen on.
const SHORT_NAME = 3;

/**
 * The Open Cookie Database row for an observed storage key: an exact name first, else the
 * wildcard row with the longest prefix of it (`_ga_ABC123` → the `_ga_` row). Case-sensitive,
 * as cookie names are. For the scanner; a linear search, fast enough for the ~2,300 rows.
 *
 * @remarks
 * With `host` (where the key was seen) the match is host-aware: rows whose domain shares the
 * host's registrable domain win over rows that name another domain or none, and a name shorter
 * than three characters matches only such a row, so `s` on `shop.test` is not taken for
 * Adobe's `s` cookie. Without `host`, names alone decide.
 */
export function matchOcd(
  name: string,
  rows: readonly TOcdRow[],
  host?: string,
): TOcdRow | undefined {
  const fits = (row: TOcdRow) => {
    if (!host) return true;
    const rowHost = firstHost(row.domain);
    return rowHost !== undefined && sameSite(rowHost, host);
  };
  // Rank: 4 exact and fitting, 3 wildcard and fitting, 2 exact, 1 wildcard; longer prefixes
  // first within a rank.
  let best: TOcdRow | undefined;
  let bestRank = 0;
  for (const row of rows) {
    const exact = !row.wildcard && row.name === name;
    const prefix = row.wildcard && name.startsWith(row.name);
    if (!exact && !prefix) continue;
    const fit = fits(row);
    if (!fit && row.name.length < SHORT_NAME) continue;
    const rank = (fit ? 2 : 0) + (exact ? 2 : 1);
    if (rank > bestRank || (rank === bestRank && best && row.name.length > best.name.length)) {
      best = row;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Hints from the Open Cookie Database for imported items whose category the declaration did
 * not give (`unclassified`): a warning per item naming the database's category and the Smula
 * category it suggests. Matching passes the item's host (see {@link matchOcd}), and a row for
 * another domain is called a weak hint. Never changes an item: a person decides.
 */
export function ocdImportHints(
  items: readonly Pick<TStorageItem, 'name' | 'host' | 'category'>[],
  rows: readonly TOcdRow[],
): TImportWarning[] {
  if (rows.length === 0) return [];
  const hints: TImportWarning[] = [];
  for (const item of items) {
    if (item.category !== 'unclassified') continue;
    const row = matchOcd(item.name, rows, item.host);
    if (!row) continue;
    const rowHost = firstHost(row.domain);
    const fits = item.host && rowHost ? sameSite(rowHost, item.host) : false;
    const where = rowHost ? ` on ${rowHost}` : '';
    const suggested = ocdSuggestedCategory(row);
    hints.push({
      text: item.name,
      message:
        fits || !item.host || !rowHost
          ? `${item.name}: the Open Cookie Database lists it as ${row.category} (${row.platform}${where}); consider the ${suggested} category.`
          : `${item.name}: a weak hint only: the Open Cookie Database lists a cookie of this name as ${row.category} (${row.platform}${where}), not on ${item.host}.`,
    });
  }
  return hints;
}
