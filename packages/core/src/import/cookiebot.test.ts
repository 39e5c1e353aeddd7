import { readShared } from '@smula/testing';
import { describe, expect, it } from 'vitest';
import { byName, importFixture, seconds } from '../../test/import/helpers.js';
import { importCookiebotDeclaration } from './cookiebot.js';

const fixture = importFixture('cookiebot-fjallbageriet.txt');

describe('importCookiebotDeclaration (own fixture)', () => {
  const { draft, warnings, intro } = importCookiebotDeclaration(fixture);

  it('creates the five categories in standard order with required only for necessary', () => {
    expect(draft.categories.map((c) => [c.key, c.required, c.name.en])).toEqual([
      ['necessary', true, 'Necessary'],
      ['preferences', false, 'Preferences'],
      ['statistics', false, 'Statistics'],
      ['marketing', false, 'Marketing'],
      ['unclassified', false, 'Unclassified'],
    ]);
    const necessary = draft.categories[0];
    expect(necessary?.gcmSignals).toEqual(['security_storage']);
    expect(necessary?.description.en).toBe(
      'Necessary cookies keep the basket and the checkout working. The shop cannot take orders without them.',
    );
    expect(draft.categories.find((c) => c.key === 'marketing')?.gcmSignals).toEqual([
      'ad_storage',
      'ad_user_data',
      'ad_personalization',
    ]);
  });

  it('reads every row with its details', () => {
    expect(draft.items.map((i) => i.name)).toEqual([
      'basket_id',
      'checkout_state',
      'fb_lang',
      '_pk_id.#',
      'matomo-queue',
      'pixel.gif',
      '_ex_uid',
      'mystery_flag',
    ]);
    expect(byName(draft.items, 'basket_id')).toStrictEqual({
      id: 'necessary-basket_id-www-fjallbageriet-se',
      name: 'basket_id',
      matchKind: 'exact',
      type: 'cookie',
      host: 'www.fjallbageriet.se',
      party: 'first',
      duration: { kind: 'session', raw: 'Session' },
      purpose: { en: 'Keeps the loaves in the basket while the visitor moves between pages.' },
      category: 'necessary',
      vendor: 'www-fjallbageriet-se',
      recipientCountries: ['SE'],
      initiator: 'Script tag',
      firstFoundUrl: 'https://www.fjallbageriet.se/bullar',
    });
  });

  it('maps the storage types, including the long spellings', () => {
    expect(byName(draft.items, 'checkout_state').type).toBe('session_storage');
    expect(byName(draft.items, 'matomo-queue').type).toBe('indexeddb');
    expect(byName(draft.items, 'pixel.gif').type).toBe('pixel');
    expect(byName(draft.items, 'fb_lang').type).toBe('cookie');
  });

  it('marks # names as patterns and reads durations', () => {
    const pk = byName(draft.items, '_pk_id.#');
    expect(pk.matchKind).toBe('pattern');
    expect(pk.duration).toEqual({
      kind: 'seconds',
      seconds: seconds('13 months'),
      raw: '13 months',
    });
    expect(byName(draft.items, 'matomo-queue').duration.kind).toBe('persistent');
    expect(byName(draft.items, 'mystery_flag').duration.kind).toBe('unknown');
  });

  it('tells first from third party by the first found URL', () => {
    expect(byName(draft.items, 'fb_lang').party).toBe('first');
    expect(byName(draft.items, 'matomo-queue').party).toBe('first');
    expect(byName(draft.items, 'checkout_state').party).toBe('third');
    expect(byName(draft.items, 'pixel.gif').party).toBe('third');
  });

  it('keeps several recipient countries, none for Unknown, and unions them per vendor', () => {
    expect(byName(draft.items, 'pixel.gif').recipientCountries).toEqual(['US', 'IE']);
    expect(byName(draft.items, '_ex_uid').recipientCountries).toEqual([]);
    expect(byName(draft.items, 'mystery_flag').recipientCountries).toEqual([]);
    const ads = draft.vendors.find((v) => v.name === 'ads.exempelannons.com');
    expect(ads).toEqual({
      id: 'ads-exempelannons-com',
      name: 'ads.exempelannons.com',
      countries: ['IE', 'US'],
      dpfCertified: false,
      description: {},
    });
    expect(draft.vendors.map((v) => v.name)).toEqual([
      'www.fjallbageriet.se',
      'pay.kassatjansten.se',
      'fjallbageriet.se',
      'matomo.fjallbageriet.se',
      'ads.exempelannons.com',
    ]);
  });

  it('keeps the intro and warns about each line it could not use', () => {
    expect(intro).toContain('Om kakor på Fjällbageriet');
    expect(intro).toContain('Ändra ditt samtycke');
    expect(intro).not.toContain('stray_cookie');
    expect(warnings.map((w) => [w.line, w.text.slice(0, 24)])).toEqual([
      [7, 'stray_cookie fjallbageri'],
      [72, 'Category: Marketing (3)'],
      [85, '_ex_uid ads.exempelannon'],
      [94, 'This sentence is nothing'],
      [102, 'mystery_flag fjallbageri'],
    ]);
    expect(warnings[1]?.message).toMatch(/states 3 items but 2 rows/);
    expect(warnings[2]?.message).toMatch(/Atlantis/);
    expect(warnings[4]?.message).toMatch(/a good while/);
  });

  it('gives the same ids when the same text is imported again', () => {
    const again = importCookiebotDeclaration(fixture);
    expect(again.draft.items.map((i) => i.id)).toEqual(draft.items.map((i) => i.id));
    expect(again.draft.vendors.map((v) => v.id)).toEqual(draft.vendors.map((v) => v.id));
  });
});

