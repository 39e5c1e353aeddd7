import { parseCsv } from '../csv.js';
import { isUnknownDurationText, parseDuration } from '../durations.js';
import type { TCategory, TLocale, TStorageItem, TStorageType } from '../model.js';
import { categoryFromKeywords, defaultCategoryName, makeCategory } from './categories.js';
import {
  COOKIEBOT_CATEGORY_RE,
  COOKIEBOT_PROVIDER_RE,
  importCookiebotDeclaration,
} from './cookiebot.js';
import { cookiebotScriptHtml, isCookiebotScript } from './cookiebot-script.js';
import { assumedParty, firstHost, isHostLike, registrableDomain } from './hosts.js';
import { createIdAllocator, createVendorBook, itemIdBase } from './ids.js';
import { cleanLine, splitLines } from './lines.js';
import { isCookieLikeToken, isNameCell, readDeclaredName } from './names.js';
import { importOneTrustJson, parseOneTrustJson } from './onetrust-json.js';
import { ocdImportHints, type TOcdRow } from './open-cookie-database.js';
import { importItemsCsv } from './smula-csv.js';
import type { TImportResult } from './types.js';
import { createWarningLog } from './warnings.js';

/** What {@link importDeclarationText} recognised the input as. */
export type TDeclarationFormat =
  | 'cookiebot-text'
  | 'cookiebot-table'
  | 'cookiebot-script'
  | 'onetrust'
  | 'onetrust-json'
  | 'cookieyes'
  | 'complianz'
  | 'smula-csv'
  | 'html'
  | 'markdown'
  | 'tsv'
  | 'csv'
  | 'records'
  | 'cells-per-line'
  | 'prose'
  | 'empty';

export interface TDeclarationImportOptions {
  /** Locale the declaration is written in; purposes and category names go under it. `en`. */
  locale?: TLocale;
  /** The site's own domain: items on it are first-party. */
  siteDomain?: string;
  /**
   * Open Cookie Database rows: unclassified items get a warning with the database's category
   * (matched with the item's host; see `ocdImportHints`). Items are not changed.
   */
  ocdRows?: readonly TOcdRow[];
}

export interface TDeclarationImportResult extends TImportResult {
  format: TDeclarationFormat;
  /** 0–1: how sure the detection is. Below 0.5 a person should check the format choice. */
  confidence: number;
}

type TField =
  | 'name'
  | 'provider'
  | 'purpose'
  | 'duration'
  | 'domain'
  | 'type'
  | 'category'
  | 'party';

