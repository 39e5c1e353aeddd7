import { countryCodeFromName } from '../countries.js';
import { parseDuration } from '../durations.js';
import type {
  TCategory,
  TLocale,
  TStandardCategory,
  TStorageItem,
  TStorageType,
} from '../model.js';
import { categoryFromCookiebotName, makeCategory } from './categories.js';
import { hostOfUrl, isHostLike, sameSite } from './hosts.js';
import { createIdAllocator, createVendorBook, itemIdBase } from './ids.js';
import { cleanLine, splitLines } from './lines.js';
import { readMatchKind } from './match-kind.js';
import type { TImportResult } from './types.js';
import { createWarningLog } from './warnings.js';

/** Options of {@link importCookiebotDeclaration}. */
export interface TCookiebotImportOptions {
  /** Locale the declaration is written in; purposes and category texts go under it. `en`. */
  locale?: TLocale;
  /**
   * The site's own domain, used to tell first- from third-party items that have no
   * `First found URL` line. Without either, an item counts as third-party.
   */
  siteDomain?: string;
}

// Cookiebot writes the type short (`HTTP`) in the text declaration and long (`HTTP Cookie`) in
// its other views; longest first so `HTML Local Storage` is not read as `HTML` + a name.
const TYPES: [RegExp, TStorageType][] = [
  [/^HTTP(?: Cookie)?$/i, 'cookie'],
  [/^HTML(?: Local Storage)?$/i, 'local_storage'],
  [/^(?:HTML )?Local Storage$/i, 'local_storage'],
  [/^(?:HTML )?Session Storage$/i, 'session_storage'],
  [/^Pixel(?: Tracker)?$/i, 'pixel'],
  [/^(?:IDB|IndexedDB)$/i, 'indexeddb'],
];

interface TRow {
  name: string;
  provider: string;
  type: TStorageType;
  duration: string;
}

/**
 * Reads `NAME PROVIDER TYPE DURATION`. The type is the anchor: the token before it is the
 * provider (a host), everything before that the name, everything after it the duration.
 */
function parseRow(line: string): TRow | undefined {
  const tokens = line.split(/\s+/);
  for (let i = 2; i < tokens.length - 1; i++) {
    for (const width of [3, 2, 1]) {
      const typeText = tokens.slice(i, i + width).join(' ');
      const type = TYPES.find(([re]) => re.test(typeText))?.[1];
      const provider = tokens[i - 1] ?? '';
      const duration = tokens.slice(i + width).join(' ');
      if (type && duration && isHostLike(provider)) {
        return { name: tokens.slice(0, i - 1).join(' '), provider, type, duration };
      }
    }
  }
  return undefined;
}

type TDetailKey = 'firstFoundUrl' | 'purpose' | 'initiator' | 'source' | 'countries' | 'ignored';

// The detail labels in English and in the translations Cookiebot's text declaration comes in
// (Swedish, German, French, Danish, Norwegian, Dutch, Spanish, Italian, Polish, Finnish).
// biome-ignore format: label lists read better packed than one a line
const DETAIL_LABEL_LISTS: [TDetailKey, string[]][] = [
  ['firstFoundUrl', ['first found url', 'först hittad url', 'först hittade url', 'zuerst gefundene url', 'erstmals gefunden url', 'première url trouvée', 'url de première détection', 'først fundet url', 'først funnet url', 'eerst gevonden url', 'primera url encontrada', 'primo url trovato', 'pierwszy znaleziony adres url', 'ensimmäinen löydetty url']],
  ['purpose', ['cookie purpose description', 'purpose', 'beskrivning av cookiens syfte', 'syfte', 'beschreibung des cookie-zwecks', 'zweck', 'description de la finalité du cookie', 'finalité', 'beskrivelse af cookiens formål', 'formål', 'beskrivelse av informasjonskapselens formål', 'beschrijving van het doel van de cookie', 'doel', 'descripción de la finalidad de la cookie', 'finalidad', 'descrizione della finalità del cookie', 'finalità', 'opis celu pliku cookie', 'cel', 'evästeen käyttötarkoituksen kuvaus', 'tarkoitus']],
  ['initiator', ['initiator', 'initiativtagare', 'initiateur', 'initiativtager', 'initiativtaker', 'initiatiefnemer', 'iniciador', 'iniziatore', 'inicjator', 'käynnistäjä']],
  ['source', ['source', 'källa', 'quelle', 'kilde', 'bron', 'fuente', 'fonte', 'źródło', 'lähde']],
  ['countries', ['data is sent to', 'data skickas till', 'daten werden gesendet an', 'daten werden übermittelt an', 'les données sont envoyées à', 'data sendes til', 'data blir sendt til', 'gegevens worden verzonden naar', 'los datos se envían a', 'i dati vengono inviati a', 'dane są wysyłane do', 'tiedot lähetetään']],
  // Cookiebot's own blocking state: Smula blocks by category, so this is not declaration data.
  ['ignored', ['blocked until accepted by user', 'blockerad tills användaren godkänner', 'blockiert bis zur annahme durch den benutzer', "bloqué jusqu'à l'acceptation par l'utilisateur", 'blokeret indtil accepteret af brugeren', 'blokkert til brukeren godtar']],
];
const DETAIL_LABELS: Record<string, TDetailKey> = Object.fromEntries(
  DETAIL_LABEL_LISTS.flatMap(([key, labels]) => labels.map((l) => [l, key])),
);

