import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_LANGUAGES,
  DEFAULT_TEXTS,
  defaultTextsFor,
  type TDefaultLanguage,
  withDefaultCategoryTexts,
} from './default-texts.js';
import { GCM_SIGNALS, STANDARD_CATEGORIES, type TBannerTexts, type TPolicyTexts } from './model.js';

// Typed as complete records: a key added to the model fails `tsc` here until it is listed, and
// the runtime checks below then fail until both languages have it.
const BANNER_KEYS: Record<keyof TBannerTexts, true> = {
  title: true,
  description: true,
  withdrawal: true,
  acceptAll: true,
  rejectAll: true,
  customise: true,
  save: true,
  preferencesTitle: true,
  preferencesDescription: true,
  alwaysOn: true,
  cookiePolicyLink: true,
  privacyPolicyLink: true,
  close: true,
  gpcNotice: true,
  openSettings: true,
  vendorsHeading: true,
  itemsHeading: true,
  placeholderText: true,
  placeholderAllow: true,
  placeholderLink: true,
  reloadNotice: true,
  reloadButton: true,
};

const POLICY_KEYS: Record<keyof TPolicyTexts, true> = {
  title: true,
  intro: true,
  sections: true,
  declarationHeading: true,
  vendorsHeading: true,
  lastUpdated: true,
  version: true,
  itemCount: true,
  colName: true,
  colProvider: true,
  colPurpose: true,
  colDuration: true,
  colType: true,
  colCountry: true,
  firstParty: true,
  thirdParty: true,
  typeCookie: true,
  typeLocalStorage: true,
  typeSessionStorage: true,
  typeIndexedDb: true,
  typePixel: true,
  durationSession: true,
  durationPersistent: true,
  durationUnknown: true,
  countryUnknown: true,
  basisEea: true,
  basisAdequacy: true,
  basisDpf: true,
  basisScc: true,
  basisBcr: true,
  basisNone: true,
  basisUnknown: true,
  vendorData: true,
  vendorRetention: true,
  vendorCountries: true,
  privacyPolicyLink: true,
  optOutLink: true,
  consentStateHeading: true,
  changeConsent: true,
  withdrawConsent: true,
  noConsent: true,
  noItems: true,
};

const SECTION_IDS = [
  'what-are-cookies',
  'session-persistent',
  'first-third-party',
  'change-consent',
  'remove-cookies',
  'contact',
];

// Every language with default texts: the checks below hold for each (issue 19).
const LOCALES = DEFAULT_LANGUAGES;

/** Every string of a locale's texts, with a path for the failure message. */
function allStrings(locale: TDefaultLanguage): [string, string][] {
  const { banner, policy } = DEFAULT_TEXTS[locale];
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(banner)) out.push([`banner.${k}`, v]);
  for (const [k, v] of Object.entries(policy))
    if (typeof v === 'string') out.push([`policy.${k}`, v]);
  for (const s of policy.sections) {
    out.push([`section ${s.id} heading`, s.heading], [`section ${s.id} body`, s.body]);
  }
  for (const d of DEFAULT_CATEGORIES) {
    const c = withDefaultCategoryTexts(d, [locale]);
    out.push(
      [`category ${c.key} name`, c.name[locale] ?? ''],
      [`category ${c.key} description`, c.description[locale] ?? ''],
    );
  }
  return out;
}

