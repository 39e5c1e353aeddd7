import { parseDuration } from '../durations.js';
import type { TCategory, TLocale, TStorageItem, TStorageType } from '../model.js';
import { categoryFromKeywords, defaultCategoryName, makeCategory } from './categories.js';
import { assumedParty, firstHost, registrableDomain } from './hosts.js';
import { createIdAllocator, createVendorBook, itemIdBase } from './ids.js';
import { cleanLine, splitLines } from './lines.js';
import { readMatchKind } from './match-kind.js';
import type { TImportResult } from './types.js';
import { createWarningLog, type TWarningLog } from './warnings.js';

/** Options of {@link importTable}. */
export interface TTableImportOptions {
  /** Locale the tables are written in; purposes and category names go under it. `sv`. */
  locale?: TLocale;
  /**
   * The site's own domain (`kicks.se`): items on it or its subdomains are first-party. Without
   * it the importer assumes the registrable domain that more than half the rows' hosts share,
   * and says so in a warning.
   */
  siteDomain?: string;
}

type TField = 'name' | 'provider' | 'description' | 'duration' | 'domain' | 'category' | 'type';

// Header texts, lower-case, per field. Matching is on the whole cell so that a description
// that happens to say "name" is not taken for a header.
const HEADER_ALIASES: Record<string, TField> = {
  namn: 'name',
  name: 'name',
  cookie: 'name',
  'cookie name': 'name',
  cookienamn: 'name',
  kaka: 'name',
  utfärdare: 'provider',
  provider: 'provider',
  leverantör: 'provider',
  vendor: 'provider',
  issuer: 'provider',
  beskrivning: 'description',
  description: 'description',
  purpose: 'description',
  syfte: 'description',
  ändamål: 'description',
  upphör: 'duration',
  expiry: 'duration',
  expires: 'duration',
  expiration: 'duration',
  duration: 'duration',
  lagringstid: 'duration',
  varaktighet: 'duration',
  livslängd: 'duration',
  retention: 'duration',
  domain: 'domain',
  domän: 'domain',
  host: 'domain',
  category: 'category',
  kategori: 'category',
  type: 'type',
  typ: 'type',
};

const TYPE_WORDS: [RegExp, TStorageType][] = [
  [/session\s*storage/i, 'session_storage'],
  [/local\s*storage|\bhtml\b/i, 'local_storage'],
  [/indexed\s*db|\bidb\b/i, 'indexeddb'],
  [/pixel|beacon|webbfyr/i, 'pixel'],
  [/cookie|\bhttp\b|kaka/i, 'cookie'],
];

interface TRow {
  line: number;
  text: string;
  tableCategory: string;
  cells: Partial<Record<TField, string>>;
}

interface TTable {
  columns: (TField | undefined)[];
  category: string;
  /** Index in `rows` of this table's first row: a continuation never reaches further back. */
  firstRow: number;
}

const fieldOf = (cell: string): TField | undefined =>
  HEADER_ALIASES[cell.toLowerCase().replace(/:$/, '').trim()];

/** A header row names a name column and at least one other known column. */
function headerColumns(cells: string[]): (TField | undefined)[] | undefined {
  const columns = cells.map(fieldOf);
  const known = columns.filter((c) => c !== undefined);
  return known.includes('name') && known.length >= 2 ? columns : undefined;
}

const isSeparator = (cells: string[]) => cells.every((c) => /^[-–—=_:|\s]*$/.test(c));

// A heading is short and does not end like a sentence; list items are not headings.
const isHeadingLike = (line: string) =>
  line.length <= 80 && !/[.:;,!?]$/.test(line) && !/^(?:[-*•–]\s|\d+[.)]\s)/.test(line);

