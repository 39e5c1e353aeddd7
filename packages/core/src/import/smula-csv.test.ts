import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv.js';
import { fjallbagerietDeclaration } from '../fixtures/fjallbageriet.js';
import type { TStorageItem, TVendor } from '../model.js';
import { exportItemsCsv, formatDurationCell, importItemsCsv } from './smula-csv.js';

const vendors: TVendor[] = [
  {
    id: 'fjallbageriet',
    name: 'Fjällbageriet',
    countries: ['SE'],
    dpfCertified: false,
    description: {},
  },
  {
    id: 'annons',
    name: 'Annons, "Exempel" AB',
    countries: [],
    dpfCertified: false,
    description: {},
  },
];

const items: TStorageItem[] = [
  {
    id: 'basket',
    name: 'basket_id',
    matchKind: 'exact',
    type: 'cookie',
    host: 'www.fjallbageriet.se',
    party: 'first',
    duration: { kind: 'session', raw: 'Session' },
    purpose: { sv: 'Håller varukorgen.', en: 'Keeps the basket.' },
    category: 'necessary',
    vendor: 'fjallbageriet',
    necessityJustification: 'Utan den går det inte att handla.',
    recipientCountries: ['SE'],
    legalBasis: 'strictly_necessary',
    initiator: 'Script tag, page source line number 5',
    source: 'https://www.fjallbageriet.se/js/a.js?x=1,2',
    firstFoundUrl: 'https://www.fjallbageriet.se/',
  },
  {
    id: 'pk-id',
    name: '_pk_id.#',
    matchKind: 'pattern',
    type: 'cookie',
    party: 'first',
    duration: { kind: 'seconds', seconds: 34186698, raw: '13 månader' },
    purpose: { sv: 'Räknar besök,\n"unika" sådana.' },
    category: 'statistics',
  },
  {
    id: 'ads',
    name: '=HYPERLINK("http://evil.example")',
    matchKind: 'prefix',
    type: 'pixel',
    host: 'ads.example.com',
    party: 'third',
    duration: { kind: 'seconds', seconds: 0.5 },
    purpose: { en: "'=already quoted", sv: '-lista' },
    category: 'marketing',
    vendor: 'annons',
    recipientCountries: [],
  },
  {
    id: 'idb',
    name: 'store',
    matchKind: 'exact',
    type: 'indexeddb',
    party: 'third',
    duration: { kind: 'persistent' },
    purpose: {},
    category: 'custom-key',
    vendor: 'no-such-vendor',
    recipientCountries: ['US', 'IE'],
    legalBasis: 'consent',
  },
  {
    id: 'unknown',
    name: 'x',
    matchKind: 'exact',
    type: 'session_storage',
    party: 'first',
    duration: { kind: 'unknown', raw: 'Varies' },
    purpose: { en: 'Unknown.' },
    category: 'unclassified',
  },
];

