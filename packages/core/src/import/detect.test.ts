import { readFileSync } from 'node:fs';
import { readShared } from '@smula/testing';
import { describe, expect, it } from 'vitest';
import { SECONDS_PER } from '../duration-format.js';
import { ZVendorSchema } from '../schema/index.js';
import { importCookiebotDeclaration } from './cookiebot.js';
import { importDeclarationText } from './detect.js';
import { readDeclaredName } from './names.js';
import { importTable } from './table.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const { minute, day, month, year } = SECONDS_PER;
const S = 'session';
const P = 'persistent';
type TExpected = [name: string, category: string, duration: number | string, provider: string];

/** Every item's name, category, duration (seconds or kind) and provider, in input order. */
function summary(text: string) {
  const result = importDeclarationText(text);
  const vendorName = (id: string | undefined) =>
    result.draft.vendors.find((v) => v.id === id)?.name ?? '';
  // The site-domain guess (no siteDomain given here) has its own test below.
  const warnings = result.warnings.filter((w) => !/^The site’?'?s domain/.test(w.message));
  return {
    ...result,
    warnings,
    rows: result.draft.items.map(
      (i): TExpected => [
        i.name,
        i.category,
        i.duration.kind === 'seconds' ? i.duration.seconds : i.duration.kind,
        vendorName(i.vendor),
      ],
    ),
  };
}

const CASES: [file: string, format: string, rows: TExpected[]][] = [
  [
    'cookiebot-text-fr.txt',
    'cookiebot-text',
    [
      ['CookieConsent', 'necessary', Math.round(year), 'boulangerie-exemple.fr'],
      ['langue', 'preferences', P, 'boulangerie-exemple.fr'],
      ['_ga', 'statistics', Math.round(2 * year), 'google.com'],
    ],
  ],
  [
    'cookiebot-text-da.txt',
    'cookiebot-text',
    [
      ['CookieConsent', 'necessary', Math.round(year), 'bageri-eksempel.dk'],
      ['_ga', 'statistics', Math.round(2 * year), 'google.com'],
      ['test_cookie', 'marketing', day, 'doubleclick.net'],
    ],
  ],
  [
    'cells-per-line-en.txt',
    'cookiebot-table',
    [
      ['CookieConsent', 'necessary', Math.round(year), 'Cookiebot'],
      ['__cf_bm', 'necessary', day, 'Cloudflare'],
      ['_hjSessionUser_#', 'statistics', Math.round(year), 'Hotjar'],
      ['_fbp', 'marketing', Math.round(3 * month), 'Meta Platforms, Inc.'],
    ],
  ],
  [
    'cookiebot-cd-fr.js.txt',
    'cookiebot-script',
    [
      ['CookieConsent', 'necessary', Math.round(year), 'Cookiebot'],
      ['PHPSESSID', 'necessary', S, 'boulangerie-exemple.fr'],
      ['lang', 'preferences', S, 'LinkedIn'],
      ['_ga', 'statistics', Math.round(2 * year), 'Google'],
      ['_ga_#', 'statistics', Math.round(2 * year), 'Google'],
      ['IDE', 'marketing', 400 * day, 'Google'],
      ['_fbp', 'marketing', Math.round(3 * month), 'Meta Platforms, Inc.'],
    ],
  ],
  [
    'cookiebot-table-en.txt',
    'cookiebot-table',
    [
      ['CookieConsent', 'necessary', Math.round(year), 'Cookiebot'],
      ['JSESSIONID', 'necessary', S, 'New Relic'],
      ['_ga', 'statistics', Math.round(2 * year), 'Google'],
      ['_ga_#', 'statistics', Math.round(2 * year), 'Google'],
      ['_hjSession_#', 'statistics', day, 'Hotjar'],
      ['IDE', 'marketing', 400 * day, 'Google'],
      ['lastExternalReferrer', 'marketing', P, 'Meta Platforms, Inc.'],
    ],
  ],
  [
    'cookiebot-table-de.txt',
    'cookiebot-table',
    [
      ['CookieConsent', 'necessary', Math.round(year), 'Cookiebot'],
      ['CookieConsent', 'necessary', Math.round(year), 'Cookiebot'],
      ['PHPSESSID', 'necessary', S, 'www.beispiel.de'],
      ['lang', 'preferences', S, 'LinkedIn'],
      ['_gid', 'statistics', day, 'Google'],
      ['_fbp', 'marketing', Math.round(3 * month), 'Meta Platforms, Inc.'],
    ],
  ],
  [
    'onetrust-en.txt',
    'onetrust',
    [
      ['OptanonConsent', 'necessary', 365 * day, 'example.com'],
      ['OptanonAlertBoxClosed', 'necessary', 365 * day, 'example.com'],
      ['__cf_bm', 'necessary', 30 * minute, 'example.com'],
      ['_gid', 'statistics', day, 'example.com'],
      ['_ga', 'statistics', 730 * day, 'example.com'],
      ['_gat_UA-', 'statistics', 3, 'example.com'],
      ['IDE', 'marketing', 390 * day, 'doubleclick.net'],
      ['test_cookie', 'marketing', 3, 'doubleclick.net'],
      ['bcookie', 'marketing', 365 * day, 'linkedin.com'],
      ['lidc', 'marketing', day, 'linkedin.com'],
    ],
  ],
  [
    'cookieyes-fr.txt',
    'cookieyes',
    [
      ['cookielawinfo-checkbox-necessary', 'necessary', Math.round(11 * month), ''],
      ['wpEmojiSettingsSupports', 'necessary', S, ''],
      ['_ga', 'statistics', Math.round(year + month + 4 * day), ''],
      ['_ga_', 'statistics', Math.round(year + month + 4 * day), ''],
      ['_fbp', 'marketing', Math.round(3 * month), ''],
      ['test_cookie', 'marketing', 15 * minute, ''],
    ],
  ],
  [
    'complianz-nl.md',
    'markdown',
    [
      ['_ga', 'statistics', Math.round(2 * year), ''],
      ['_gid', 'statistics', day, ''],
      ['_fbp', 'marketing', Math.round(3 * month), ''],
      ['cmplz_banner-status', 'preferences', 365 * day, ''],
    ],
  ],
  [
    'markdown-es.md',
    'markdown',
    [
      ['_ga', 'statistics', Math.round(2 * year), 'Google'],
      ['_hjSessionUser_#', 'statistics', Math.round(year), 'Hotjar'],
      ['_fbp', 'marketing', Math.round(3 * month), 'Meta'],
    ],
  ],
  [
    'html-it.html',
    'html',
    [
      ['PHPSESSID', 'necessary', S, 'sito.it'],
      ['cookie_consent', 'necessary', Math.round(6 * month), 'sito.it'],
      ['_ga', 'statistics', Math.round(2 * year), 'Google'],
      ['_gat_UA-#', 'statistics', minute, 'Google'],
    ],
  ],
  [
    'csv-pl.csv',
    'csv',
    [
      ['_ga', 'statistics', Math.round(2 * year), 'Google'],
      ['PHPSESSID', 'necessary', S, 'sklep.pl'],
      ['_fbp', 'marketing', Math.round(3 * month), 'Meta'],
      ['koszyk_id', 'preferences', 30 * day, 'sklep.pl'],
    ],
  ],
  [
    'tsv-fi.txt',
    'tsv',
    [
      ['cookie_consent', 'necessary', Math.round(year), 'kauppa.fi'],
      ['SESSID', 'necessary', S, 'kauppa.fi'],
      ['_ga', 'statistics', Math.round(2 * year), 'Google'],
    ],
  ],
  [
    'tsv-da.txt',
    'tsv',
    [
      ['CookieConsent', 'necessary', Math.round(year), 'Cookiebot'],
      ['_ga', 'statistics', Math.round(2 * year), 'Google'],
      ['_gid', 'statistics', day, 'Google'],
    ],
  ],
  [
    'tsv-nb.txt',
    'tsv',
    [
      ['JSESSIONID', 'necessary', S, 'nettbutikk.no'],
      ['_fbp', 'marketing', Math.round(3 * month), 'Meta'],
      ['_gcl_au', 'marketing', Math.round(2 * month), 'Google'],
    ],
  ],
  [
    'tsv-sv.txt',
    'tsv',
    [
      ['_fbp', 'marketing', Math.round(3 * month), 'Meta'],
      ['_uetsid', 'marketing', day, 'Microsoft'],
    ],
  ],
];

describe('importDeclarationText', () => {
  it.each(CASES)('%s is read as %s, every item right', (file, format, rows) => {
    const result = summary(fixture(file));
    expect(result.format).toBe(format);
    expect(result.rows).toEqual(rows);
    expect(result.warnings).toEqual([]);
    for (const vendor of result.draft.vendors)
      expect(ZVendorSchema.safeParse(vendor).success).toBe(true);
  });

  it.each([
    [
      'a Cookiebot table whose provider cell broke onto the next line (Swedish)',
      'Nödvändiga (2)\nNödvändiga kakor hjälper till.\nNamn\tLeverantör\tSyfte\tLängsta lagringstid\tTyp\nCookieConsent\tCookiebot\nLäs mer om denna leverantör\tSparar användarens samtycke.\t1 år\tHTTP Cookie\nJSESSIONID\tNew Relic\nLäs mer om denna leverantör\tBevarar användarens status.\tSession\tHTTP Cookie\n',
      [
        ['CookieConsent', 'necessary', Math.round(year), 'Cookiebot'],
        ['JSESSIONID', 'necessary', S, 'New Relic'],
      ],
    ],
    [
      'a table under an unlisted header language (Hungarian), read by content',
      'Statisztikai sütik\nMegnevezés\tSzolgáltató\tLeírás\tLejárat\n_ga\tGoogle\tEgyedi azonosítót regisztrál a statisztikai adatok előállításához.\t2 év\n_gid\tGoogle\tEgyedi azonosítót regisztrál a statisztikai adatok előállításához.\t1 nap\n',
      [
        ['_ga', 'statistics', Math.round(2 * year), 'Google'],
        ['_gid', 'statistics', day, 'Google'],
      ],
    ],
    [
      'a OneTrust list with one cookie a row and empty hosts',
      'Performance Cookies\nCookie Subgroup\tCookies\tCookies used\tLifespan\nexample.com\t_ga\tFirst Party\t730 days\n\t_gid\tFirst Party\t1 days\nhotjar.com\t_hjSessionUser_#\tThird Party\t365 days\n',
      [
        ['_ga', 'statistics', 730 * day, 'example.com'],
        ['_gid', 'statistics', day, 'example.com'],
        ['_hjSessionUser_#', 'statistics', 365 * day, 'hotjar.com'],
      ],
    ],
    [
      "Cookiebot's embedded declaration pasted as HTML",
      '<div id="CookieDeclaration"><p class="CookieDeclarationType">Statistics (1)</p><table class="CookieDeclarationTable"><tr><th>Name</th><th>Provider</th><th>Purpose</th><th>Maximum Storage Duration</th><th>Type</th></tr><tr><td>_ga</td><td>Google</td><td>Registers a unique ID.</td><td>2 years</td><td>HTTP Cookie</td></tr></table></div>',
      [['_ga', 'statistics', Math.round(2 * year), 'Google']],
    ],
    [
      'a WordPress table whose "Type" column holds the category',
      'Cookies used on this site\n\nCookie\tType\tDuration\tDescription\n_ga\tAnalytics\t2 years\tUsed to distinguish users.\nwordpress_logged_in_[hash]\tNecessary\tSession\tKeeps you logged in.\n',
      [
        ['_ga', 'statistics', Math.round(2 * year), ''],
        ['wordpress_logged_in_#', 'necessary', S, ''],
      ],
    ],
    [
      'a table whose header is in no listed words (Greek), by content',
      'Απαραίτητα cookies\nΌνομα cookie\tΠάροχος υπηρεσίας\tΣκοπός χρήσης\tΧρόνος λήξης\nPHPSESSID\tsite.gr\tΔιατηρεί την κατάσταση του χρήστη μεταξύ των αιτημάτων σελίδας.\tΣυνεδρία\n_ga\tGoogle\tΚαταχωρεί ένα μοναδικό αναγνωριστικό για στατιστικά δεδομένα.\t2 έτη\n',
      [
        ['PHPSESSID', 'necessary', S, 'site.gr'],
        ['_ga', 'necessary', Math.round(2 * year), 'Google'],
      ],
    ],
    [
      "OneTrust's cookie policy pasted as HTML (German)",
      '<h4 class="ot-sdk-cookie-policy-group">Leistungs-Cookies</h4><p class="ot-sdk-cookie-policy-group-desc">Diese Cookies ermöglichen es uns, Besuche zu zählen.</p><table><thead><tr><th class="ot-table-header ot-host">Cookie-Untergruppe</th><th>Cookies</th><th>Verwendete Cookies</th><th>Lebensdauer</th></tr></thead><tbody><tr><td data-label="Cookie-Untergruppe"><span class="ot-mobile-border"></span><a href="https://x.example">beispiel.de</a></td><td><span>_ga, _gid</span></td><td><span>Erstanbieter</span></td><td><span>730 Tage, 1 Tage</span></td></tr></tbody></table>',
      [
        ['_ga', 'statistics', 730 * day, 'beispiel.de'],
        ['_gid', 'statistics', day, 'beispiel.de'],
      ],
    ],
    [
      'a Complianz service block with its purpose heading',
      'Google Analytics\nStatistics\nUsage\nWe use Google Analytics for website statistics. Read more\nSharing data\nFor more information, please read the Google Analytics Privacy Statement.\nCookies placed\nName\tRetention\tFunction\n_ga\t2 years\tStore and count pageviews\n_gid\t1 day\tStore and count pageviews\n',
      [
        ['_ga', 'statistics', Math.round(2 * year), ''],
        ['_gid', 'statistics', day, ''],
      ],
    ],
    [
      "OneTrust's preference-centre cookie details (label and value lines)",
      'Performance Cookies\nThese cookies allow us to count visits.\nCookie details\nName\n_ga\nHost\nexample.com\nDuration\n730 Days\nType\n1st Party\nDescription\nUsed to distinguish users.\nName\n_gid\nHost\nexample.com\nDuration\n1 Days\nType\n1st Party\n',
      [
        ['_ga', 'statistics', 730 * day, 'example.com'],
        ['_gid', 'statistics', day, 'example.com'],
      ],
    ],
    [
      '"Label: value" records',
      'Marketing\nName: _fbp\nProvider: Meta\nExpiry: 3 months\n\nName: fr\nProvider: Meta\nExpiry: 90 days\n',
      [
        ['_fbp', 'marketing', Math.round(3 * month), 'Meta'],
        ['fr', 'marketing', 90 * day, 'Meta'],
      ],
    ],
  ] as [string, string, TExpected[]][])('reads %s', (_label, text, rows) => {
    const result = summary(text);
    expect(result.rows).toEqual(rows);
    expect(result.warnings).toEqual([]);
  });

  it('reads the Cookiebot text declaration in German: translated labels, purposes, first party by the first found URL', () => {
    const result = summary(fixture('cookiebot-text-de.txt'));
    expect(result.format).toBe('cookiebot-text');
    expect(result.rows).toEqual([
      ['CookieConsent', 'necessary', Math.round(year), 'baeckerei-beispiel.de'],
      ['warenkorb', 'necessary', S, 'baeckerei-beispiel.de'],
      ['_pk_id.#', 'statistics', Math.round(13 * month), 'matomo.beispiel-analyse.de'],
      ['_fbp', 'marketing', Math.round(3 * month), 'facebook.com'],
    ]);
    expect(result.draft.items.map((i) => i.party)).toEqual(['first', 'first', 'third', 'third']);
    expect(result.draft.items[1]?.purpose).toEqual({
      en: 'Hält den Warenkorb zwischen den Seiten.',
    });
    // A country name it cannot read is said, not dropped silently.
    expect(result.warnings.map((w) => w.message)).toEqual([
      'Unknown recipient country "Deutschland" for CookieConsent; left out.',
    ]);
  });

  it('regroups a table copied one cell a line only while the groups read as rows', () => {
    const text =
      'Analytics cookies\nName\nProvider\nExpiry\n_ga\nGoogle\n2 years\n_gid\nGoogle\n1 day\nMarketing cookies\nName\nProvider\nExpiry\n_fbp\nMeta\n3 months\n';
    const result = summary(text);
    expect(result.format).toBe('cells-per-line');
    expect(result.rows).toEqual([
      ['_ga', 'statistics', Math.round(2 * year), 'Google'],
      ['_gid', 'statistics', day, 'Google'],
      ['_fbp', 'marketing', Math.round(3 * month), 'Meta'],
    ]);
  });

  it('reads Cookiebot hosts after a repeated name and OneTrust hosts from the row above', () => {
    const de = importDeclarationText(fixture('cookiebot-table-de.txt'));
    expect(de.draft.items.slice(0, 2).map((i) => i.host)).toEqual([
      'www.beispiel.de',
      'shop.beispiel.de',
    ]);
    const ot = importDeclarationText(fixture('onetrust-en.txt'));
    expect(ot.draft.items[2]).toMatchObject({
      name: '__cf_bm',
      host: 'example.com',
      party: 'third',
    });
    expect(ot.draft.items[0]?.party).toBe('first');
  });

  it('recognises the Cookiebot text declaration and imports it as before (seed 003)', () => {
    const seed = readShared('seeds/003_f9aad1d62070f1b7.txt');
    if (seed === undefined) return;
    const result = importDeclarationText(seed);
    expect(result.format).toBe('cookiebot-text');
    expect(result.draft).toEqual(importCookiebotDeclaration(seed).draft);
  });

  it('reads seed 004 tables like importTable does', () => {
    const seed = readShared('seeds/004_850ec40d7caabd4c.txt');
    if (seed === undefined) return;
    const result = importDeclarationText(seed, { locale: 'sv', siteDomain: 'kicks.se' });
    const table = importTable(seed, { siteDomain: 'kicks.se' });
    // The KICKS provider is a long phrase; its vendor id must still fit the schema.
    for (const v of [...table.draft.vendors, ...result.draft.vendors]) {
      expect(ZVendorSchema.safeParse(v).success).toBe(true);
    }
    expect(result.draft.items.map((i) => [i.name, i.category, i.duration])).toEqual(
      table.draft.items.map((i) => [i.name, i.category, i.duration]),
    );
  });

  it('warns for a table without a category heading and for unreadable durations', () => {
    const text = 'Name\tProvider\tDuration\n_abc\tAcme\t2 years\n_def\tAcme\tbis zur Löschung\n';
    const result = importDeclarationText(text);
    expect(result.draft.items.map((i) => i.category)).toEqual(['unclassified', 'unclassified']);
    expect(result.draft.items[1]?.duration).toEqual({ kind: 'unknown', raw: 'bis zur Löschung' });
    expect(result.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/No heading above this table names a category/),
      expect.stringMatching(/Could not read the duration "bis zur Löschung"/),
    ]);
  });

  it('picks cookie names out of prose and says the rest needs a person', () => {
    const result = importDeclarationText(
      'We use Google Analytics, which sets _ga and _gid, and our shop keeps PHPSESSID for your basket.',
    );
    expect(result.format).toBe('prose');
    expect(result.draft.items.map((i) => [i.name, i.category])).toEqual([
      ['_ga', 'unclassified'],
      ['_gid', 'unclassified'],
      ['PHPSESSID', 'unclassified'],
    ]);
    expect(result.warnings[0]?.message).toMatch(/needs a person/);
  });

  it('warns about the seeds that hold no declaration, saying what to do', () => {
    for (const file of [
      '000_0dd16de0ba3ddcc3.txt',
      '001_e879b4ed0b08d4e7.txt',
      '002_99ff0602ea17a8d7.txt',
    ]) {
      const seed = readShared(`seeds/${file}`);
      if (seed === undefined) continue;
      const result = importDeclarationText(seed, { locale: 'sv' });
      expect(result.format).toBe('prose');
      expect(result.warnings[0]?.message).toMatch(/Paste the cookie table|needs a person/);
    }
  });

  it('checks a Cookiebot heading count against the rows read', () => {
    const text =
      'Marketing (3)\nName\tProvider\tPurpose\tExpiry\tType\n_fbp\tMeta\tTracks visitors across websites.\t3 months\tHTTP Cookie\n';
    expect(importDeclarationText(text).warnings).toEqual([
      { line: 1, text: 'Marketing (3)', message: 'The heading states 3 items but 1 were read.' },
    ]);
  });

  it("skips Cookiebot's category tab strip and a header repeated inside one pasted table", () => {
    const r = importDeclarationText(
      'Necessary (1)\tStatistics (1)\n\nNecessary (1)\nName\tProvider\tPurpose\tExpiry\tType\nCookieConsent\tCookiebot\tStores consent state for the domain.\t1 year\tHTTP Cookie\n\nName\tProvider\tPurpose\tExpiry\tType\n_ga\tGoogle\tRegisters a unique ID for statistics.\t2 years\tHTTP Cookie\n',
    );
    expect(r.draft.items.map((i) => i.name)).toEqual(['CookieConsent', '_ga']);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'The heading states 1 items but 2 were read.',
    ]);
  });

  it('says so when nothing is recognised', () => {
    const result = importDeclarationText('Hello there, this is a page about our company.');
    expect(result.draft.items).toEqual([]);
    expect(result.warnings[0]?.message).toMatch(/Nothing here reads as a cookie declaration/);
  });
});

describe('readDeclaredName', () => {
  it.each([
    ['_ga_[User ID]', '_ga_#', 'pattern'],
    ['_hjSessionUser_<id>', '_hjSessionUser_#', 'pattern'],
    ['_pk_id.{site}', '_pk_id.#', 'pattern'],
    ['_hjSession_xxxx', '_hjSession_XXXX', 'pattern'],
    ['amp.cookie.test.XXXXXX', 'amp.cookie.test.XXXXXX', 'pattern'],
    ['_ga_#', '_ga_#', 'pattern'],
    ['_gat_UA-', '_gat_UA-', 'prefix'],
    ['wp-settings-', 'wp-settings-', 'prefix'],
    ['_hjSession_*', '_hjSession_', 'prefix'],
    ['_pk_ses.*.*', '_pk_ses.XXX.XXX', 'pattern'],
    ['__utmx', '__utmx', 'exact'],
  ])('%s → %s (%s)', (input, name, matchKind) => {
    expect(readDeclaredName(input)).toEqual({ name, matchKind });
  });
});