// Header words per field, lower-case, in the EU languages plus Norwegian and Icelandic. A bonus:
// columns are read by content when the header is not among these.
// biome-ignore format: word lists read better packed than one word a line
const HEADER_WORDS: [TField, string[]][] = [
  ['name', ['name', 'cookie name', 'cookie', 'cookies', 'namn', 'navn', 'nafn', 'heiti', 'cookienamn', 'kaka', 'nom', 'nom du cookie', 'nombre', 'nome', 'naam', 'nazwa', 'nimi', 'název', 'názov', 'ime', 'naziv', 'név', 'nume', 'όνομα', 'име', 'nosaukums', 'pavadinimas', 'isem', 'ainm', 'key', 'storage key', 'cookie-name', 'cookiename', 'cookie-navn', 'evästeen nimi', 'ciasteczko']],
  ['provider', ['provider', 'vendor', 'issuer', 'utfärdare', 'leverantör', 'anbieter', 'fournisseur', 'éditeur', 'proveedor', 'fornitore', 'aanbieder', 'leverandør', 'udbyder', 'tilbyder', 'dostawca', 'wydawca', 'palveluntarjoaja', 'tarjoaja', 'fornecedor', 'poskytovatel', 'poskytovateľ', 'ponudnik', 'pružatelj', 'szolgáltató', 'furnizor', 'πάροχος', 'доставчик', 'pakalpojumu sniedzējs', 'teikėjas', 'pakkuja', 'fornitur', 'soláthraí', 'veitandi', 'service', 'third party', 'owner', 'company', 'source']],
  ['purpose', ['purpose', 'description', 'function', 'usage', 'beskrivning', 'syfte', 'ändamål', 'formål', 'beskrivelse', 'tilgangur', 'lýsing', 'zweck', 'beschreibung', 'verwendungszweck', 'finalité', 'description du cookie', 'objet', 'finalidad', 'descripción', 'propósito', 'finalità', 'descrizione', 'scopo', 'doel', 'beschrijving', 'omschrijving', 'cel', 'opis', 'tarkoitus', 'kuvaus', 'käyttötarkoitus', 'finalidade', 'descrição', 'účel', 'popis', 'namen', 'svrha', 'opis', 'cél', 'leírás', 'scop', 'descriere', 'σκοπός', 'περιγραφή', 'цел', 'описание', 'mērķis', 'apraksts', 'tikslas', 'aprašymas', 'eesmärk', 'kirjeldus', 'għan', 'deskrizzjoni', 'cuspóir', 'cur síos']],
  ['duration', ['duration', 'expiry', 'expires', 'expiration', 'retention', 'lifespan', 'lebensdauer', 'durée de vie', 'vida útil', 'levensduur', 'levetid', 'livslängd', 'czas życia', 'elinkaari', 'tempo de vida', 'durata di vita', 'maximum storage duration', 'längsta lagringstid', 'maksimal lagringstid', 'maksimal lagringsvarighed', 'maximale opslagtermijn', 'storage duration', 'storage period', 'max storage duration', 'upphör', 'lagringstid', 'varaktighet', 'livslängd', 'utgång', 'varighed', 'udløb', 'udløber', 'levetid', 'utløp', 'varighet', 'gildistími', 'tímalengd', 'líftími', 'laufzeit', 'speicherdauer', 'ablauf', 'dauer', 'gültigkeit', 'maximale speicherdauer', 'durée', 'expiration', 'durée de conservation', 'durée de stockage maximale', 'duración', 'caducidad', 'vencimiento', 'expiración', 'duración máxima de almacenamiento', 'durata', 'scadenza', 'durata massima di conservazione', 'looptijd', 'bewaartermijn', 'vervaldatum', 'duur', 'maximale opslagduur', 'czas', 'okres przechowywania', 'wygasa', 'czas przechowywania', 'wygaśnięcie', 'voimassaolo', 'kesto', 'vanhenee', 'säilytysaika', 'enimmäissäilytysaika', 'duração', 'validade', 'expiração', 'doba', 'platnost', 'expirace', 'doba uložení', 'platnosť', 'trajanje', 'potek', 'istek', 'lejárat', 'időtartam', 'durată', 'expirare', 'διάρκεια', 'λήξη', 'срок', 'валидност', 'derīgums', 'termiņš', 'galiojimas', 'trukmė', 'kehtivus', 'säilitusaeg', 'tul', 'skadenza', 'fad', 'éag']],
  ['domain', ['domain', 'domains', 'host', 'hosts', 'domän', 'domæne', 'domene', 'lén', 'domaine', 'dominio', 'domein', 'domena', 'verkkotunnus', 'domínio', 'doména', 'domén', 'domeniu', 'τομέας', 'домейн', 'domēns', 'domenas', 'domeen', 'dominju', 'fearann', 'cookie subgroup', 'subgroup', 'cookie-untergruppe', 'sous-groupe de cookies', 'subgrupo de cookies', 'sottogruppo di cookie', 'cookie-subgroep', 'undergruppe', 'undergrupp', 'podgrupa plików cookie', 'evästeiden alaryhmä']],
  ['type', ['type', 'typ', 'tipo', 'tipus', 'tyyppi', 'typu', 'tip', 'típus', 'τύπος', 'тип', 'veids', 'tipas', 'tüüp', 'cineál', 'gerð', 'storage type', 'art']],
  ['category', ['category', 'kategori', 'kategorie', 'catégorie', 'categoría', 'categoria', 'categorie', 'kategoria', 'luokka', 'kategorija', 'kategória', 'κατηγορία', 'категория', 'kategorija', 'kategooria', 'kategorija', 'kategorija', 'catagóir', 'flokkur', 'group', 'purpose category']],
  ['party', ['party', 'first or third party', 'cookies used', 'verwendete cookies', 'cookies utilisés', 'cookies utilizadas', 'cookie utilizzati', 'gebruikte cookies', 'anvendte cookies', 'använda cookies', 'brukte informasjonskapsler', 'używane pliki cookie', 'käytetyt evästeet', 'first party / third party', 'part', 'partei', 'partie']],
];
const HEADER_FIELD = new Map<string, TField>();
for (const [field, words] of HEADER_WORDS) for (const w of words) HEADER_FIELD.set(w, field);

const headerField = (cell: string): TField | undefined =>
  HEADER_FIELD.get(
    cell
      .toLowerCase()
      .replace(/[:*]+$/, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );

const TYPE_WORDS: [RegExp, TStorageType][] = [
  [/session\s*storage|sessionstorage/i, 'session_storage'],
  [/local\s*storage|localstorage|\bhtml\b/i, 'local_storage'],
  [/indexed\s*db|\bidb\b/i, 'indexeddb'],
  [/pixel|beacon|tracker|webbfyr/i, 'pixel'],
  [/cookie|\bhttp\b|kaka|evästee|ciastecz|keks/i, 'cookie'],
];
const typeOf = (cell: string) => TYPE_WORDS.find(([re]) => re.test(cell))?.[1];
const isTypeCell = (cell: string) => cell.length <= 30 && typeOf(cell) !== undefined;

const PARTY_RE =
  /^(?:1st|3rd|first|third|erst|dritt|première|tierce|tiers|primera|tercera|propia|de tercer|terceros|prima|terza|eigen|eerste|derde|første|tredje|första|pierwsz|stron|ensimmäi|kolmann|own|site)/i;
const isPartyCell = (cell: string) => cell.length <= 40 && PARTY_RE.test(cell);
const partyOf = (cell: string): 'first' | 'third' | undefined =>
  /^(?:1st|first|erst|première|primera|propia|prima|eigen|eerste|første|första|pierwsz|ensimmäi|own|site)/i.test(
    cell,
  )
    ? 'first'
    : PARTY_RE.test(cell)
      ? 'third'
      : undefined;

const isDurationCell = (cell: string) =>
  cell.length <= 60 &&
  (parseDuration(cell).kind !== 'unknown' || isUnknownDurationText(cell)) &&
  !/\s\S+\s\S+\s\S+\s\S+\s/.test(cell);
const isHostCell = (cell: string) =>
  cell.split(/[\s,;]+/).filter(Boolean).length > 0 &&
  cell
    .split(/[\s,;]+/)
    .filter(Boolean)
    .every((t) => isHostLike(t.replace(/^\*\./, '')));
const isProseCell = (cell: string) => cell.length >= 35 && cell.split(/\s+/).length >= 5;
const isProviderCell = (cell: string) =>
  cell.length <= 50 && cell.split(/\s+/).length <= 5 && /^\p{Lu}|\.\p{L}{2,}$/u.test(cell);
const isCategoryCell = (cell: string) => cell.length <= 40 && !!categoryFromKeywords(cell);

// Cookiebot's provider cell carries this link text; it is not part of the provider's name.
const PROVIDER_NOISE =
  /\s*(?:learn more about this provider|mehr über diesen anbieter erfahren|en savoir plus sur ce fournisseur|läs mer om (?:denna|den här) leverantör|más información sobre este proveedor|scopri di più su questo fornitore|lees meer over deze aanbieder|læs mere om denne udbyder|les mer om denne leverandøren)\s*/gi;

interface TBlockText {
  kind: 'text';
  line: number;
  text: string;
  heading: boolean;
}
interface TBlockTable {
  kind: 'table';
  line: number;
  rows: { line: number; cells: string[] }[];
}
type TBlock = TBlockText | TBlockTable;

const isHeadingLike = (line: string) =>
  line.length <= 80 &&
  !/[.:;,!?]$/.test(line) &&
  !/^(?:[-*•–]\s|\d+[.)]\s\S+\s\S+\s\S+)/.test(line);

