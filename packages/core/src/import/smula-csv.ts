import { parseCsvRecords, toCsv, unguardCsvCell } from '../csv.js';
import { parseDuration } from '../durations.js';
import {
  LEGAL_BASES,
  MATCH_KINDS,
  STORAGE_TYPES,
  type TCategory,
  type TDuration,
  type TLegalBasis,
  type TLocale,
  type TMatchKind,
  type TStorageItem,
  type TStorageType,
  type TVendor,
} from '../model.js';
import { defaultCategoryName, makeCategory } from './categories.js';
import { createIdAllocator, itemIdBase } from './ids.js';
import { readMatchKind } from './match-kind.js';
import type { TImportResult, TImportWarning } from './types.js';

/**
 * The columns of Smula's storage-item CSV, in the order {@link exportItemsCsv} writes them;
 * `purpose:<locale>` columns (one per locale) go after `recipient_countries`.
 */
export const ITEM_CSV_COLUMNS = [
  'id',
  'category',
  'name',
  'match_kind',
  'type',
  'host',
  'party',
  'duration',
  'duration_raw',
  'vendor',
  'vendor_name',
  'recipient_countries',
  'necessity_justification',
  'legal_basis',
  'initiator',
  'source',
  'first_found_url',
] as const;
type TColumn = (typeof ITEM_CSV_COLUMNS)[number];

const PURPOSE_PREFIX = 'purpose:';
const REQUIRED: TColumn[] = ['name', 'category'];

/**
 * The machine form of a duration: `session`, `persistent`, `unknown` or `<seconds>s`
 * (`34560000s`). The `raw` text goes to its own column.
 */
export function formatDurationCell(duration: TDuration): string {
  return duration.kind === 'seconds' ? `${duration.seconds}s` : duration.kind;
}

function countriesCell(countries: string[] | undefined): string {
  if (countries === undefined) return '';
  return countries.length === 0 ? 'unknown' : countries.join(' ');
}

/**
 * Smula's storage-item CSV: one row per item under a header row, UTF-8, RFC 4180 quoting, CRLF.
 * Round-trips with {@link importItemsCsv}.
 *
 * @remarks
 * Columns (header required, any order on import; unknown columns are warned about):
 *
 * | column | content |
 * |---|---|
 * | `id` | item id; empty on import → a slug of category, name and host |
 * | `category` | category key (`necessary`, `statistics`, a custom key) — required |
 * | `name` | cookie or storage key name — required |
 * | `match_kind` | `exact`, `prefix` or `pattern`; empty → read from the name (`#`, `XXX`, `*`) |
 * | `type` | `cookie`, `local_storage`, `session_storage`, `indexeddb`, `pixel`; empty → cookie |
 * | `host` | host or domain that sets it |
 * | `party` | `first` or `third`; empty → third |
 * | `duration` | `session`, `persistent`, `unknown` or `<seconds>s`; human text (`13 månader`) is also read on import |
 * | `duration_raw` | the duration as the source wrote it (`TDuration.raw`) |
 * | `vendor` | vendor id |
 * | `vendor_name` | vendor display name; on import the vendor is created from `vendor` + this |
 * | `recipient_countries` | ISO 3166 alpha-2 codes separated by spaces; `unknown` = none known (`[]`); empty = same as the vendor's |
 * | `purpose:<locale>` | the purpose in that locale, one column per locale (`purpose:sv`, `purpose:en`) |
 * | `necessity_justification` | why a necessary item is necessary |
 * | `legal_basis` | `consent`, `strictly_necessary`, `legitimate_interest`, `contract`, `legal_obligation` |
 * | `initiator`, `source`, `first_found_url` | provenance from a scan or import |
 *
 * Promise: `importItemsCsv(exportItemsCsv(items, vendors, locales)).draft.items` deep-equals
 * `items` when purposes are in `locales` only, optional texts are not empty strings, and ids,
 * keys, names, hosts and codes carry no surrounding spaces (those cells are trimmed on import;
 * text cells are kept verbatim). Cells starting with `=`, `+`, `-`, `@` get a leading `'`
 * against spreadsheet formula injection; import removes it.
 */
