import { describe, expect, it } from 'vitest';
import {
  csvCell,
  csvRow,
  guardCsvText,
  parseCsv,
  parseCsvRecords,
  toCsv,
  unguardCsvCell,
} from './csv.js';

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes', () => {
    const text = 'name,note\r\n"a ""quoted"" word","one, two"\r\n"two\nlines",x\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'],
      ['a "quoted" word', 'one, two'],
      ['two\nlines', 'x'],
    ]);
  });

  it('accepts LF, CR and a byte-order mark, and keeps empty fields', () => {
    expect(parseCsv('\uFEFFa,b\n,\rc,')).toEqual([
      ['a', 'b'],
      ['', ''],
      ['c', ''],
    ]);
  });

  it('keeps a blank line as one empty cell but starts no record after a final break', () => {
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('is lenient with stray quotes', () => {
    expect(parseCsv('a"b,"c"d\n')).toEqual([['a"b', 'cd']]);
  });

  it('gives the line each record starts on and reports an unclosed quote', () => {
    const parsed = parseCsvRecords('h\n"x\ny"\nz\n"open\nrest');
    expect(parsed.records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['h']],
      [2, ['x\ny']],
      [4, ['z']],
      [5, ['open\nrest']],
    ]);
    expect(parsed.unterminatedQuoteLine).toBe(5);
    expect(parseCsvRecords('a\r\n"b\r\nc"\r\nd').records.map((r) => r.line)).toEqual([1, 2, 4]);
  });
});

describe('toCsv', () => {
  it('quotes only fields that need it and ends rows with CRLF', () => {
    expect(toCsv([['a', 'b c', 'say "hi", then\nleave']])).toBe(
      'a,b c,"say ""hi"", then\nleave"\r\n',
    );
  });

  it('round-trips through parseCsv', () => {
    const rows = [['id', 'text', ''], ['1', '"', ','], ['2', 'line\r\nbreak', ' spaced '], ['']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('round-trips formula-like, quoted and non-Latin text once the guard is taken off', () => {
    const rows = [
      ['=1+1', '+46 8 123', '-lista', '@SUM(A1)', '\tx', '\rx'],
      ["'=already", "''+twice", "'plain", 'Nödvändiga 🍪 クッキー', 'a "b", c\nd', ''],
    ];
    const back = parseCsv(toCsv(rows)).map((r) => r.map(unguardCsvCell));
    expect(back).toEqual(rows);
  });
});

describe('csvCell', () => {
  it('leaves plain text, numbers and flags alone and writes null as empty', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(7)).toBe('7');
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('Beständig – 13 månader, 🍪')).toBe('"Beständig – 13 månader, 🍪"');
    expect(csvCell('Nödvändiga')).toBe('Nödvändiga');
  });

  it('quotes separators, quotes, line breaks and surrounding whitespace', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
    expect(csvCell('padded ')).toBe('"padded "');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', '"\'\rx"'],
    ['=HYPERLINK("x",1)', `"'=HYPERLINK(""x"",1)"`],
    ["'=already guarded", "''=already guarded"],
  ])('defuses the formula in %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });
});

describe('guardCsvText / unguardCsvCell', () => {
  it('guard only what a spreadsheet would run, and take exactly one guard off', () => {
    expect(guardCsvText('a=b')).toBe('a=b');
    expect(guardCsvText("'quoted")).toBe("'quoted");
    expect(unguardCsvCell("'=x")).toBe('=x');
    expect(unguardCsvCell("''=x")).toBe("'=x");
    expect(unguardCsvCell("'plain")).toBe("'plain");
    expect(unguardCsvCell('-1')).toBe('-1');
  });
});

describe('csvRow', () => {
  it('joins the cells with commas and ends the record with CRLF', () => {
    expect(csvRow(['a', 1, null, true, '=x'])).toBe("a,1,,true,'=x\r\n");
    expect(csvRow([])).toBe('\r\n');
  });
});