/** Splits plain text into prose lines and tables (tab-separated or pipe). */
function textBlocks(text: string): { blocks: TBlock[]; pipe: boolean } {
  const blocks: TBlock[] = [];
  let table: TBlockTable | undefined;
  let pipe = false;
  splitLines(text).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = cleanLine(raw);
    let cells: string[] | undefined;
    if (raw.includes('\t')) cells = raw.split('\t').map(cleanLine);
    else if (
      /^\|.*\|$/.test(trimmed) ||
      (trimmed.split(' | ').length >= 3 && !/^[-*•]/.test(trimmed))
    ) {
      pipe = true;
      cells = trimmed
        .replace(/^\||\|$/g, '')
        .split('|')
        .map(cleanLine);
    }
    if (cells) {
      if (cells.every((c) => /^[-–—=_:|\s]*$/.test(c))) return; // separator row
      if (!table) {
        table = { kind: 'table', line, rows: [] };
        blocks.push(table);
      }
      table.rows.push({ line, cells });
      return;
    }
    if (!trimmed) return;
    table = undefined;
    blocks.push({ kind: 'text', line, text: trimmed, heading: isHeadingLike(trimmed) });
  });
  return { blocks, pipe };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const decode = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n =
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(n) ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Label/value records, one field a line or `Label: value` (OneTrust's preference-centre cookie
 * details, definition lists): `Name` / `_ga` / `Host` / `example.com` / `Duration` / `730 Days`.
 * Each `Name` label starts a record. Lines before the first record stay as text for headings.
 */
function recordBlocks(text: string): TBlock[] | undefined {
  const FIELDS: TField[] = [
    'name',
    'provider',
    'purpose',
    'duration',
    'domain',
    'type',
    'category',
    'party',
  ];
  const blocks: TBlock[] = [];
  const records: { line: number; values: Partial<Record<TField, string>> }[] = [];
  let pending: TField | undefined;
  const lines = splitLines(text).map(cleanLine);
  lines.forEach((line, index) => {
    if (!line) return;
    const inline = /^([^:]{2,40}):\s*(.+)$/.exec(line);
    const labelled = inline ? headerField(inline[1] ?? '') : undefined;
    const label = headerField(line);
    const current = records.at(-1);
    if (labelled && inline) {
      if (labelled === 'name') records.push({ line: index + 1, values: {} });
      const target = records.at(-1);
      if (target) target.values[labelled] ??= inline[2] ?? '';
      pending = undefined;
      return;
    }
    if (label && !pending) {
      if (label === 'name') records.push({ line: index + 1, values: {} });
      pending = records.length ? label : undefined;
      return;
    }
    if (pending && current) {
      current.values[pending] ??= line;
      pending = undefined;
      return;
    }
    if (records.length === 0)
      blocks.push({ kind: 'text', line: index + 1, text: line, heading: isHeadingLike(line) });
  });
  const good = records.filter((r) => r.values.name && Object.keys(r.values).length >= 2);
  if (good.length === 0) return undefined;
  const used = FIELDS.filter((f) => good.some((r) => r.values[f]));
  blocks.push({
    kind: 'table',
    line: good[0]?.line ?? 1,
    rows: [
      { line: good[0]?.line ?? 1, cells: [...used] },
      ...good.map((r) => ({ line: r.line, cells: used.map((f) => r.values[f] ?? '') })),
    ],
  });
  return blocks;
}

/**
 * A table copied with one cell a line and no tabs (some browsers and PDF viewers do this): a
 * run of three or more header words, one a line, names the columns; the lines after it are
 * regrouped by that width while each group still reads as a row (its duration cell a
 * duration, its name cell no sentence). A line that does not fit ends the table and is read
 * as text again (the next category's heading). Undefined when no such header run is found.
 */