function parseDetail(line: string): { key: TDetailKey; value: string } | undefined {
  // Derived from the country on the `Data is sent to` line; nothing of its own to keep.
  if (/^(?:not )?adequate country under gdpr\b/i.test(line)) return { key: 'ignored', value: '' };
  const m = /^([\p{L} '’-]+?)\s*:\s*(.*)$/u.exec(line);
  const key = m && DETAIL_LABELS[(m[1] ?? '').trim().toLowerCase().replace(/’/g, "'")];
  return key ? { key, value: (m[2] ?? '').trim() } : undefined;
}

/** `Category: Necessary (4)` in the languages of {@link DETAIL_LABEL_LISTS}. */
export const COOKIEBOT_CATEGORY_RE =
  /^(?:Category|Kategori|Kategorie|Catégorie|Categoría|Categoria|Categorie|Kategoria|Luokka)\s*:\s*(.+?)\s*(?:\((\d+)\))?$/i;
const CATEGORY_RE = COOKIEBOT_CATEGORY_RE;

const HEADER_NAME =
  /(?<!\p{L})(?:COOKIE NAME|COOKIE-NAME|NAME|NAMN|NAVN|NOM|NOMBRE|NOME|NAAM|NAZWA|NIMI)(?!\p{L})/u;
/** The provider word of Cookiebot's row header, in the same languages. */
export const COOKIEBOT_PROVIDER_RE =
  /(?<!\p{L})(?:PROVIDER|LEVERANTÖR|ANBIETER|FOURNISSEUR|UDBYDER|LEVERANDØR|PROVEEDOR|FORNITORE|AANBIEDER|DOSTAWCA|PALVELUNTARJOAJA|TARJOAJA)(?!\p{L})/u;

function isHeader(line: string): boolean {
  const upper = line.toUpperCase();
  return HEADER_NAME.test(upper) && COOKIEBOT_PROVIDER_RE.test(upper);
}

interface TPendingItem extends TRow {
  line: number;
  text: string;
  category: string;
  details: Partial<Record<Exclude<TDetailKey, 'ignored'>, string>>;
}

interface TBlock {
  key: string;
  line: number;
  text: string;
  stated: number | undefined;
  found: number;
  descriptionLines: string[];
  inTable: boolean;
}

/**
 * Imports a Cookiebot cookie declaration as copied from a web page: `Category: Necessary (4)`
 * blocks, each with a description, a `COOKIE NAME PROVIDER TYPE MAXIMUM STORAGE DURATION`
 * header and one `NAME PROVIDER TYPE DURATION` row per item followed by its detail lines
 * (`First found URL:`, `Cookie purpose description:`, `Initiator:`, `Source:`,
 * `Data is sent to:`).
 *
 * @remarks
 * - Category names in English or Swedish map to the standard keys; only `necessary` is required.
 * - One vendor per provider host (id = slug of the host); its countries are the union of its
 *   items' `Data is sent to` countries. `Unknown` gives an item `recipientCountries: []`.
 * - An item is first-party when its provider shares the registrable domain of its
 *   `First found URL` (else of `options.siteDomain`), third-party otherwise.
 * - Types: `HTTP` → cookie, `HTML` → local_storage (Cookiebot calls local storage "HTML Local
 *   Storage"; `Session` is then its duration), `Pixel` → pixel, `IDB` → indexeddb.
 * - A block whose stated count differs from the rows found, unknown lines, data-like lines
 *   before the first category and unreadable durations or countries become warnings.
 * - Prose before the first category is returned as `intro`.
 *
 * @example
 * const { draft, warnings } = importCookiebotDeclaration(pasted, { locale: 'en' });
 */
export function importCookiebotDeclaration(
  text: string,
  options: TCookiebotImportOptions = {},
): TImportResult {
  const locale = options.locale ?? 'en';
  const log = createWarningLog();
  const { warn } = log;

  const categories = new Map<string, TCategory>();
  const vendors = createVendorBook();
  const items: TStorageItem[] = [];
  const itemId = createIdAllocator();
  const introParagraphs: string[][] = [[]];

  let block: TBlock | undefined;
  let item: TPendingItem | undefined;

  const finishItem = () => {
    if (!item) return;
    items.push(toItem(item));
    item = undefined;
  };

  const toItem = (p: TPendingItem): TStorageItem => {
    const { name, matchKind } = readMatchKind(p.name);
    const host = p.provider.toLowerCase();
    const duration = parseDuration(p.duration);
    if (duration.kind === 'unknown' && !/^unknown$/i.test(p.duration)) {
      warn(p.line, p.text, `Could not read the duration "${p.duration}"; stored as unknown.`);
    }
    const recipientCountries =
      p.details.countries === undefined ? undefined : readCountries(p.details.countries, p);
    const ownSite =
      (p.details.firstFoundUrl && hostOfUrl(p.details.firstFoundUrl)) || options.siteDomain;
    const vendor = vendors.get(host);
    for (const c of recipientCountries ?? []) {
      if (!vendor.countries.includes(c)) vendor.countries.push(c);
    }
    const out: TStorageItem = {
      id: itemId(itemIdBase(p.category, name, host)),
      name,
      matchKind,
      type: p.type,
      host,
      party: ownSite && sameSite(host, ownSite) ? 'first' : 'third',
      duration,
      purpose: p.details.purpose ? { [locale]: p.details.purpose } : {},
      category: p.category,
      vendor: vendor.id,
    };
    if (recipientCountries) out.recipientCountries = recipientCountries;
    if (p.details.initiator) out.initiator = p.details.initiator;
    if (p.details.source) out.source = p.details.source;
    if (p.details.firstFoundUrl) out.firstFoundUrl = p.details.firstFoundUrl;
    return out;
  };

  // `Sweden (adequate)`, `United States (adequate), Ireland (adequate)`, `Unknown (not adequate)`.
  const readCountries = (value: string, p: TPendingItem): string[] => {
    const codes: string[] = [];
    for (const part of value.split(/,(?![^()]*\))/)) {
      const countryName = part.replace(/\([^)]*\)/g, '').trim();
      if (!countryName || /^unknown$/i.test(countryName)) continue;
      const code = countryCodeFromName(countryName);
      if (code) {
        if (!codes.includes(code)) codes.push(code);
      } else {
        warn(p.line, p.text, `Unknown recipient country "${countryName}" for ${p.name}; left out.`);
      }
    }
    return codes;
  };

  const finishBlock = () => {
    finishItem();
    if (!block) return;
    const category = categories.get(block.key);
    const description = block.descriptionLines.join(' ').trim();
    if (category && description && !category.description[locale]) {
      category.description = { [locale]: description };
    } else if (category && description && category.description[locale] !== description) {
      warn(
        block.line,
        block.text,
        'A second block for this category: its description is not used.',
      );
    }
    if (block.stated !== undefined && block.stated !== block.found) {
      warn(
        block.line,
        block.text,
        `The category states ${block.stated} items but ${block.found} rows were found.`,
      );
    }
    block = undefined;
  };

  const lines = splitLines(text);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = cleanLine(raw);
    if (!line) {
      if (!block && introParagraphs.at(-1)?.length) introParagraphs.push([]);
      return;
    }

    const category = CATEGORY_RE.exec(line);
    if (category) {
      finishBlock();
      const name = category[1] ?? '';
      let key: TStandardCategory | undefined = categoryFromCookiebotName(name);
      if (!key) {
        warn(lineNo, line, `Unknown Cookiebot category "${name}"; its items go to unclassified.`);
        key = 'unclassified';
      }
      if (!categories.has(key)) categories.set(key, makeCategory(key, { [locale]: name }));
      block = {
        key,
        line: lineNo,
        text: line,
        stated: category[2] === undefined ? undefined : Number(category[2]),
        found: 0,
        descriptionLines: [],
        inTable: false,
      };
      return;
    }

    // Detail labels first: a purpose sentence may name a host and "HTML" and read like a row.
    const detail = parseDetail(line);
    const row = detail ? undefined : parseRow(line);

    if (!block) {
      if (row || detail)
        warn(lineNo, line, 'Looks like declaration data but comes before any category; ignored.');
      else introParagraphs.at(-1)?.push(line);
      return;
    }
    if (isHeader(line) && !row) {
      block.inTable = true;
      return;
    }
    if (row) {
      finishItem();
      block.inTable = true;
      block.found++;
      item = { ...row, line: lineNo, text: line, category: block.key, details: {} };
      return;
    }
    if (detail) {
      if (!item) {
        warn(lineNo, line, 'A detail line that belongs to no item; ignored.');
      } else if (detail.key !== 'ignored') {
        if (item.details[detail.key] !== undefined) {
          warn(lineNo, line, `A second "${detail.key}" line for ${item.name}; ignored.`);
        } else {
          item.details[detail.key] = detail.value;
        }
      }
      return;
    }
    if (!block.inTable) {
      block.descriptionLines.push(line);
      return;
    }
    warn(lineNo, line, 'Not a row or detail line of a Cookiebot declaration; ignored.');
  });
  finishBlock();

  const intro = introParagraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join('\n'))
    .join('\n\n');
  const result: TImportResult = {
    draft: {
      categories: [...categories.values()].sort((a, b) => a.order - b.order),
      vendors: vendors.list().map((v) => ({ ...v, countries: [...v.countries].sort() })),
      items,
    },
    warnings: log.sorted(),
  };
  if (intro) result.intro = intro;
  return result;
}