export function exportItemsCsv(
  items: readonly TStorageItem[],
  vendors: readonly TVendor[],
  locales: readonly TLocale[],
): string {
  const purposeColumns = locales.map((l) => `${PURPOSE_PREFIX}${l}`);
  const at = ITEM_CSV_COLUMNS.indexOf('recipient_countries') + 1;
  const header = [
    ...ITEM_CSV_COLUMNS.slice(0, at),
    ...purposeColumns,
    ...ITEM_CSV_COLUMNS.slice(at),
  ];
  const vendorNames = new Map(vendors.map((v) => [v.id, v.name]));
  const rows = items.map((item) => {
    const cells: Record<TColumn, string> = {
      id: item.id,
      category: item.category,
      name: item.name,
      match_kind: item.matchKind,
      type: item.type,
      host: item.host ?? '',
      party: item.party,
      duration: formatDurationCell(item.duration),
      duration_raw: item.duration.raw ?? '',
      vendor: item.vendor ?? '',
      vendor_name: (item.vendor && vendorNames.get(item.vendor)) ?? '',
      recipient_countries: countriesCell(item.recipientCountries),
      necessity_justification: item.necessityJustification ?? '',
      legal_basis: item.legalBasis ?? '',
      initiator: item.initiator ?? '',
      source: item.source ?? '',
      first_found_url: item.firstFoundUrl ?? '',
    };
    // An item name picked up by a scan is third-party text: toCsv guards formulas.
    return header.map((column) =>
      column.startsWith(PURPOSE_PREFIX)
        ? (item.purpose[column.slice(PURPOSE_PREFIX.length)] ?? '')
        : cells[column as TColumn],
    );
  });
  return toCsv([header, ...rows]);
}

const MACHINE_DURATION = /^(?:session|persistent|unknown|(\d+(?:\.\d+)?)s)$/;

