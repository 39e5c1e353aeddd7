import { readShared } from '@smula/testing';
import { describe, expect, it } from 'vitest';
import { byName, importFixture, seconds } from '../../test/import/helpers.js';
import { importTable } from './table.js';

const fixture = importFixture('table-exempelbutiken.txt');

describe('importTable (own fixture)', () => {
  const { draft, warnings } = importTable(fixture, { siteDomain: 'exempelbutiken.se' });

  it('reads every row of every table', () => {
    expect(draft.items.map((i) => [i.name, i.category])).toEqual([
      ['eb_cart', 'necessary'],
      ['eb_login', 'necessary'],
      ['_pk_id.XXXX', 'statistics'],
      ['_vis_sess', 'statistics'],
      ['promo_seen', 'marketing'],
      ['_adpx', 'marketing'],
      ['odd_one', 'marketing'],
    ]);
  });

  it('creates the categories found, with descriptions from the overview lines', () => {
    expect(draft.categories.map((c) => [c.key, c.required, c.name.sv])).toEqual([
      ['necessary', true, 'Nödvändiga'],
      ['statistics', false, 'Statistik'],
      ['marketing', false, 'Marknadsföring'],
    ]);
    expect(draft.categories[0]?.description).toEqual({
      sv: 'Kakor som behövs för att kassan och inloggningen ska fungera.',
    });
    expect(draft.categories[2]?.description).toEqual({});
  });

  it('joins wrapped rows onto the row above', () => {
    expect(byName(draft.items, 'eb_cart').purpose).toEqual({
      sv: 'Håller reda på varorna i din varukorg medan du handlar i butiken.',
    });
    expect(byName(draft.items, '_adpx').purpose.sv).toBe(
      'Counts ad views for the partner network.',
    );
  });

  it('reads columns in any order, types, durations, hosts and patterns', () => {
    expect(byName(draft.items, 'eb_cart')).toStrictEqual({
      id: 'necessary-eb_cart-exempelbutiken-se',
      name: 'eb_cart',
      matchKind: 'exact',
      type: 'cookie',
      host: 'exempelbutiken.se',
      party: 'first',
      duration: { kind: 'session', raw: 'Session' },
      purpose: { sv: 'Håller reda på varorna i din varukorg medan du handlar i butiken.' },
      category: 'necessary',
      vendor: 'exempelbutiken-se',
    });
    expect(byName(draft.items, 'eb_login').duration).toMatchObject({ seconds: 30 * 86400 });
    expect(byName(draft.items, '_pk_id.XXXX')).toMatchObject({
      matchKind: 'pattern',
      duration: { kind: 'seconds', seconds: seconds('13 months') },
    });
    expect(byName(draft.items, '_vis_sess')).toMatchObject({
      host: 'analys.example-stats.com',
      party: 'third',
      vendor: 'analys-example-stats-com-endast-stat', // cut to fit the schema's 40
      duration: { seconds: 30 * 60 },
    });
    expect(byName(draft.items, 'promo_seen')).toMatchObject({
      type: 'local_storage',
      host: '.exempelbutiken.se',
      party: 'first',
      purpose: { sv: 'Remembers which offer the visitor has seen.' },
    });
    expect(byName(draft.items, '_adpx')).toMatchObject({ type: 'pixel', party: 'third' });
    expect(byName(draft.items, 'odd_one')).toMatchObject({ type: 'cookie', party: 'third' });
    expect(draft.vendors.map((v) => v.name)).toContain(
      'analys.example-stats.com (endast statistik)',
    );
  });

  it('warns about each thing it could not use, naming the line', () => {
    expect(warnings.map((w) => [w.line, w.message.split(' ').slice(0, 3).join(' ')])).toEqual([
      [31, 'Unknown column "Owner";'],
      [32, 'Cell "x" is'],
      [35, 'Unknown storage type'],
      [35, 'Could not read'],
      [39, 'A tab-separated line'],
    ]);
    expect(warnings[4]?.text).toBe('En tabbrad | utan rubrik ovanför');
  });

  it('guesses the site domain from the rows when none is given, and says so', () => {
    const guessed = importTable(fixture);
    expect(guessed.draft.items.map((i) => i.party)).toEqual(draft.items.map((i) => i.party));
    expect(guessed.warnings[0]).toEqual({
      text: 'exempelbutiken.se',
      message: expect.stringMatching(/assumed the site is exempelbutiken\.se \(4 of 6 rows\)/),
    });
  });
});