describe('exportItemsCsv / importItemsCsv', () => {
  it('round-trips items losslessly', () => {
    const csv = exportItemsCsv(items, vendors, ['sv', 'en']);
    const { draft, warnings } = importItemsCsv(csv);
    expect(warnings).toEqual([]);
    expect(draft.items).toStrictEqual(items);
  });

  it('round-trips the Fjällbageriet fixture', () => {
    const d = fjallbagerietDeclaration;
    const { draft, warnings } = importItemsCsv(exportItemsCsv(d.items, d.vendors, d.site.locales));
    expect(warnings).toEqual([]);
    expect(draft.items).toStrictEqual(d.items);
    expect(draft.vendors.map((v) => [v.id, v.name])).toEqual(
      [...new Set(d.items.map((i) => i.vendor).filter(Boolean))].map((id) => [
        id,
        d.vendors.find((v) => v.id === id)?.name,
      ]),
    );
  });

  it('writes the documented columns and guards against spreadsheet formulas', () => {
    const rows = parseCsv(exportItemsCsv(items, vendors, ['sv', 'en']));
    expect(rows[0]).toEqual([
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
      'purpose:sv',
      'purpose:en',
      'necessity_justification',
      'legal_basis',
      'initiator',
      'source',
      'first_found_url',
    ]);
    expect(rows[2]?.slice(7, 9)).toEqual(['34186698s', '13 månader']);
    expect(rows[3]?.[2]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(rows[3]?.[11]).toBe('unknown');
    expect(rows[3]?.[13]).toBe("''=already quoted");
    expect(rows[4]?.[11]).toBe('US IE');
    expect(rows[4]?.[10]).toBe('');
  });

  it('creates vendors with the union of their items’ countries and category stubs', () => {
    const { draft } = importItemsCsv(exportItemsCsv(items, vendors, ['sv', 'en']));
    expect(draft.vendors).toEqual([
      {
        id: 'fjallbageriet',
        name: 'Fjällbageriet',
        countries: ['SE'],
        dpfCertified: false,
        description: {},
      },
      {
        id: 'annons',
        name: 'Annons, "Exempel" AB',
        countries: [],
        dpfCertified: false,
        description: {},
      },
      {
        id: 'no-such-vendor',
        name: 'no-such-vendor',
        countries: ['US', 'IE'],
        dpfCertified: false,
        description: {},
      },
    ]);
    expect(draft.categories.map((c) => [c.key, c.required, c.name])).toEqual([
      ['necessary', true, { en: 'Necessary', sv: 'Nödvändiga' }],
      ['statistics', false, { en: 'Statistics', sv: 'Statistik' }],
      ['marketing', false, { en: 'Marketing', sv: 'Marknadsföring' }],
      ['unclassified', false, { en: 'Unclassified', sv: 'Oklassificerade' }],
      ['custom-key', false, {}],
    ]);
  });

  it('formats durations in the machine form', () => {
    expect(formatDurationCell({ kind: 'seconds', seconds: 34560000 })).toBe('34560000s');
    expect(formatDurationCell({ kind: 'session' })).toBe('session');
  });
});

describe('importItemsCsv (hand-written and broken input)', () => {
  it('reads columns in any order, human durations and fills defaults', () => {
    const csv = [
      'Purpose:sv,Name,Category,Duration,Vendor',
      'Räknar besök,_ga_#,statistics,2 år,google',
      'Kundkorg,cart*,necessary,,',
    ].join('\n');
    const { draft, warnings } = importItemsCsv(csv);
    expect(warnings).toEqual([]);
    expect(draft.items).toStrictEqual([
      {
        id: 'statistics-_ga_',
        name: '_ga_#',
        matchKind: 'pattern',
        type: 'cookie',
        party: 'third',
        duration: { kind: 'seconds', seconds: 2 * 31556952, raw: '2 år' },
        purpose: { sv: 'Räknar besök' },
        category: 'statistics',
        vendor: 'google',
      },
      {
        id: 'necessary-cart',
        name: 'cart',
        matchKind: 'prefix',
        type: 'cookie',
        party: 'third',
        duration: { kind: 'unknown' },
        purpose: { sv: 'Kundkorg' },
        category: 'necessary',
      },
    ]);
  });

  it('warns about a missing required column and imports nothing', () => {
    const { draft, warnings } = importItemsCsv('id,name\na,b\n');
    expect(draft.items).toEqual([]);
    expect(warnings).toEqual([
      { line: 1, text: 'id,name', message: expect.stringMatching(/"category"/) },
    ]);
  });

  it('warns about empty input', () => {
    expect(importItemsCsv('\n\n').warnings).toEqual([
      { text: '', message: 'No header row: nothing to import.' },
    ]);
  });

  it('warns with line numbers about bad rows and bad cells, never throwing', () => {
    const csv = [
      'id,name,category,match_kind,type,party,duration,recipient_countries,legal_basis,colour',
      'a,one,marketing,fuzzy,cookie,first,1 day,SE,consent,red',
      'a,dup,marketing,exact,cookie,first,session,,,',
      ',,marketing,exact,cookie,first,session,,,',
      'c,two,,exact,cookie,first,session,,,',
      'd,"multi',
      'line",statistics,exact,floppy,both,whenever,SE xx1 us,maybe,,extra',
      'e,three,statistics,exact,cookie,first,session,,,',
    ].join('\r\n');
    const { draft, warnings } = importItemsCsv(csv);
    expect(draft.items.map((i) => [i.id, i.name])).toEqual([
      ['a', 'one'],
      ['d', 'multi\r\nline'],
      ['e', 'three'],
    ]);
    const d = draft.items[1];
    expect(d).toMatchObject({
      type: 'cookie',
      party: 'third',
      duration: { kind: 'unknown', raw: 'whenever' },
      recipientCountries: ['SE', 'US'],
    });
    expect(d?.legalBasis).toBeUndefined();
    expect(warnings.map((w) => [w.line, w.message.split(' ').slice(0, 2).join(' ')])).toEqual([
      [1, 'Unknown column'],
      [2, 'Unknown match_kind'],
      [3, 'Id "a"'],
      [4, 'Row without'],
      [5, 'Row without'],
      [6, '1 cell(s)'],
      [6, 'Unknown type'],
      [6, 'Unknown party'],
      [6, 'Could not'],
      [6, '"xx1" is'],
      [6, 'Unknown legal_basis'],
    ]);
  });

  it('reports an unclosed quote and a repeated column and a renamed vendor', () => {
    const csv =
      'name,category,name,vendor,vendor_name\na,necessary,x,v,One\nb,necessary,y,v,Two\n"c';
    const { draft, warnings } = importItemsCsv(csv);
    expect(draft.items.map((i) => i.name)).toEqual(['a', 'b']);
    expect(draft.vendors).toMatchObject([{ id: 'v', name: 'One' }]);
    expect(warnings.map((w) => w.line)).toEqual([4, 1, 3, 4]);
  });
});