describe('importCookiebotDeclaration (edge cases)', () => {
  it('reads Swedish category names, puts texts under the locale, numbers repeated ids', () => {
    const text = [
      'Kategori: Nödvändiga (2)',
      'Kakor som måste finnas.',
      'COOKIE NAME PROVIDER TYPE MAXIMUM STORAGE DURATION',
      'sid exempel.se HTTP Session',
      'Cookie purpose description: Håller sessionen.',
      'sid exempel.se HTTP Session',
      'Cookie purpose description: Samma namn igen.',
    ].join('\r\n');
    const { draft, warnings } = importCookiebotDeclaration(text, {
      locale: 'sv',
      siteDomain: 'exempel.se',
    });
    expect(warnings).toEqual([]);
    expect(draft.categories[0]).toMatchObject({
      key: 'necessary',
      name: { sv: 'Nödvändiga' },
      description: { sv: 'Kakor som måste finnas.' },
    });
    expect(draft.items.map((i) => [i.id, i.party, i.purpose])).toEqual([
      ['necessary-sid-exempel-se', 'first', { sv: 'Håller sessionen.' }],
      ['necessary-sid-exempel-se-2', 'first', { sv: 'Samma namn igen.' }],
    ]);
    expect(draft.items[0]?.recipientCountries).toBeUndefined();
  });

  it('counts an item third-party when nothing says what the site is', () => {
    const { draft } = importCookiebotDeclaration(
      'Category: Statistics (1)\nx exempel.se HTTP 1 day',
    );
    expect(draft.items[0]?.party).toBe('third');
  });

  it('sends rows of an unknown category to unclassified with a warning', () => {
    const { draft, warnings } = importCookiebotDeclaration(
      'Category: Social media (1)\nlike_btn social.example.com HTTP 1 day',
    );
    expect(draft.items[0]?.category).toBe('unclassified');
    expect(warnings).toEqual([
      {
        line: 1,
        text: 'Category: Social media (1)',
        message: expect.stringMatching(/Social media/),
      },
    ]);
  });

  it('warns about detail lines without an item and repeated details', () => {
    const { draft, warnings } = importCookiebotDeclaration(
      [
        'Category: Necessary (1)',
        'Initiator: Script tag',
        'a exempel.se HTTP Session',
        'Initiator: Script tag',
        'Initiator: Something else',
      ].join('\n'),
    );
    expect(draft.items[0]?.initiator).toBe('Script tag');
    expect(warnings.map((w) => w.line)).toEqual([2, 5]);
  });

  it('does not take a purpose that names a host and HTML for a row', () => {
    const { draft } = importCookiebotDeclaration(
      [
        'Category: Preferences (1)',
        'prefs exempel.se HTML Persistent',
        'Cookie purpose description: Keeps data for exempel.se HTML pages 1 year',
      ].join('\n'),
    );
    expect(draft.items).toHaveLength(1);
    expect(draft.items[0]?.purpose.en).toBe('Keeps data for exempel.se HTML pages 1 year');
  });

  it('returns an empty draft for empty text', () => {
    expect(importCookiebotDeclaration('')).toEqual({
      draft: { categories: [], vendors: [], items: [] },
      warnings: [],
    });
  });
});