describe('importTable (edge cases)', () => {
  it('warns and uses unclassified when no heading names a category', () => {
    const { draft, warnings } = importTable('Våra kakor\n\nName\tExpiry\nabc\t1 day\n');
    expect(draft.items[0]?.category).toBe('unclassified');
    expect(draft.categories.map((c) => c.key)).toEqual(['unclassified']);
    expect(warnings.find((w) => w.line === 3)?.message).toMatch(/No heading/);
  });

  it('falls back to a paragraph, then to the table above', () => {
    const text = [
      'Vi mäter besöken med ett analysverktyg.',
      'Name\tDuration',
      'a\t1 day',
      'Mer text utan nyckelord.',
      'Name\tDuration',
      'b\t2 days',
    ].join('\n');
    const { draft } = importTable(text, { siteDomain: 'x.se' });
    expect(draft.items.map((i) => i.category)).toEqual(['statistics', 'statistics']);
  });

  it('lets a Category column override the heading and warns about unknown ones', () => {
    const text = 'Necessary\nName\tCategory\tTyp\na\tMarketing\tHTTP\nb\tFoo\tIndexedDB\n';
    const { draft, warnings } = importTable(text, { locale: 'en', siteDomain: 'x.se' });
    expect(draft.items.map((i) => [i.category, i.type, i.party])).toEqual([
      ['marketing', 'cookie', 'first'],
      ['necessary', 'indexeddb', 'first'],
    ]);
    expect(draft.categories.map((c) => c.name)).toEqual([{ en: 'Necessary' }, { en: 'Marketing' }]);
    expect(warnings).toEqual([
      { line: 4, text: 'b | Foo | IndexedDB', message: expect.any(String) },
    ]);
  });

  it('warns about a continuation line with no row to continue', () => {
    const { draft, warnings } = importTable('Analytics\nName\tPurpose\n\tstray text\n', {
      siteDomain: 'x.se',
    });
    expect(draft.items).toEqual([]);
    expect(warnings.map((w) => w.line)).toEqual([3]);
  });

  it('reads a trailing * as a prefix and counts every host third-party without a majority', () => {
    const text = 'Marketing\nName\tProvider\n_fx_*\ta.example.com\n_fy\tb.example.net\nown\t\n';
    const { draft, warnings } = importTable(text);
    expect(draft.items.map((i) => [i.name, i.matchKind, i.party])).toEqual([
      ['_fx_', 'prefix', 'third'],
      ['_fy', 'exact', 'third'],
      ['own', 'exact', 'first'],
    ]);
    expect(warnings[0]?.message).toMatch(/no domain has most rows/);
  });
});

describe('importTable (seed 004, a real cookie page)', () => {
  const seed = readShared('seeds/004_850ec40d7caabd4c.txt');
  it.skipIf(seed === undefined)(
    'imports both tables, every row, durations and wrapped lines',
    () => {
      const { draft, warnings } = importTable(seed ?? '', { siteDomain: 'kicks.se' });
      expect(warnings).toEqual([]);
      expect(draft.items.map((i) => [i.name, i.category])).toEqual([
        ['toky_state', 'necessary'],
        ['__cfduid', 'necessary'],
        ['TokyUserID', 'necessary'],
        ['islogged', 'necessary'],
        ['.ASPXAUTH', 'necessary'],
        ['JSESSIONID', 'necessary'],
        ['amp.cookie.test.XXXXXX', 'statistics'],
        ['logglytrackingsession', 'statistics'],
        ['_hjIncludedInPageviewSample', 'statistics'],
        ['_hjIncludedInSessionSample', 'statistics'],
        ['_ga', 'statistics'],
      ]);
      expect(draft.categories.map((c) => [c.key, c.required])).toEqual([
        ['necessary', true],
        ['statistics', false],
      ]);
      expect(draft.categories[0]?.description.sv).toMatch(/^Dessa cookies är absolut nödvändiga/);

      expect(byName(draft.items, 'toky_state')).toMatchObject({
        duration: { kind: 'seconds', seconds: seconds('13 months') },
        party: 'first',
        host: 'kicks.se',
      });
      expect(byName(draft.items, 'TokyUserID').duration).toMatchObject({ seconds: 100 * 86400 });
      expect(byName(draft.items, 'logglytrackingsession').duration.kind).toBe('session');
      expect(byName(draft.items, '_ga').duration).toMatchObject({ seconds: seconds('2 years') });
      expect(byName(draft.items, 'amp.cookie.test.XXXXXX').matchKind).toBe('pattern');

      const cf = byName(draft.items, '__cfduid');
      expect(cf.host).toBe('community.kicks.se');
      expect(draft.vendors.find((v) => v.id === cf.vendor)?.name).toBe(
        'community.kicks.se tokywoky.com(for chat only)',
      );
      expect(byName(draft.items, 'JSESSIONID')).toMatchObject({
        host: '.nr-data.net',
        party: 'third',
        duration: { kind: 'session' },
        purpose: {
          sv: expect.stringMatching(/skapa och lagra ett sessions-ID för att veta hur många/),
        },
      });
      expect(byName(draft.items, '_ga').purpose.sv).toMatch(
        /genom att tilldela ett slumpmässigt genererat nummer.*webbplatsanalysrapporterna$/,
      );

      const guessed = importTable(seed ?? '');
      expect(guessed.warnings.map((w) => w.text)).toEqual(['kicks.se']);
      expect(guessed.draft.items.map((i) => i.party)).toEqual(draft.items.map((i) => i.party));
    },
  );
});