function cellPerLineBlocks(text: string): TBlock[] | undefined {
  const lines = splitLines(text)
    .map((raw, index) => ({ line: index + 1, text: cleanLine(raw) }))
    // Cookiebot's provider link is its own line when copied this way.
    .filter((l) => l.text && l.text.replace(PROVIDER_NOISE, '').trim() !== '');
  const blocks: TBlock[] = [];
  let found = false;
  let i = 0;
  while (i < lines.length) {
    let width = 0;
    const fields = new Set<TField>();
    while (i + width < lines.length) {
      const field = headerField(lines[i + width]?.text ?? '');
      if (!field || fields.has(field)) break;
      fields.add(field);
      width++;
    }
    if (width < 3 || !fields.has('name')) {
      const l = lines[i];
      if (l)
        blocks.push({ kind: 'text', line: l.line, text: l.text, heading: isHeadingLike(l.text) });
      i++;
      continue;
    }
    const header = lines.slice(i, i + width);
    const columns = header.map((h) => headerField(h.text));
    const table: TBlockTable = {
      kind: 'table',
      line: header[0]?.line ?? 1,
      rows: [{ line: header[0]?.line ?? 1, cells: header.map((h) => h.text) }],
    };
    i += width;
    while (i + width <= lines.length) {
      const group = lines.slice(i, i + width);
      const cell = (field: TField) => group[columns.indexOf(field)]?.text ?? '';
      const fits =
        group.every((g) => !headerField(g.text)) &&
        (!fields.has('duration') || cell('duration').split(/,\s+/).every(isDurationCell)) &&
        (!fields.has('type') || isTypeCell(cell('type'))) &&
        isNameCell(cell('name')) &&
        !/\(\d+\)$/.test(cell('name'));
      if (!fits) break;
      table.rows.push({ line: group[0]?.line ?? i, cells: group.map((g) => g.text) });
      i += width;
    }
    if (table.rows.length > 1) {
      found = true;
      blocks.push(table);
    }
  }
  return found ? blocks : undefined;
}

/** Reads headings, paragraphs and `<table>`s from HTML, without a DOM (core is pure). */
function htmlBlocks(html: string): TBlock[] {
  const tables: string[] = [];
  const flat = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<table\b[\s\S]*?<\/table>/gi, (m) => `\n\uE000${tables.push(m) - 1}\uE000\n`)
    .replace(/<(?:h[1-6]|caption|summary|dt|button|strong|b)\b[^>]*>/gi, '\n\uE001')
    .replace(
      /<\/?(?:h[1-6]|caption|summary|dt|dd|button|p|div|li|ul|ol|section|article|header|footer|br|hr|tr)\b[^>]*>/gi,
      '\n',
    );
  const blocks: TBlock[] = [];
  flat.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const table = /^\s*\uE000(\d+)\uE000\s*$/.exec(raw);
    if (table) {
      const rows: TBlockTable['rows'] = [];
      const src = tables[Number(table[1])] ?? '';
      for (const tr of src.matchAll(
        /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table>|<\/tbody>|<\/thead>|<tbody|<tfoot)/gi,
      )) {
        const cells = [
          ...(tr[1] ?? '').matchAll(/<t[hd]\b[^>]*>([\s\S]*?)(?=<t[hd]\b|<\/tr>|$)/gi),
        ].map((c) =>
          decode((c[1] ?? '').replace(/<br\s*\/?>|<\/(?:p|div|li)>/gi, ', ')).replace(
            /^(?:,\s*)+|(?:,\s*)+$/g,
            '',
          ),
        );
        if (cells.some(Boolean)) rows.push({ line, cells });
      }
      if (rows.length) blocks.push({ kind: 'table', line, rows });
      return;
    }
    const marked = raw.includes('\uE001');
    const text = decode(raw.replace(/\uE001/g, ' '));
    if (!text) return;
    blocks.push({
      kind: 'text',
      line,
      text,
      heading: isHeadingLike(text) || (marked && text.length <= 80),
    });
  });
  return blocks;
}

/**
 * Rows the page's line breaks split: a cell with a line break in it ends one pasted line and
 * starts the next, so two short lines that together fill the header's width are one row.
 */
function mergeBrokenRows(
  rows: TBlockTable['rows'],
  width: number | undefined,
): TBlockTable['rows'] {
  if (!width) return rows;
  const out: TBlockTable['rows'] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    let cells = row.cells;
    while (cells.length < width) {
      const next = rows[r + 1];
      if (!next || cells.length + next.cells.length - 1 > width) break;
      cells = [
        ...cells.slice(0, -1),
        `${cells.at(-1) ?? ''} ${next.cells[0] ?? ''}`.trim(),
        ...next.cells.slice(1),
      ];
      r++;
    }
    out.push({ line: row.line, cells });
  }
  return out;
}

/**
 * A first row in a language no header word covers: short cells, and where the rows below hold
 * durations or cookie names it holds neither.
 */
function looksLikeHeader(first: string[], rest: TBlockTable['rows']): boolean {
  if (rest.length === 0 || first.some((c) => c.length > 40)) return false;
  const columns = mapColumns(
    undefined,
    rest.map((r) => r.cells),
  );
  const at = (field: TField) => first[columns.indexOf(field)] ?? '';
  if (columns.includes('duration') && at('duration') && !isDurationCell(at('duration')))
    return true;
  const name = at('name');
  return name !== '' && !isCookieLikeToken(name) && columns.includes('duration');
}