/**
 * Imports tab-separated cookie tables as pasted from a cookie page: a header row
 * (`Namn⇥Utfärdare⇥Beskrivning⇥Upphör`, or English `Name⇥Provider⇥Description⇥Expiry`; also
 * `Purpose`, `Duration`, `Expiration`, `Domain`, `Category`, `Type` in any order, any case)
 * followed by one row per item.
 *
 * @remarks
 * - A line starting with empty name cells continues the row above (a wrapped description):
 *   its text is appended with a space. Separator rows (`--⇥--`) and empty lines are skipped.
 *   A line without tabs ends the table.
 * - Each table's category comes from the nearest heading above it (since the previous table)
 *   that names one by keyword, Swedish or English; failing headings, the nearest paragraph;
 *   failing that, the previous table's category; failing that, `unclassified` with a warning.
 *   A `Category` column overrides it per row. Category names are Smula's standard names in the
 *   locale.
 * - Tab-separated lines outside any table whose first cell names a category (a category
 *   overview: `Analyscookies⇥Dessa cookies …`) become that category's description; other such
 *   lines are warned about.
 * - The vendor is the provider text as written (id = its slug); the item's host is the first
 *   host in the domain or provider cell. Names with a run of `XXX` or a `#` are patterns, a
 *   trailing `*` a prefix. Type defaults to cookie.
 *
 * @example
 * const { draft, warnings } = importTable(pasted, { locale: 'sv', siteDomain: 'kicks.se' });
 */
