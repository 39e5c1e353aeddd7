import { readShared } from '@smula/testing';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../csv.js';
import { parseDuration } from '../durations.js';
import { importDeclarationText } from './detect.js';
import {
  fromOpenCookieDatabase,
  matchOcd,
  ocdImportHints,
  ocdSuggestedCategory,
  parseOpenCookieDatabaseCsv,
} from './open-cookie-database.js';

// Fictional rows in the database's format, written for these tests.
const OWN = `ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match
a1,Brödstat,Analytics,_bs_id,,"Counts visitors, one number per browser",13 months,Brödstat AB,https://brodstat.example/privacy,0
a2,Brödstat,Analytics,_bs_ses_,,Marks the current visit,30 minutes,Brödstat AB,https://brodstat.example/privacy,1
a3,Brödstat,Analytics,_bs_,,Any other Brödstat key,1 year,Brödstat AB,https://brodstat.example/privacy,1
m1,Annonsnätet,Marketing,an_uid,annonsnatet.example (3rd party),Recognises the browser across sites,90 days,,not a url,0
p1,Smakprofil,Personalization,sp_taste,,Remembers favourite breads,Local Storage,Smakprofil AB,https://smakprofil.example,0
f1,Kassan,Functional,kassa_step,pay.kassan.example,Remembers the checkout step,session,Kassan AB,https://kassan.example,0
s1,Skyddet,Security,__bot_check,,Tells people from robots,1 day,Skyddet AB,https://skyddet.example,0
n1,Inloggning,Necessary,login_token,fjallbageriet.se,Keeps the visitor signed in,Session to 30 days,Inloggning AB,https://inloggning.example,1
x1,Okänt,Social,sh_btn,,Share buttons,1 day,Okänt AB,https://okant.example,0
bad-row,too,few,cells
,Nobody,Analytics,no_id,,No id here,1 day,Nobody,,0
w1,Flag,Analytics,wild,,Odd wildcard flag,1 day,Flag,,yes
`;

describe('parseOpenCookieDatabaseCsv (own rows)', () => {
  const { rows, warnings } = parseOpenCookieDatabaseCsv(OWN);

  it('reads the rows with their fields', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'a1',
      'a2',
      'a3',
      'm1',
      'p1',
      'f1',
      's1',
      'n1',
      'x1',
      'w1',
    ]);
    expect(rows[0]).toEqual({
      id: 'a1',
      platform: 'Brödstat',
      category: 'Analytics',
      name: '_bs_id',
      domain: '',
      description: 'Counts visitors, one number per browser',
      retention: '13 months',
      dataController: 'Brödstat AB',
      privacyUrl: 'https://brodstat.example/privacy',
      wildcard: false,
    });
    expect(rows[1]?.wildcard).toBe(true);
  });

  it('warns about every line it cannot use, with its line number', () => {
    expect(warnings.map((w) => [w.line, w.message.split(' ')[0]])).toEqual([
      [11, '4'],
      [12, 'No'],
      [13, 'Wildcard'],
    ]);
  });

  it('rejects a file that is not the database', () => {
    const result = parseOpenCookieDatabaseCsv('name,purpose\na,b\n');
    expect(result.rows).toEqual([]);
    expect(result.warnings.at(-1)?.message).toMatch(/missing id, category, name/);
  });
});

describe('fromOpenCookieDatabase (own rows)', () => {
  const { rows } = parseOpenCookieDatabaseCsv(OWN);
  const { suggestions, warnings } = fromOpenCookieDatabase(rows, {
    siteDomain: 'fjallbageriet.se',
  });
  const byOcd = (id: string) => suggestions.find((s) => s.ocdId === id);

  it('maps Analytics, Marketing and Personalization without review', () => {
    expect(byOcd('a1')).toStrictEqual({
      item: {
        id: 'statistics-_bs_id',
        name: '_bs_id',
        matchKind: 'exact',
        type: 'cookie',
        party: 'first',
        duration: parseDuration('13 months'),
        purpose: { en: 'Counts visitors, one number per browser' },
        category: 'statistics',
        vendor: 'brodstat-ab',
      },
      vendor: {
        id: 'brodstat-ab',
        name: 'Brödstat AB',
        privacyPolicyUrl: 'https://brodstat.example/privacy',
      },
      ocdId: 'a1',
      suggestedCategory: 'statistics',
      needsReview: false,
    });
    expect(byOcd('m1')).toMatchObject({
      item: {
        category: 'marketing',
        party: 'third',
        host: 'annonsnatet.example',
        vendor: 'annonsnatet',
      },
      vendor: { name: 'Annonsnätet' },
      needsReview: false,
    });
    expect(byOcd('m1')?.vendor.privacyPolicyUrl).toBeUndefined();
    expect(byOcd('p1')?.item).toMatchObject({
      category: 'preferences',
      type: 'local_storage',
      duration: { kind: 'persistent' },
    });
  });

  it('never puts Functional, Security or Necessary rows in necessary by itself', () => {
    for (const id of ['f1', 's1', 'n1']) {
      const s = byOcd(id);
      expect(s?.item.category, id).toBe('unclassified');
      expect(s?.suggestedCategory, id).toBe('necessary');
      expect(s?.needsReview, id).toBe(true);
      expect(s?.reviewReason, id).toMatch(/person/);
    }
    expect(byOcd('f1')?.item.party).toBe('third');
    expect(byOcd('n1')?.item).toMatchObject({ party: 'first', matchKind: 'prefix' });
  });

  it('sends an unknown category to review with a warning', () => {
    expect(byOcd('x1')).toMatchObject({
      item: { category: 'unclassified' },
      suggestedCategory: 'unclassified',
      needsReview: true,
    });
    expect(warnings).toEqual([{ text: 'x1', message: expect.stringMatching(/Social/) }]);
  });
});

