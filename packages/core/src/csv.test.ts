import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, toCsv } from './csv.js';

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
});
