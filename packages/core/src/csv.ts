/**
 * RFC 4180 CSV, read and written in one place: comma-separated, fields in double quotes when
 * they need them, `""` for a quote inside. The writer defuses spreadsheet formulas, because every
 * CSV Smula writes (item exports, consent exports) carries third-party or visitor text and is
 * opened in a spreadsheet by people who trust it. Small and dependency-free: core runs in the
 * browser.
 *
 * @packageDocumentation
 */

/** One record and the 1-based line it starts on (records may span lines inside quotes). */
export interface TCsvRecord {
  cells: string[];
  line: number;
}

/** {@link parseCsvRecords}'s answer. */
export interface TCsvParse {
  records: TCsvRecord[];
  /** Line where a quoted field starts that never closes; the rest of the text is its content. */
  unterminatedQuoteLine?: number;
}

/**
 * Parses CSV into records with their line numbers. Accepts CRLF, LF or CR line ends and a
 * leading byte-order mark. Lenient where RFC 4180 leaves no choice: a quote inside an unquoted
 * field is a literal character, text after a closing quote is appended to the field, and an
 * unclosed quote runs to the end (reported in `unterminatedQuoteLine`). A blank line is a
 * record of one empty cell; a final line break does not start a record.
 */
export function parseCsvRecords(text: string): TCsvParse {
  const src = text.replace(/^\uFEFF/, '');
  const records: TCsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoted = false;
  let pending = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endField = () => {
    cells.push(field);
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ cells, line: recordLine });
    cells = [];
    pending = false;
  };

  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        field += ch;
        if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line++;
      }
      continue;
    }
    if (!pending) recordLine = line;
    pending = true;
    if (ch === '"' && field === '' && !quoted) {
      inQuotes = true;
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else {
      field += ch;
    }
  }
  if (pending) endRecord();
  return inQuotes ? { records, unterminatedQuoteLine: quoteLine } : { records };
}

/**
 * Parses CSV text into rows of cells (see {@link parseCsvRecords} for the details).
 *
 * @example parseCsv('a,"b ""c"""\r\n') // [['a', 'b "c"']]
 */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).records.map((r) => r.cells);
}

/** What a cell may hold: text, a number or a flag; `null` and `undefined` are empty. */
export type TCsvValue = string | number | boolean | null | undefined;

// Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula. Such text gets
// one `'` in front, which spreadsheets hide and read as "text". The pattern takes in any `'`s
// already in front, so that `'=x` is written `''=x` and unguardCsvCell can take exactly one
// off: written and read back, every text is itself again.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Text as it goes into a cell: with a leading `'` when a spreadsheet would run it as a formula.
 * Only text is guarded; a number such as `-1` is written as the number it is.
 */
export function guardCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The reverse of {@link guardCsvText} for an importer: takes one guarding `'` off, if any. */
export function unguardCsvCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

// Quotes, separators and line breaks need quotes; so does surrounding whitespace, which
// spreadsheets trim from unquoted cells.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One cell: `null`/`undefined` empty, text formula-guarded ({@link guardCsvText}), quoted when
 * it needs it.
 *
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: TCsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? guardCsvText(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record: the cells joined by commas, ended by CRLF. */
export function csvRow(values: readonly TCsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * Rows as CSV with CRLF line ends (RFC 4180), each row ended by a line break, cells written by
 * {@link csvCell}. `parseCsv(toCsv(rows))` with {@link unguardCsvCell} on each cell gives `rows`
 * back for any rows of text that have at least one cell.
 */
export function toCsv(rows: readonly (readonly TCsvValue[])[]): string {
  return rows.map(csvRow).join('');
}