describe('matchOcd', () => {
  const { rows } = parseOpenCookieDatabaseCsv(OWN);
  it('prefers an exact name, then the longest wildcard prefix', () => {
    expect(matchOcd('_bs_id', rows)?.id).toBe('a1');
    expect(matchOcd('_bs_ses_42', rows)?.id).toBe('a2');
    expect(matchOcd('_bs_other', rows)?.id).toBe('a3');
    expect(matchOcd('_BS_ID', rows)).toBeUndefined();
    expect(matchOcd('nothing', rows)).toBeUndefined();
  });

  it('is host-aware: a row on the host wins, and short names match only there', () => {
    const hosted =
      parseOpenCookieDatabaseCsv(`ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match
s1,Mätaren,Analytics,s,metrics.matare.example,Visit counter,session,Mätaren AB,,0
i1,Anyone,Marketing,id,,Some id,1 year,Anyone,,0
u1,Generic,Analytics,uid,,Generic id,1 year,Generic,,0
u2,Annonsnätet,Marketing,uid,annonsnatet.example,Ad id,1 year,Annonsnätet AB,,0
`).rows;
    expect(matchOcd('s', hosted, 'www.matare.example')?.id).toBe('s1');
    expect(matchOcd('s', hosted, 'www.shop.test')).toBeUndefined();
    expect(matchOcd('id', hosted, 'www.shop.test')).toBeUndefined();
    expect(matchOcd('id', hosted)?.id).toBe('i1');
    expect(matchOcd('uid', hosted, 'ads.annonsnatet.example')?.id).toBe('u2');
    expect(matchOcd('uid', hosted, 'www.shop.test')?.id).toBe('u1');
    expect(matchOcd('an_uid', rows, 'cdn.annonsnatet.example')?.id).toBe('m1');
  });
});

describe('ocdSuggestedCategory', () => {
  it('reads the database categories as fromOpenCookieDatabase suggests them', () => {
    expect(ocdSuggestedCategory({ category: 'Analytics' })).toBe('statistics');
    expect(ocdSuggestedCategory({ category: 'Marketing' })).toBe('marketing');
    expect(ocdSuggestedCategory({ category: 'Personalization' })).toBe('preferences');
    expect(ocdSuggestedCategory({ category: 'Functional' })).toBe('necessary');
    expect(ocdSuggestedCategory({ category: 'Security' })).toBe('necessary');
    expect(ocdSuggestedCategory({ category: 'Social' })).toBe('unclassified');
  });
});

describe('Open Cookie Database (the real file)', () => {
  const csv = readShared('data/open-cookie-database.csv');
  it.skipIf(csv === undefined)('parses every line into a row or a warning', () => {
    const text = csv ?? '';
    const { rows, warnings } = parseOpenCookieDatabaseCsv(text);
    const dataLines =
      parseCsvRecords(text).records.filter((r) => r.cells.some((c) => c)).length - 1;
    const rowWarnings = warnings.filter((w) => w.message.includes('row skipped')).length;
    expect(rows.length + rowWarnings).toBe(dataLines);
    expect(rows.length).toBeGreaterThan(2200);
    expect(rows.length).toBeLessThan(2400);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);

    const { suggestions } = fromOpenCookieDatabase(rows);
    expect(suggestions).toHaveLength(rows.length);
    const guarded = suggestions.filter((s) => {
      const category = rows.find((r) => r.id === s.ocdId)?.category;
      return category === 'Functional' || category === 'Security';
    });
    expect(guarded.length).toBeGreaterThan(900);
    for (const s of guarded) {
      expect(s.needsReview).toBe(true);
      expect(s.item.category).not.toBe('necessary');
    }
    expect(suggestions.some((s) => s.item.category === 'necessary')).toBe(false);
    expect(new Set(suggestions.map((s) => s.item.id)).size).toBe(suggestions.length);

    const ga = matchOcd('_ga_ABC123', rows);
    expect(ga).toMatchObject({ platform: 'Google Analytics', name: '_ga_', wildcard: true });
    expect(matchOcd('_ga', rows)).toMatchObject({ platform: 'Google Analytics', wildcard: false });
  });
});

describe('ocdImportHints (host-aware, inside the importers)', () => {
  const { rows } = parseOpenCookieDatabaseCsv(OWN);
  it('hints a category for unclassified items only, weakly when the row names another domain', () => {
    const result = importDeclarationText(
      'Name\tHost\tExpiry\n_bs_id\twww.fjallbageriet.se\t13 months\nan_uid\twww.fjallbageriet.se\t90 days\nlogin_token_7\tfjallbageriet.se\tSession\nplain_one\tfjallbageriet.se\t1 day\n',
      { siteDomain: 'fjallbageriet.se', ocdRows: rows },
    );
    const hints = result.warnings.filter((w) => /Open Cookie Database/.test(w.message));
    expect(hints.map((w) => w.message)).toEqual([
      '_bs_id: the Open Cookie Database lists it as Analytics (Brödstat); consider the statistics category.',
      'an_uid: a weak hint only: the Open Cookie Database lists a cookie of this name as Marketing (Annonsnätet on annonsnatet.example), not on www.fjallbageriet.se.',
      'login_token_7: the Open Cookie Database lists it as Necessary (Inloggning on fjallbageriet.se); consider the necessary category.',
    ]);
    // Nothing is changed by a hint.
    expect(result.draft.items.every((i) => i.category === 'unclassified')).toBe(true);
    // Classified items get none.
    expect(
      ocdImportHints([{ name: '_bs_id', category: 'statistics', host: 'x.example' }], rows),
    ).toEqual([]);
  });
});