/** Guesses each column's field from its header (when recognised) and its cells. */
function mapColumns(header: string[] | undefined, body: string[][]): (TField | undefined)[] {
  const width = Math.max(header?.length ?? 0, ...body.map((r) => r.length));
  const columns: (TField | undefined)[] = Array.from({ length: width }, (_, i) =>
    header ? headerField(header[i] ?? '') : undefined,
  );
  const share = (i: number, test: (c: string) => boolean) => {
    const cells = body.map((r) => r[i] ?? '').filter(Boolean);
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  // A header word can mislead: WordPress tables call the category "Type".
  columns.forEach((c, i) => {
    if (c === 'type' && share(i, isCategoryCell) >= 0.7 && share(i, isTypeCell) < 0.5)
      columns[i] = 'category';
    else if (c === 'type' && share(i, isPartyCell) >= 0.7) columns[i] = 'party';
  });
  const taken = new Set(columns.filter(Boolean));
  const tests: [TField, (c: string) => boolean, number][] = [
    ['duration', (c) => c.split(/,\s+/).every(isDurationCell), 0.6],
    ['type', isTypeCell, 0.7],
    ['party', isPartyCell, 0.7],
    ['category', isCategoryCell, 0.7],
    ['domain', isHostCell, 0.7],
    [
      'name',
      (c) =>
        c
          .split(/\s*,\s*/)
          .every((t) => isCookieLikeToken(readDeclaredName(t).name.replace(/#/g, 'x_'))),
      0.5,
    ],
    ['purpose', isProseCell, 0.5],
    ['provider', isProviderCell, 0.6],
  ];
  for (const [field, test, threshold] of tests) {
    if (taken.has(field)) continue;
    let best = -1;
    let bestShare = threshold;
    columns.forEach((c, i) => {
      if (c) return;
      const s = share(i, test);
      if (s >= bestShare && (field !== 'purpose' || s > bestShare || best < 0)) {
        best = i;
        bestShare = s;
      }
    });
    if (best >= 0) {
      columns[best] = field;
      taken.add(field);
    }
  }
  // No column of cookie-like names: the first unmapped column is the name (names like `NID`).
  if (!taken.has('name')) {
    const first = columns.indexOf(undefined);
    if (first >= 0) columns[first] = 'name';
  }
  return columns;
}

interface TReadRow {
  line: number;
  text: string;
  category: string;
  values: Partial<Record<TField, string>>;
}

/**
 * Reads any table-shaped declaration: columns by header or content, each table's category from
 * the nearest heading above it that names one, or a category column.
 */
function importBlocks(
  blocks: TBlock[],
  options: TDeclarationImportOptions,
): TImportResult & { headers: string[][] } {
  const locale = options.locale ?? 'en';
  const log = createWarningLog();
  const { warn } = log;
  const categories = new Map<string, TCategory>();
  const ensureCategory = (key: string, name?: string) => {
    let category = categories.get(key);
    if (!category) {
      category = makeCategory(key, {
        [locale]: defaultCategoryName(key, locale) ?? name ?? defaultCategoryName(key, 'en') ?? key,
      });
      categories.set(key, category);
    }
    return category;
  };
  const rows: TReadRow[] = [];
  const headers: string[][] = [];
  let previous: { key: string; index: number } | undefined;
  let statedCount: { line: number; text: string; count: number; rowsBefore: number } | undefined;
  const checkCount = () => {
    if (statedCount && rows.length - statedCount.rowsBefore !== statedCount.count) {
      warn(
        statedCount.line,
        statedCount.text,
        `The heading states ${statedCount.count} items but ${rows.length - statedCount.rowsBefore} were read.`,
      );
    }
    statedCount = undefined;
  };

  blocks.forEach((block, index) => {
    if (block.kind === 'text') {
      const counted = /^(.{2,60}?)\s*\((\d+)\)$/.exec(block.text);
      if (counted && categoryFromKeywords(counted[1] ?? '')) {
        checkCount();
        statedCount = {
          line: block.line,
          text: block.text,
          count: Number(counted[2]),
          rowsBefore: rows.length,
        };
      }
      return;
    }
    if (block.rows.length === 0) return;
    // The table's category: the nearest heading since the previous table that names one.
    let key: string | undefined;
    let sawHeading = false;
    for (let i = index - 1; i >= 0 && i > (previous?.index ?? -1); i--) {
      const b = blocks[i];
      if (b?.kind !== 'text') break;
      if (!b.heading) {
        // The paragraph right above a table may name it ("Analytics cookies we use:").
        if (i === index - 1 && b.text.length <= 120) key = categoryFromKeywords(b.text);
        if (key) break;
        continue;
      }
      sawHeading = true;
      key = categoryFromKeywords(b.text.replace(/\(\d+\)$/, ''));
      if (key) {
        ensureCategory(key, b.text.replace(/\s*\(\d+\)$/, ''));
        break;
      }
    }
    if (!key && previous && !sawHeading) key = previous.key;

    // Header: a row with recognised header words, or a first row unlike the rows below it.
    const first = block.rows[0]?.cells ?? [];
    const known = first.filter((c) => headerField(c)).length;
    const hasHeader =
      known >= 2 ||
      (known >= 1 && first.length <= 2) ||
      looksLikeHeader(first, block.rows.slice(1));
    const header = hasHeader ? first : undefined;
    const body = mergeBrokenRows(block.rows.slice(hasHeader ? 1 : 0), header?.length);
    const columns = mapColumns(
      header,
      body.map((r) => r.cells),
    );
    if (header) {
      headers.push(header);
      header.forEach((cell, i) => {
        if (cell && !headerField(cell) && !columns[i]) {
          warn(
            block.rows[0]?.line,
            header.join(' | '),
            `Column "${cell}" was not understood; its cells are ignored.`,
          );
        }
      });
    }
    if (!key && !columns.includes('category')) {
      warn(
        block.line,
        header?.join(' | ') ?? block.rows[0]?.cells.join(' | ') ?? '',
        'No heading above this table names a category; its items are unclassified. Choose their category.',
      );
      key = 'unclassified';
    }
    const tableKey = key ?? 'unclassified';
    previous = { key: tableKey, index };
    let lastHost: string | undefined;
    const firstRow = rows.length;
    for (let r = 0; r < body.length; r++) {
      const row = body[r];
      if (!row) continue;
      const cells = row.cells;
      // A header repeated further down (two tables pasted without a line between them).
      if (cells.filter((c) => headerField(c)).length >= 2) continue;
      // Cookiebot's strip of category tabs, `Necessary (5)⇥Preferences (3)⇥…`: no items.
      if (
        !header &&
        cells.filter(Boolean).every((c) => /\(\d+\)$/.test(c) && categoryFromKeywords(c))
      )
        continue;
      const values: Partial<Record<TField, string>> = {};
      cells.forEach((cell, i) => {
        const field = columns[i];
        const clean = cell.replace(PROVIDER_NOISE, ' ').trim();
        if (field && clean) values[field] = clean;
      });
      const shown = cells.join(' | ');
      if (values.domain) lastHost = values.domain;
      else if (columns.includes('domain') && lastHost && values.name) values.domain = lastHost;
      if (!values.name) {
        const prev = rows.length > firstRow ? rows.at(-1) : undefined;
        if (!prev || Object.keys(values).length === 0) {
          if (Object.keys(values).length) warn(row.line, shown, 'A row without a name; ignored.');
          continue;
        }
        for (const [field, value] of Object.entries(values) as [TField, string][]) {
          if (field === 'domain' && columns.indexOf('domain') === 0) continue;
          const before = prev.values[field];
          prev.values[field] = before && before !== value ? `${before} ${value}` : value;
        }
        continue;
      }
      rows.push({ line: row.line, text: shown, category: tableKey, values });
    }
  });
  checkCount();

  const vendors = createVendorBook();
  const itemId = createIdAllocator();
  const items: TStorageItem[] = [];
  for (const row of rows) {
    const v = row.values;
    let category = row.category;
    if (v.category) {
      const key = categoryFromKeywords(v.category);
      if (key) category = key;
      else
        warn(row.line, row.text, `Category "${v.category}" was not understood; kept ${category}.`);
    }
    if (category === 'unclassified' && !v.category && row.category !== 'unclassified')
      category = row.category;
    ensureCategory(category);

    // Cookiebot's `_ga [x3]` repeats a name on several hosts, listed after it.
    let nameText = v.name ?? '';
    let hosts: string[] = [];
    const repeated = /^(.*?)\s*\[x(\d+)\]\s*(.*)$/i.exec(nameText);
    if (repeated) {
      nameText = repeated[1] ?? '';
      hosts = (repeated[3] ?? '').split(/[\s,;]+/).filter((h) => isHostLike(h.replace(/^\./, '')));
    }
    const names =
      /,/.test(nameText) && isNameCell(nameText)
        ? nameText.split(/\s*,\s*/).filter(Boolean)
        : [nameText];
    const durations = (v.duration ?? '').split(/,\s+(?=\S)/);
    const providerText = v.provider;
    const domainHosts = (v.domain ?? '')
      .split(/[\s,;]+/)
      .filter((h) => isHostLike(h.replace(/^\*?\./, '')));
    if (hosts.length === 0 && domainHosts.length > 1 && names.length === 1) hosts = domainHosts;
    if (hosts.length === 0) {
      const host =
        firstHost(v.domain ?? '') ??
        (providerText && isHostLike(providerText) ? providerText.toLowerCase() : undefined);
      hosts = host ? [host] : [];
    }
    const vendorName =
      providerText ?? (v.domain && !/^(?:first|third)/i.test(v.domain) ? v.domain : undefined);
    const vendor = vendorName ? vendors.get(vendorName) : undefined;
    let type: TStorageType = 'cookie';
    if (v.type) {
      const found = typeOf(v.type);
      if (found) type = found;
      else warn(row.line, row.text, `Storage type "${v.type}" was not understood; assumed cookie.`);
    }
    names.forEach((rawName, n) => {
      const { name, matchKind } = readDeclaredName(rawName);
      const durationText = (durations.length === names.length ? durations[n] : v.duration) ?? '';
      const duration = parseDuration(durationText.trim());
      if (
        duration.kind === 'unknown' &&
        durationText.trim() &&
        !isUnknownDurationText(durationText)
      ) {
        warn(
          row.line,
          row.text,
          `Could not read the duration "${durationText.trim()}" of ${name}; kept as written, length unknown.`,
        );
      }
      for (const host of hosts.length ? hosts : [undefined]) {
        const stated = v.party ? partyOf(v.party) : undefined;
        const party = stated ?? assumedParty(host, options.siteDomain, vendor !== undefined);
        const item: TStorageItem = {
          id: itemId(itemIdBase(category, name, host)),
          name,
          matchKind,
          type,
          party,
          duration,
          purpose: v.purpose ? { [locale]: v.purpose } : {},
          category,
        };
        if (host) item.host = host.replace(/^\*/, '');
        if (vendor) item.vendor = vendor.id;
        items.push(item);
      }
    });
  }
  return {
    draft: {
      categories: [...categories.values()].sort((a, b) => a.order - b.order),
      vendors: vendors.list(),
      items,
    },
    warnings: log.sorted(),
    headers,
  };
}

/** Names in running text that look like cookies (`_ga`, `JSESSIONID`, `wp-settings-#`). */
function importProse(text: string, options: TDeclarationImportOptions): TImportResult {
  const log = createWarningLog();
  const found = new Map<string, number>();
  splitLines(text).forEach((line, i) => {
    const raw = line.replace(/<[^>]*>/g, ' ');
    for (const token of raw.split(/[\s,;:()"'„“”‘’`«»]+/)) {
      const t = token.replace(/[.]+$/, '');
      if (isCookieLikeToken(t) && !isHostLike(t) && !/^https?/i.test(t) && !found.has(t))
        found.set(t, i + 1);
    }
  });
  const items: TStorageItem[] = [];
  const itemId = createIdAllocator();
  for (const [token, line] of found) {
    const { name, matchKind } = readDeclaredName(token);
    items.push({
      id: itemId(itemIdBase('unclassified', name, undefined)),
      name,
      matchKind,
      type: 'cookie',
      party: 'first',
      duration: { kind: 'unknown', raw: '' },
      purpose: {},
      category: 'unclassified',
    });
    log.warn(
      line,
      token,
      `"${name}" was found in running text: a person must check that it is a cookie and set its category, duration and provider.`,
    );
  }
  log.warn(
    undefined,
    '',
    items.length
      ? 'No table was found: the names below were picked out of running text and the rest needs a person (or paste the page as HTML, or a table).'
      : 'Nothing here reads as a cookie declaration (no table, no cookie names). Paste the cookie table itself, or the page as HTML.',
  );
  const locale = options.locale ?? 'en';
  return {
    draft: {
      categories: items.length
        ? [
            makeCategory('unclassified', {
              [locale]: defaultCategoryName('unclassified', locale) ?? 'Unclassified',
            }),
          ]
        : [],
      vendors: [],
      items,
    },
    warnings: log.sorted(),
  };
}

/** Which vendor tool wrote a table, from its header words. */
function tableFormat(headers: string[][], fallback: TDeclarationFormat): TDeclarationFormat {
  const all = headers.map((h) => h.join(' ').toLowerCase()).join('\n');
  if (/cookie subgroup|cookies used|lifespan/.test(all)) return 'onetrust';
  if (
    /maximum storage duration|maximale speicherdauer|durée de stockage maximale|längsta lagringstid/.test(
      all,
    )
  )
    return 'cookiebot-table';
  if (/expiration/.test(all) && /function/.test(all)) return 'complianz';
  if (/^cookie\s+\S+\s+description$/m.test(all)) return 'cookieyes';
  return fallback;
}

/**
 * Imports a cookie declaration in whatever shape it was pasted, recognising the format:
 * Cookiebot's text declaration and embedded table, OneTrust cookie lists, CookieYes, Complianz
 * and other WordPress tables, markdown/pipe tables, tab-separated or CSV text, HTML with
 * `<table>`s, Smula's own CSV, and as a last resort prose (cookie-like names, all to be checked).
 *
 * @remarks
 * Columns are read by what they contain (durations, storage types, hosts, prose, company names,
 * cookie-like names); header words in the EU languages, Norwegian and Icelandic help. Each
 * table's category is the nearest heading above it naming one, or a category column; failing
 * both, `unclassified` with a warning. Never throws; what it cannot use is a warning.
 */
export function importDeclarationText(
  text: string,
  options: TDeclarationImportOptions = {},
): TDeclarationImportResult {
  const result = withSiteDomain(text, options);
  if (!options.ocdRows?.length) return result;
  return {
    ...result,
    warnings: [...result.warnings, ...ocdImportHints(result.draft.items, options.ocdRows)],
  };
}

/** The import, with the site's domain inferred (and said) when not given. */
function withSiteDomain(
  text: string,
  options: TDeclarationImportOptions,
): TDeclarationImportResult {
  const result = detectAndImport(text, options);
  if (options.siteDomain || !result.draft.items.some((i) => i.host)) return result;
  if (result.format === 'smula-csv' || result.format === 'prose') return result;
  // No site domain: the declaration's own hosts say which one is the site's. First-party rows
  // name a host and no company (Cookiebot writes the site's host as the provider).
  const guess = ownDomainOf(result);
  if (!guess) {
    return {
      ...result,
      warnings: [
        {
          text: '',
          message:
            "The site's domain is not known and the declaration does not show it, so every item with a host is taken as third-party. Check the party of each, or import into a site with its domain set.",
        },
        ...result.warnings,
      ],
    };
  }
  const again = detectAndImport(text, { ...options, siteDomain: guess });
  return {
    ...again,
    warnings: [
      {
        text: guess,
        message: `The site's domain was not given: ${guess}, the host most of the site's own rows name, is taken as the site's, so items on it are first-party and items on other hosts third-party. Check the party of each.`,
      },
      ...again.warnings,
    ],
  };
}

/** The registrable domain most rows without a company name (or naming a host) sit on. */
function ownDomainOf(result: TImportResult): string | undefined {
  const vendorNames = new Map(result.draft.vendors.map((v) => [v.id, v.name]));
  const counts = new Map<string, number>();
  for (const item of result.draft.items) {
    if (!item.host) continue;
    const vendor = item.vendor ? vendorNames.get(item.vendor) : undefined;
    if (vendor && !isHostLike(vendor)) continue;
    const domain = registrableDomain(item.host);
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

function detectAndImport(
  text: string,
  options: TDeclarationImportOptions,
): TDeclarationImportResult {
  const input = typeof text === 'string' ? text : '';
  if (!input.trim()) {
    return {
      draft: { categories: [], vendors: [], items: [] },
      warnings: [{ text: '', message: 'Nothing was pasted.' }],
      format: 'empty',
      confidence: 1,
    };
  }
  // OneTrust's cookie-list JSON (what its scripts load from cdn.cookielaw.org).
  if (parseOneTrustJson(input)) {
    const result = importOneTrustJson(input, options);
    return withNothingCheck({ ...result, format: 'onetrust-json', confidence: 0.95 }, input);
  }
  // Cookiebot's declaration script (cd.js): the HTML it would write, read as HTML.
  if (isCookiebotScript(input)) {
    const result = importBlocks(htmlBlocks(cookiebotScriptHtml(input)), options);
    if (result.draft.items.length > 0)
      return withNothingCheck(
        { ...strip(result), format: 'cookiebot-script', confidence: 0.9 },
        input,
      );
  }
  const lines = splitLines(input).map(cleanLine);
  // Cookiebot's text declaration: `Category: Necessary (4)` blocks with a COOKIE NAME header.
  if (
    lines.some((l) => COOKIEBOT_CATEGORY_RE.test(l) && /\(\d+\)$/.test(l)) &&
    lines.some(
      (l) =>
        (/COOKIE ?NAME/i.test(l) || COOKIEBOT_PROVIDER_RE.test(l.toUpperCase())) &&
        !l.includes('\t'),
    )
  ) {
    const result = importCookiebotDeclaration(input, {
      locale: options.locale ?? 'en',
      ...(options.siteDomain ? { siteDomain: options.siteDomain } : {}),
    });
    if (result.draft.items.length > 0)
      return withNothingCheck({ ...result, format: 'cookiebot-text', confidence: 0.95 }, input);
  }
  // Smula's own CSV.
  const firstLine = lines.find(Boolean) ?? '';
  if (
    /(^|,)name(,|$)/i.test(firstLine) &&
    /(^|,)category(,|$)/i.test(firstLine) &&
    /match_kind|purpose:|duration_raw/i.test(firstLine)
  ) {
    return { ...importItemsCsv(input), format: 'smula-csv', confidence: 0.95 };
  }
  // HTML.
  if (/<(?:table|tr|td|h[1-6]|p|div|ul|li)\b/i.test(input)) {
    const result = importBlocks(htmlBlocks(input), options);
    if (result.draft.items.length > 0) {
      const vendor = /CookieDeclaration|Cybot/i.test(input)
        ? 'cookiebot-table'
        : /ot-sdk-cookie-policy|optanon|onetrust/i.test(input)
          ? 'onetrust'
          : /cmplz|complianz/i.test(input)
            ? 'complianz'
            : /cookieyes|cky-/i.test(input)
              ? 'cookieyes'
              : 'html';
      return withNothingCheck(
        { ...strip(result), format: tableFormat(result.headers, vendor), confidence: 0.8 },
        input,
      );
    }
  }
  const { blocks, pipe } = textBlocks(input);
  if (blocks.some((b) => b.kind === 'table')) {
    const result = importBlocks(blocks, options);
    return withNothingCheck(
      {
        ...strip(result),
        format: tableFormat(result.headers, pipe ? 'markdown' : 'tsv'),
        confidence: result.draft.items.length ? 0.8 : 0.3,
      },
      input,
    );
  }
  const perLine = cellPerLineBlocks(input);
  if (perLine) {
    const result = importBlocks(perLine, options);
    if (result.draft.items.length > 0)
      return withNothingCheck(
        {
          ...strip(result),
          format: tableFormat(result.headers, 'cells-per-line'),
          confidence: 0.6,
        },
        input,
      );
  }
  const records = recordBlocks(input);
  if (records) {
    const result = importBlocks(records, options);
    if (result.draft.items.length > 0) {
      return withNothingCheck(
        {
          ...strip(result),
          format: /optanon|onetrust/i.test(input) ? 'onetrust' : 'records',
          confidence: 0.6,
        },
        input,
      );
    }
  }
  // CSV or semicolon-separated text (not HTML that held no table).
  const isHtml = /<(?:table|tr|td|h[1-6]|p|div|ul|li)\b/i.test(input);
  const sep =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  if (
    !isHtml &&
    firstLine.split(sep).length >= 2 &&
    lines.filter((l) => l.includes(sep)).length >= 2
  ) {
    const source = sep === ';' ? input.replace(/;/g, '\t') : undefined;
    const rows = source ? splitLines(source).map((l) => l.split('\t')) : parseCsv(input);
    const csvBlocks: TBlock[] = [
      {
        kind: 'table',
        line: 1,
        rows: rows
          .filter((r) => r.some((c) => c.trim()))
          .map((cells, i) => ({ line: i + 1, cells: cells.map(cleanLine) })),
      },
    ];
    const result = importBlocks(csvBlocks, options);
    if (result.draft.items.length > 0)
      return withNothingCheck({ ...strip(result), format: 'csv', confidence: 0.6 }, input);
  }
  return { ...importProse(input, options), format: 'prose', confidence: 0.2 };
}

function strip(result: TImportResult & { headers: string[][] }): TImportResult {
  const { headers: _headers, ...rest } = result;
  return rest;
}

/** Input with cookie-like names that gave no items must say so, never look like success. */
function withNothingCheck(
  result: TDeclarationImportResult,
  input: string,
): TDeclarationImportResult {
  if (result.draft.items.length > 0) return result;
  const prose = importProse(input, {});
  return {
    ...result,
    warnings: [
      {
        text: '',
        message: `Read as ${result.format} but no items came out of it. Check that the table has a name column, or choose the format by hand.`,
      },
      ...result.warnings,
      ...prose.warnings.filter((w) => w.line !== undefined),
    ],
  };
}