function readDuration(cell: string): TDuration | undefined {
  const m = MACHINE_DURATION.exec(cell);
  if (!m) return undefined;
  if (m[1] !== undefined) return { kind: 'seconds', seconds: Number(m[1]) };
  return { kind: cell as 'session' | 'persistent' | 'unknown' };
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * Imports Smula's storage-item CSV (the format {@link exportItemsCsv} documents). Vendors are
 * created from `vendor` and `vendor_name` (countries = the union of their items'), categories
 * as stubs for the keys used. Never throws: a missing required column, a row without name or
 * category, a repeated id, unknown enum values and unreadable durations or country codes are
 * warnings with the line number; bad rows are left out, bad cells fall back to a default.
 */
export function importItemsCsv(text: string): TImportResult {
  const warnings: TImportWarning[] = [];
  const empty: TImportResult = { draft: { categories: [], vendors: [], items: [] }, warnings };
  const parsed = parseCsvRecords(text);
  const records = parsed.records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (parsed.unterminatedQuoteLine !== undefined) {
    warnings.push({
      line: parsed.unterminatedQuoteLine,
      text: '"',
      message: 'A quoted field never closes: the rest of the file was read into it.',
    });
  }
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) {
    warnings.push({ text: '', message: 'No header row: nothing to import.' });
    return empty;
  }

  const headerText = headerRecord.cells.join(',');
  const index = new Map<string, number>();
  headerRecord.cells.forEach((raw, i) => {
    const column = raw.trim().toLowerCase();
    const known =
      isOneOf(ITEM_CSV_COLUMNS, column) ||
      (column.startsWith(PURPOSE_PREFIX) && column.length > PURPOSE_PREFIX.length);
    if (!known) {
      warnings.push({
        line: headerRecord.line,
        text: raw,
        message: `Unknown column "${raw}"; ignored.`,
      });
    } else if (index.has(column)) {
      warnings.push({
        line: headerRecord.line,
        text: raw,
        message: `Column "${raw}" repeats; the first is used.`,
      });
    } else {
      index.set(column, i);
    }
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) {
    warnings.push({
      line: headerRecord.line,
      text: headerText,
      message: `Required column ${missing.map((c) => `"${c}"`).join(', ')} missing: nothing imported.`,
    });
    return empty;
  }
  const purposeColumns = [...index.keys()].filter((c) => c.startsWith(PURPOSE_PREFIX));

  const stated = new Set<string>();
  for (const r of dataRecords) {
    const i = index.get('id');
    const id = i === undefined ? '' : unguardCsvCell(r.cells[i] ?? '').trim();
    if (id) stated.add(id);
  }
  const allocate = createIdAllocator(stated);
  const seen = new Set<string>();
  const items: TStorageItem[] = [];
  const vendors = new Map<string, TVendor>();
  const categories = new Map<string, TCategory>();

  for (const record of dataRecords) {
    const line = record.line;
    const rowText = record.cells.join(',');
    const warn = (message: string) => warnings.push({ line, text: rowText, message });
    const raw = (column: string) => {
      const i = index.get(column);
      return i === undefined ? '' : unguardCsvCell(record.cells[i] ?? '');
    };
    const cell = (column: TColumn) => raw(column).trim();

    if (record.cells.length > headerRecord.cells.length) {
      warn(
        `${record.cells.length - headerRecord.cells.length} cell(s) beyond the header; ignored.`,
      );
    }
    const name = cell('name');
    const category = cell('category');
    if (!name || !category) {
      warn(`Row without ${name ? 'category' : 'name'}; not imported.`);
      continue;
    }
    const host = cell('host');
    let id = cell('id');
    if (id && seen.has(id)) {
      warn(`Id "${id}" repeats an earlier row; not imported.`);
      continue;
    }
    if (!id) id = allocate(itemIdBase(category, name, host || undefined));
    seen.add(id);

    let matchKind: TMatchKind;
    let itemName = name;
    const kindCell = cell('match_kind');
    if (isOneOf(MATCH_KINDS, kindCell)) {
      matchKind = kindCell;
    } else {
      if (kindCell) warn(`Unknown match_kind "${kindCell}"; read from the name instead.`);
      ({ name: itemName, matchKind } = readMatchKind(name));
    }

    const typeCell = cell('type');
    let type: TStorageType = 'cookie';
    if (isOneOf(STORAGE_TYPES, typeCell)) type = typeCell;
    else if (typeCell) warn(`Unknown type "${typeCell}"; assumed cookie.`);

    const partyCell = cell('party');
    let party: 'first' | 'third' = 'third';
    if (partyCell === 'first' || partyCell === 'third') party = partyCell;
    else if (partyCell) warn(`Unknown party "${partyCell}"; assumed third.`);

    const durationCell = cell('duration');
    let duration: TDuration = readDuration(durationCell) ?? { kind: 'unknown' };
    if (durationCell && !MACHINE_DURATION.test(durationCell)) {
      duration = parseDuration(durationCell);
      if (duration.kind === 'unknown')
        warn(`Could not read the duration "${durationCell}"; stored as unknown.`);
    }
    const durationRaw = raw('duration_raw');
    if (durationRaw) duration = { ...duration, raw: durationRaw };

    const purpose: Record<string, string> = {};
    for (const column of purposeColumns) {
      const value = raw(column);
      if (value) purpose[column.slice(PURPOSE_PREFIX.length)] = value;
    }

    const item: TStorageItem = {
      id,
      name: itemName,
      matchKind,
      type,
      party,
      duration,
      purpose,
      category,
    };
    if (host) item.host = host;

    const countriesText = cell('recipient_countries');
    if (countriesText) {
      const codes: string[] = [];
      if (countriesText.toLowerCase() !== 'unknown') {
        for (const token of countriesText.split(/[\s,;]+/)) {
          const code = token.toUpperCase();
          if (/^[A-Z]{2}$/.test(code)) codes.push(code);
          else warn(`"${token}" is not an ISO 3166 alpha-2 country code; left out.`);
        }
      }
      item.recipientCountries = codes;
    }

    const vendorIdCell = cell('vendor');
    if (vendorIdCell) {
      item.vendor = vendorIdCell;
      const vendorName = raw('vendor_name').trim();
      let vendor = vendors.get(vendorIdCell);
      if (!vendor) {
        vendor = {
          id: vendorIdCell,
          name: vendorName || vendorIdCell,
          countries: [],
          dpfCertified: false,
          description: {},
        };
        vendors.set(vendorIdCell, vendor);
      } else if (vendorName && vendorName !== vendor.name) {
        warn(`Vendor "${vendorIdCell}" is named "${vendor.name}" above; "${vendorName}" ignored.`);
      }
      for (const c of item.recipientCountries ?? []) {
        if (!vendor.countries.includes(c)) vendor.countries.push(c);
      }
    }

    const justification = raw('necessity_justification');
    if (justification) item.necessityJustification = justification;
    const basis = cell('legal_basis');
    if (isOneOf(LEGAL_BASES, basis)) item.legalBasis = basis as TLegalBasis;
    else if (basis) warn(`Unknown legal_basis "${basis}"; left out.`);
    const initiator = raw('initiator');
    if (initiator) item.initiator = initiator;
    const source = raw('source');
    if (source) item.source = source;
    const firstFoundUrl = cell('first_found_url');
    if (firstFoundUrl) item.firstFoundUrl = firstFoundUrl;

    if (!categories.has(category)) {
      const names: Record<string, string> = {};
      for (const locale of ['en', 'sv']) {
        const n = defaultCategoryName(category, locale);
        if (n) names[locale] = n;
      }
      categories.set(category, makeCategory(category, names));
    }
    items.push(item);
  }

  return {
    draft: {
      categories: [...categories.values()].sort((a, b) => a.order - b.order),
      vendors: [...vendors.values()],
      items,
    },
    warnings,
  };
}
