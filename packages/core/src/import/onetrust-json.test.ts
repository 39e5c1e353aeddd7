import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECONDS_PER } from '../duration-format.js';
import { ZVendorSchema } from '../schema/index.js';
import {
  cookiebotScriptHtml,
  embeddedDeclarationUrl,
  isCookiebotScript,
} from './cookiebot-script.js';
import { importDeclarationText } from './detect.js';
import { importOneTrustJson, oneTrustLanguageUrls, parseOneTrustJson } from './onetrust-json.js';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const { day } = SECONDS_PER;

describe('importOneTrustJson', () => {
  const text = fixture('onetrust-de.json');

  it('reads every group, first-party and host cookies, lengths in days (German)', () => {
    const result = importOneTrustJson(text, { locale: 'de', siteDomain: 'baeckerei-beispiel.de' });
    const vendor = (id?: string) => result.draft.vendors.find((v) => v.id === id)?.name ?? '';
    expect(
      result.draft.items.map((i) => [
        i.name,
        i.matchKind,
        i.category,
        i.duration.kind === 'seconds' ? i.duration.seconds : i.duration.kind,
        i.host,
        i.party,
        vendor(i.vendor),
      ]),
    ).toEqual([
      ['OptanonConsent', 'exact', 'necessary', 365 * day, 'www.baeckerei-beispiel.de', 'first', ''],
      ['JSESSIONID', 'exact', 'necessary', 'session', 'www.baeckerei-beispiel.de', 'first', ''],
      ['_ga', 'exact', 'statistics', 730 * day, 'baeckerei-beispiel.de', 'first', ''],
      ['_gat_UA-XXXXXXX', 'pattern', 'statistics', day, 'baeckerei-beispiel.de', 'first', ''],
      ['_hjid', 'exact', 'statistics', 365 * day, 'hotjar.com', 'third', 'Hotjar'],
      ['IDE', 'exact', 'marketing', 390 * day, 'doubleclick.net', 'third', 'Google'],
      ['test_cookie', 'exact', 'marketing', 'unknown', 'doubleclick.net', 'third', 'Google'],
      ['ab_test', 'exact', 'unclassified', 30 * day, 'baeckerei-beispiel.de', 'first', ''],
    ]);
    expect(result.draft.items[0]?.purpose).toEqual({
      de: 'Speichert die Einwilligung des Besuchers.',
    });
    expect(result.draft.categories.map((c) => [c.key, c.name.de])).toEqual([
      ['necessary', 'Unbedingt erforderliche Cookies'],
      ['statistics', 'Leistungs-Cookies'],
      ['marketing', 'Cookies für Marketingzwecke'],
      ['unclassified', 'Sonderfälle'],
    ]);
    for (const v of result.draft.vendors) expect(ZVendorSchema.safeParse(v).success).toBe(true);
    // What it could not read is said, naming the cookie or group.
    expect(result.warnings.map((w) => w.message)).toEqual([
      'test_cookie: no lifespan given (Length "0"); length unknown.',
      'Group "Sonderfälle" names no known category; its 1 cookies are unclassified. Choose their category.',
    ]);
  });

  it('is recognised by importDeclarationText, which takes the site from the first-party hosts', () => {
    const result = importDeclarationText(text, { locale: 'de' });
    expect(result.format).toBe('onetrust-json');
    expect(result.warnings[0]).toMatchObject({ text: 'baeckerei-beispiel.de' });
    expect(result.warnings[0]?.message).toMatch(/domain was not given/);
    expect(result.draft.items.filter((i) => i.party === 'first').map((i) => i.name)).toEqual([
      'OptanonConsent',
      'JSESSIONID',
      '_ga',
      '_gat_UA-XXXXXXX',
      'ab_test',
    ]);
  });

  it('refuses other JSON with a warning that says what to give', () => {
    expect(parseOneTrustJson('{"a":1}')).toBeUndefined();
    const result = importOneTrustJson('{"a":1}');
    expect(result.draft.items).toEqual([]);
    expect(result.warnings[0]?.message).toMatch(/Not OneTrust cookie-list JSON/);
  });

  it('finds the language file a domain file points at', () => {
    const domainFile = JSON.stringify({
      RuleSet: [
        { Id: 'aaaa-1111', Default: false, Languages: { en: 'en' } },
        { Id: 'bbbb-2222', Default: true, Languages: { de: 'de', en: 'en', sv: 'sv' } },
      ],
    });
    const base = 'https://cdn.cookielaw.org/consent/0190aaaa-bbbb/0190aaaa-bbbb.json';
    expect(oneTrustLanguageUrls(domainFile, base, 'sv')).toEqual([
      'https://cdn.cookielaw.org/consent/0190aaaa-bbbb/bbbb-2222/sv.json',
      'https://cdn.cookielaw.org/consent/0190aaaa-bbbb/bbbb-2222/en.json',
      'https://cdn.cookielaw.org/consent/0190aaaa-bbbb/bbbb-2222/de.json',
    ]);
    expect(oneTrustLanguageUrls('not json', base)).toEqual([]);
  });
});

describe('cookiebotScriptHtml', () => {
  it('reads the markup out of the script, unescaped, without the script’s other strings', () => {
    const script = fixture('cookiebot-cd-fr.js.txt');
    expect(isCookiebotScript(script)).toBe(true);
    const html = cookiebotScriptHtml(script);
    expect(html).toContain('<strong>Nécessaires (2)</strong>');
    expect(html).toContain('<td>_ga_#</td>');
    expect(html).not.toContain('\\u00e9');
    expect(html).not.toMatch(/^CookieDeclaration$|02\/12\/2026"/m);
    expect(isCookiebotScript('<p>CookieDeclaration<table></table></p>')).toBe(false);
  });

  it('joins markup split over concatenated literals and decodes \\u003c escapes', () => {
    const html = cookiebotScriptHtml(
      'x("\\u003ctable\\u003e\\u003ctr\\u003e\\u003ctd\\u003e" + "_fbp" + "\\u003c/td\\u003e"); y("id")',
    );
    expect(html.trim()).toBe('<table><tr><td>_fbp</td>');
  });
});

describe('site domain inferred when not given', () => {
  it('warns when no row shows the site, taking hosted items as third-party', () => {
    const result = importDeclarationText(
      'Marketing\nName\tProvider\tHost\tExpiry\n_fbp\tMeta\tfacebook.com\t3 months\n',
    );
    expect(result.draft.items[0]?.party).toBe('third');
    expect(result.warnings[0]?.message).toMatch(/domain is not known/);
  });
});

describe('embeddedDeclarationUrl', () => {
  it('finds the Cookiebot script or the OneTrust domain file a policy page loads', () => {
    expect(
      embeddedDeclarationUrl(
        '<h1>Cookies</h1><script id="CookieDeclaration" src="https://consent.cookiebot.com/3F6C1E0A-7B2D-4C9E-9A51-2D8E4B7C6A10/cd.js" type="text/javascript" async></script>',
      ),
    ).toBe('https://consent.cookiebot.com/3f6c1e0a-7b2d-4c9e-9a51-2d8e4b7c6a10/cd.js');
    expect(
      embeddedDeclarationUrl(
        '<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000"></script><div id="ot-sdk-cookie-policy"></div>',
      ),
    ).toBe(
      'https://cdn.cookielaw.org/consent/0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000/0190aaaa-bbbb-7ccc-8ddd-eeeeffff0000.json',
    );
    expect(embeddedDeclarationUrl('<p data-domain-script="x">no vendor</p>')).toBeUndefined();
  });
});
