/**
 * RFC 4180 CSV: comma-separated, fields with `"`, `,` or line breaks in double quotes, `""` for a
 * quote inside them. Small and dependency-free because core runs in the browser.
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

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes rows as CSV with CRLF line ends (RFC 4180), quoting only fields that need it. Every row
 * ends with a line break. `parseCsv(toCsv(rows))` gives `rows` back for any rows that have at
 * least one cell.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map(
      (row) =>
        `${row.map((f) => (NEEDS_QUOTES.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')}\r\n`,
    )
    .join('');
}