export function importTable(text: string, options: TTableImportOptions = {}): TImportResult {
  const locale = options.locale ?? 'sv';
  const log = createWarningLog();
  const { warn } = log;

  const lines = splitLines(text);
  const categories = new Map<string, TCategory>();
  const ensureCategory = (key: string, description?: string) => {
    let category = categories.get(key);
    if (!category) {
      category = makeCategory(key, { [locale]: defaultCategoryName(key, locale) ?? key });
      categories.set(key, category);
    }
    if (description && !category.description[locale]) {
      category.description = { [locale]: description };
    }
    return category;
  };

  // The first paragraph under a heading, up to the table, describes the category.
  const paragraphAfter = (from: number, to: number): string | undefined => {
    for (let i = from + 1; i < to; i++) {
      const raw = lines[i] ?? '';
      const line = cleanLine(raw);
      if (!line) continue;
      return raw.includes('\t') || isHeadingLike(line) ? undefined : line;
    }
    return undefined;
  };

  let previousCategory: string | undefined;
  const resolveCategory = (headerIndex: number, from: number): string => {
    const candidates: { index: number; line: string }[] = [];
    for (let i = headerIndex - 1; i >= from; i--) {
      const raw = lines[i] ?? '';
      const line = cleanLine(raw);
      if (line && !raw.includes('\t')) candidates.push({ index: i, line });
    }
    const found =
      candidates.find((c) => isHeadingLike(c.line) && categoryFromKeywords(c.line)) ??
      candidates.find((c) => categoryFromKeywords(c.line));
    if (found) {
      const key = categoryFromKeywords(found.line) ?? 'unclassified';
      ensureCategory(key, paragraphAfter(found.index, headerIndex));
      return key;
    }
    if (previousCategory) return previousCategory;
    const header = cleanLine(lines[headerIndex] ?? '');
    warn(headerIndex + 1, header, 'No heading above this table names a category; unclassified.');
    ensureCategory('unclassified');
    return 'unclassified';
  };

  const rows: TRow[] = [];
  let table: TTable | undefined;
  let lastTableEnd = 0;

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const hasTab = raw.includes('\t');
    if (table && !hasTab && cleanLine(raw)) {
      table = undefined;
      lastTableEnd = index;
    }
    if (!hasTab) return; // prose and headings: read back by resolveCategory

    const cells = raw.split('\t').map(cleanLine);
    const shown = cells.join(' | ');
    const columns = headerColumns(cells);
    if (columns) {
      cells.forEach((cell, i) => {
        if (cell && columns[i] === undefined) {
          warn(lineNo, shown, `Unknown column "${cell}"; its cells are ignored.`);
        }
      });
      const category = resolveCategory(index, table ? index : lastTableEnd);
      previousCategory = category;
      table = { columns, category, firstRow: rows.length };
      return;
    }
    if (isSeparator(cells)) return;

    if (!table) {
      const [first = '', ...rest] = cells.filter(Boolean);
      const key = categoryFromKeywords(first);
      if (key && rest.length > 0 && first.length <= 80) {
        ensureCategory(key, rest.join(' '));
      } else {
        warn(lineNo, shown, 'A tab-separated line outside any table (no header row above it).');
      }
      return;
    }

    const values: Partial<Record<TField, string>> = {};
    cells.forEach((cell, i) => {
      const field = table?.columns[i];
      if (!cell) return;
      if (field) values[field] = cell;
      else warn(lineNo, shown, `Cell "${cell}" is in no known column; ignored.`);
    });
    if (values.name) {
      rows.push({ line: lineNo, text: shown, tableCategory: table.category, cells: values });
      return;
    }
    const previous = rows.length > table.firstRow ? rows.at(-1) : undefined;
    if (!previous) {
      warn(lineNo, shown, 'A row without a name and no row above it to continue; ignored.');
      return;
    }
    // A wrapped row: the page broke a long cell onto the next line.
    for (const [field, value] of Object.entries(values) as [TField, string][]) {
      const before = previous.cells[field];
      previous.cells[field] = before ? `${before} ${value}` : value;
    }
  });

  const siteDomain = options.siteDomain ?? guessSiteDomain(rows, warn);
  const vendors = createVendorBook();
  const itemId = createIdAllocator();
  const items = rows.map((row): TStorageItem => {
    const c = row.cells;
    const { name, matchKind } = readMatchKind(c.name ?? '');
    const host = firstHost(c.domain ?? '') ?? firstHost(c.provider ?? '');

    let category = row.tableCategory;
    if (c.category) {
      const key = categoryFromKeywords(c.category);
      if (key) category = key;
      else warn(row.line, row.text, `Unknown category "${c.category}"; kept ${category}.`);
    }
    ensureCategory(category);

    let type: TStorageType = 'cookie';
    if (c.type) {
      const found = TYPE_WORDS.find(([re]) => re.test(c.type ?? ''))?.[1];
      if (found) type = found;
      else warn(row.line, row.text, `Unknown storage type "${c.type}"; assumed cookie.`);
    }

    const durationText = c.duration ?? '';
    const duration = parseDuration(durationText);
    if (duration.kind === 'unknown' && durationText && !/^(?:unknown|okänd)$/i.test(durationText)) {
      warn(row.line, row.text, `Could not read the duration "${durationText}"; stored as unknown.`);
    }

    const providerText = c.provider ?? c.domain;
    const vendor = providerText ? vendors.get(providerText) : undefined;

    const party = assumedParty(host, siteDomain, Boolean(providerText));

    const item: TStorageItem = {
      id: itemId(itemIdBase(category, name, host)),
      name,
      matchKind,
      type,
      party,
      duration,
      purpose: c.description ? { [locale]: c.description } : {},
      category,
    };
    if (host) item.host = host;
    if (vendor) item.vendor = vendor.id;
    return item;
  });

  return {
    draft: {
      categories: [...categories.values()].sort((a, b) => a.order - b.order),
      vendors: vendors.list(),
      items,
    },
    warnings: log.sorted(),
  };
}

/**
 * The registrable domain more than half the rows with a host share, taken for the site's own.
 * Tables on a site's cookie page mostly list its own cookies; when no domain has a majority the
 * guess would be a coin toss, so there is none and every host counts as third-party.
 */
function guessSiteDomain(rows: TRow[], warn: TWarningLog['warn']): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const row of rows) {
    const host = firstHost(row.cells.domain ?? '') ?? firstHost(row.cells.provider ?? '');
    if (!host) continue;
    total++;
    const domain = registrableDomain(host);
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  if (total === 0) return undefined;
  const [domain, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count * 2 > total) {
    warn(
      undefined,
      domain,
      `No siteDomain given: assumed the site is ${domain} (${count} of ${total} rows) to tell first- from third-party items.`,
    );
    return domain;
  }
  warn(
    undefined,
    '',
    'No siteDomain given and no domain has most rows: every item with a host counts as third-party.',
  );
  return undefined;
}