describe('DEFAULT_TEXTS', () => {
  it.each(LOCALES)('%s has every banner and policy key, none empty', (locale) => {
    const { banner, policy } = DEFAULT_TEXTS[locale];
    expect(Object.keys(banner).sort()).toEqual(Object.keys(BANNER_KEYS).sort());
    expect(Object.keys(policy).sort()).toEqual(Object.keys(POLICY_KEYS).sort());
    for (const [path, text] of allStrings(locale)) expect(text.trim(), path).not.toBe('');
  });

  it('Swedish and English have the same keys and section ids in the same order', () => {
    expect(Object.keys(DEFAULT_TEXTS.sv.banner)).toEqual(Object.keys(DEFAULT_TEXTS.en.banner));
    expect(Object.keys(DEFAULT_TEXTS.sv.policy)).toEqual(Object.keys(DEFAULT_TEXTS.en.policy));
    const ids = (l: 'sv' | 'en') => DEFAULT_TEXTS[l].policy.sections.map((s) => s.id);
    expect(ids('sv')).toEqual(SECTION_IDS);
    expect(ids('en')).toEqual(SECTION_IDS);
  });

  it.each(LOCALES)('%s keeps its placeholders where the renderers fill them', (locale) => {
    const { banner, policy } = DEFAULT_TEXTS[locale];
    expect(banner.description).toContain('{categories}');
    expect(banner.description).toContain('{vendorCount}');
    expect(policy.itemCount).toContain('{count}');
    // No stray placeholder anywhere else: nothing would fill it.
    const allowed: Record<string, string[]> = {
      'banner.description': ['{categories}', '{vendorCount}'],
      'policy.itemCount': ['{count}'],
      // Filled by the automatic-blocking chunk's click-to-load placeholder.
      'banner.placeholderText': ['{vendor}', '{category}'],
      'banner.placeholderAllow': ['{category}'],
      'banner.placeholderLink': ['{vendor}'],
    };
    for (const [path, text] of allStrings(locale)) {
      for (const p of text.match(/\{[^}]*\}/g) ?? []) expect(allowed[path], path).toContain(p);
    }
  });

  it.each(LOCALES)('%s keeps every sentence to 25 words or fewer (B-11)', (locale) => {
    for (const [path, text] of allStrings(locale)) {
      for (const sentence of text.split(/[.!?]/)) {
        const words = sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
        expect(words.length, `${path}: "${sentence.trim()}"`).toBeLessThanOrEqual(25);
      }
    }
  });

  it.each(LOCALES)('%s names the withdrawal route and the settings control (B-08)', (locale) => {
    const { banner, policy } = DEFAULT_TEXTS[locale];
    expect(banner.withdrawal).toContain(banner.openSettings);
    const change = policy.sections.find((s) => s.id === 'change-consent');
    expect(change?.body).toContain(banner.openSettings);
  });

  it('uses the wording the checklists quote', () => {
    expect(DEFAULT_TEXTS.sv.banner.openSettings).toBe('Cookieinställningar');
    expect(DEFAULT_TEXTS.sv.policy.lastUpdated).toBe('Senast uppdaterad');
    expect(DEFAULT_TEXTS.sv.policy.basisAdequacy).toBe('Beslut om adekvat skyddsnivå');
    expect(DEFAULT_TEXTS.sv.policy.basisNone).toBe('Ingen överföringsgrund');
    expect(DEFAULT_TEXTS.en.policy.colDuration).toBe('Maximum storage duration');
  });

  it('the remove-cookies section lists browsers as a list', () => {
    for (const l of LOCALES) {
      const body = DEFAULT_TEXTS[l].policy.sections.find((s) => s.id === 'remove-cookies')?.body;
      expect(body?.split('\n').filter((line) => line.startsWith('- ')).length).toBeGreaterThan(2);
    }
  });
});

describe('DEFAULT_CATEGORIES', () => {
  it('are the five standard categories in order, with unique orders', () => {
    expect(DEFAULT_CATEGORIES.map((c) => c.key)).toEqual([...STANDARD_CATEGORIES]);
    const orders = DEFAULT_CATEGORIES.map((c) => c.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect(orders).toEqual([0, 1, 2, 3, 4]);
  });

  it('only necessary is required, and signals are valid and not shared', () => {
    expect(DEFAULT_CATEGORIES.filter((c) => c.required).map((c) => c.key)).toEqual(['necessary']);
    const signals = DEFAULT_CATEGORIES.flatMap((c) => c.gcmSignals);
    expect(new Set(signals).size).toBe(signals.length);
    expect([...signals].sort()).toEqual([...GCM_SIGNALS].sort());
    const byKey = Object.fromEntries(DEFAULT_CATEGORIES.map((c) => [c.key, c.gcmSignals]));
    expect(byKey.statistics).toEqual(['analytics_storage']);
    expect(byKey.unclassified).toEqual([]);
    expect(byKey.marketing).toEqual(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });

  it('carry Swedish and English only: other languages are added per site locale', () => {
    for (const c of DEFAULT_CATEGORIES) expect(Object.keys(c.name).sort()).toEqual(['en', 'sv']);
    const de = DEFAULT_CATEGORIES.map((c) => withDefaultCategoryTexts(c, ['de-AT', 'ja']));
    expect(de.map((c) => c.name.de)).toEqual([
      'Notwendig',
      'Präferenzen',
      'Statistik',
      'Marketing',
      'Nicht klassifiziert',
    ]);
    expect(de.every((c) => c.name.ja === undefined)).toBe(true);
  });

  it('have the agreed names in both languages', () => {
    expect(DEFAULT_CATEGORIES.map((c) => c.name.sv)).toEqual([
      'Nödvändiga',
      'Inställningar',
      'Statistik',
      'Marknadsföring',
      'Oklassificerade',
    ]);
    expect(DEFAULT_CATEGORIES.map((c) => c.name.en)).toEqual([
      'Necessary',
      'Preferences',
      'Statistics',
      'Marketing',
      'Unclassified',
    ]);
  });
});

describe('defaultTextsFor', () => {
  it('picks by base language and knows only the default languages', () => {
    expect(defaultTextsFor('sv-FI')).toBe(DEFAULT_TEXTS.sv);
    expect(defaultTextsFor('EN_gb')).toBe(DEFAULT_TEXTS.en);
    expect(defaultTextsFor('de-AT')).toBe(DEFAULT_TEXTS.de);
    expect(defaultTextsFor('ja')).toBeUndefined();
    expect(defaultTextsFor('constructor')).toBeUndefined();
    expect(defaultTextsFor('')).toBeUndefined();
  });
});