describe('importCookiebotDeclaration (seed 003, a real Cookiebot declaration)', () => {
  const seed = readShared('seeds/003_f9aad1d62070f1b7.txt');
  it.skipIf(seed === undefined)('imports every item exactly', () => {
    const { draft, warnings, intro } = importCookiebotDeclaration(seed ?? '');
    expect(warnings).toEqual([]);
    expect(intro).toMatch(/^Om webbkakor \(cookies\)/);
    expect(draft.categories.map((c) => c.key)).toEqual([
      'necessary',
      'preferences',
      'statistics',
      'marketing',
      'unclassified',
    ]);
    const counts = draft.categories.map(
      (c) => draft.items.filter((i) => i.category === c.key).length,
    );
    expect(counts).toEqual([4, 8, 3, 4, 3]);
    for (const item of draft.items) {
      expect(item.vendor, item.name).toBeTruthy();
      expect(item.purpose.en, item.name).toBeTruthy();
      expect(item.duration.kind, item.name).not.toBe('unknown');
      expect(item.recipientCountries, item.name).toBeDefined();
      expect(item.firstFoundUrl, item.name).toBe('https://etjanster.almi.se/');
    }

    const ga = byName(draft.items, '_ga');
    expect(ga).toMatchObject({
      type: 'cookie',
      category: 'marketing',
      host: 'almi.se',
      party: 'first',
      duration: { kind: 'seconds', seconds: seconds('2 years') },
      recipientCountries: ['US'],
      initiator: 'Script tag, page source line number 5',
    });
    expect(ga.duration.kind === 'seconds' && ga.duration.seconds).toBeGreaterThan(2 * 365 * 86400);
    expect(draft.vendors.find((v) => v.id === ga.vendor)).toMatchObject({
      name: 'almi.se',
      countries: ['SE', 'US'],
    });
    expect(byName(draft.items, '_ga_#').matchKind).toBe('pattern');

    const form = byName(draft.items, 'imbox-formValues');
    expect(form).toMatchObject({
      type: 'local_storage',
      duration: { kind: 'session' },
      recipientCountries: [],
      party: 'third',
      source: 'Inline script',
      vendor: 'files-imbox-io',
    });
    expect(byName(draft.items, 'FPID')).toMatchObject({
      duration: { kind: 'seconds', seconds: 400 * 86400 },
      recipientCountries: ['SE'],
      category: 'statistics',
    });
    expect(byName(draft.items, '_gcl_ls')).toMatchObject({
      type: 'local_storage',
      duration: { kind: 'persistent' },
      party: 'third',
      host: 'googletagmanager.com',
    });
    expect(byName(draft.items, 'imboxuid').duration).toMatchObject({ seconds: 86400 });
    expect(byName(draft.items, 'JSESSIONID').source).toBeUndefined();

    const consent = draft.items.filter((i) => i.name === 'CookieConsent');
    expect(consent.map((i) => [i.host, i.party])).toEqual([
      ['etjanster.almi.se', 'first'],
      ['gtm.almi.se', 'first'],
    ]);
    expect(new Set(draft.items.map((i) => i.id)).size).toBe(22);
    expect(draft.vendors.find((v) => v.id === 'files-imbox-io')?.countries).toEqual([]);
  });
});
