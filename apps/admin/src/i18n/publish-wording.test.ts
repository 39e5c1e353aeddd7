import {
  BANNER_KEYS_SHOWN,
  DIFF_FIELDS,
  DIFF_LINE_CODES,
  describeDiff,
  diffConfigs,
  LINT_CODES,
  LINT_CONTRAST_FIELDS,
  LINT_ITEM_FIELDS,
  lintDeclaration,
  normaliseDeclaration,
  REGION_MODELS,
  STORAGE_TYPES,
  type TDeclaration,
} from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import sv from '../../messages/sv.json';
import {
  blockedText,
  diffLineText,
  findingText,
  reconsentText,
  type TWordingTranslator,
} from './publish-wording';

// A translator that throws on a missing key or value instead of printing the key: a message
// whose placeholders do not match core's params fails here, not silently on the screen.
const translator = (locale: 'en' | 'sv') =>
  createTranslator({
    locale,
    messages: locale === 'en' ? en : sv,
    onError(error) {
      throw error;
    },
  }) as unknown as TWordingTranslator;
const english = translator('en');
const swedish = translator('sv');

// Between them these trip every rule of the lint (the first test checks that).
const base = structuredClone(fjallbagerietDeclaration);
// Certified before, so the diff below can say one vendor lost it and another gained it.
for (const v of base.vendors) if (v.id === 'google') v.dpfCertified = true;
for (const v of base.vendors) if (v.id === 'meta') v.dpfCertified = false;
const fbp = base.items.find((i) => i.id === 'fbp')!;
const broken: TDeclaration = {
  ...base,
  site: {
    ...base.site,
    locales: ['sv', 'en', 'ja'],
    consentLifetimes: { acceptMonths: 24, rejectMonths: 6 },
    regionRules: {
      models: { eu: 'opt-out', uk: 'opt-out', ch: 'opt-out', us: 'opt-out', other: 'opt-in' },
      optOutCategories: [],
    },
  },
  appearance: { ...base.appearance, colors: { ...base.appearance.colors, link: '#dddddd' } },
  categories: base.categories.map((c) =>
    c.key === 'statistics' ? { ...c, legalBasis: 'legitimate_interest' as const } : c,
  ),
  vendors: base.vendors.map((v) =>
    v.id === 'meta' ? { ...v, legalBasis: 'legitimate_interest' as const, countries: [] } : v,
  ),
  items: [
    ...base.items.map((i) =>
      i.id === 'basket'
        ? { ...i, necessityJustification: '' }
        : i.id === 'lang'
          ? { ...i, legalBasis: 'legitimate_interest' as const }
          : i.id === 'fbp'
            ? { ...i, vendor: undefined, duration: { kind: 'unknown' as const } }
            : i,
    ),
    ...Array.from({ length: 6 }, (_, n) => ({
      ...fbp,
      id: `extra-${n}`,
      name: n === 0 ? '_hjSessionUser_1234567' : `extra_${n}`,
      purpose: { sv: 'Bara svenska.' },
    })),
  ],
};
const findings = [
  ...lintDeclaration(broken),
  ...lintDeclaration({ ...base, items: [] }),
  ...lintDeclaration(fjallbagerietDeclaration),
];

// A diff with a line of every code.
const before = normaliseDeclaration(base);
const after = normaliseDeclaration({
  ...base,
  site: { ...base.site, autoBlocking: !base.site.autoBlocking, locales: ['sv', 'fi'] },
  appearance: { ...base.appearance, radius: base.appearance.radius + 2 },
  texts: { ...base.texts, sv: { ...base.texts.sv, banner: { title: 'Ny rubrik' } } },
  categories: [
    ...base.categories
      .filter((c) => c.key !== 'preferences')
      .map((c) =>
        c.key === 'statistics'
          ? { ...c, required: true }
          : c.key === 'necessary'
            ? { ...c, required: false }
            : c.key === 'marketing'
              ? { ...c, description: { sv: 'Ny.' } }
              : c,
      ),
    { ...base.categories.find((c) => c.key === 'preferences')!, key: 'social', required: false },
    {
      ...base.categories.find((c) => c.key === 'marketing')!,
      key: 'optional',
      required: false,
      name: { sv: 'Valfri' },
    },
  ],
  vendors: [
    ...base.vendors
      .filter((v) => v.id !== 'videobolaget')
      .map((v) =>
        v.id === 'google'
          ? { ...v, countries: [...v.countries, 'IN'], dpfCertified: false }
          : v.id === 'meta'
            ? { ...v, dpfCertified: true, description: { sv: 'Ny.' } }
            : v,
      ),
    { id: 'tiktok', name: 'TikTok', countries: ['SG'], dpfCertified: false, description: {} },
  ],
  items: [
    ...base.items
      .filter((i) => i.id !== 'ab-test')
      .map((i) =>
        i.id === 'fbp'
          ? { ...i, purpose: { sv: 'Ny text.' } }
          : i.id === 'lang'
            ? { ...i, category: 'optional' }
            : i,
      ),
    { ...fbp, id: 'ttp', name: '_ttp', vendor: 'tiktok', type: 'local_storage' as const },
  ],
});
const summary = describeDiff(diffConfigs(before, after), before, after, 'sv');

describe('publish wording (issue 18)', () => {
  it('the fixtures above produce every lint code and every diff code core has', () => {
    expect([...new Set(findings.map((f) => f.code))].sort()).toEqual([...LINT_CODES].sort());
    expect([...new Set(summary.lines.map((l) => l.code))].sort()).toEqual(
      [...DIFF_LINE_CODES].sort(),
    );
  });

  for (const [locale, t, messages] of [
    ['en', english, en],
    ['sv', swedish, sv],
  ] as const) {
    describe(locale, () => {
      const has = (key: string) => t.has(key);

      it('has a message for every lint and diff code, and words for every key they name', () => {
        const keys = [
          ...LINT_CODES.map((c) => `publishWording.findings.${c}`),
          ...DIFF_LINE_CODES.map((c) => `publishWording.diff.${c}`),
          ...DIFF_FIELDS.map((f) => `publishWording.diffFields.${f}`),
          ...LINT_ITEM_FIELDS.map((f) => `publishWording.itemFields.${f}`),
          ...LINT_CONTRAST_FIELDS.map((f) => `publishWording.contrastFields.${f}`),
          ...['acceptMonths', 'rejectMonths'].map((f) => `publishWording.lifetimeFields.${f}`),
          ...STORAGE_TYPES.map((x) => `publishWording.itemKinds.${x}`),
          ...BANNER_KEYS_SHOWN.map((k) => `textLabels.banner.${k}`),
          ...REGION_MODELS.map((m) => `settings.models.${m}`),
        ];
        expect(keys.filter((k) => !has(k))).toEqual([]);
        expect(Object.keys(messages.publishWording.findings).sort()).toEqual(
          [...LINT_CODES].sort(),
        );
        expect(Object.keys(messages.publishWording.diff).sort()).toEqual(
          [...DIFF_LINE_CODES].sort(),
        );
      });

      it('words every finding from its params, with no placeholder left over', () => {
        for (const f of findings) {
          const text = findingText(f, t);
          expect(text, f.code).not.toMatch(/[{}]/);
          if (locale === 'sv') expect(text, f.code).not.toBe(f.message);
        }
      });

      it('words every diff line and the re-consent sentence', () => {
        for (const l of summary.lines) {
          const text = diffLineText(l, t);
          expect(text, l.code).not.toMatch(/[{}]/);
          if (locale === 'sv') expect(text, l.code).not.toBe(l.text);
        }
        expect(summary.reconsentParams).not.toBeNull();
        expect(reconsentText(summary, t)).not.toMatch(/[{}]/);
      });
    });
  }

  it('says in English exactly what core says where the e2e and the CLI read it', () => {
    // Findings whose English words are the same keys core prints (not labels) match verbatim.
    const reworded = new Set(['lifetime-too-long', 'contrast-too-low', 'region-eu-not-opt-in']);
    for (const f of findings) {
      if (reworded.has(f.code) || (f.code === 'text-missing' && f.params.subject === 'texts'))
        continue;
      expect(findingText(f, english)).toBe(f.message);
    }
    const keyed = new Set(['texts-changed', 'site-changed', 'appearance-changed']);
    for (const l of summary.lines)
      if (!keyed.has(l.code)) expect(diffLineText(l, english)).toBe(l.text);
    expect(reconsentText(summary, english)).toBe(summary.reconsent);
  });

  it('words a finding, a line and the re-consent sentence in Swedish', () => {
    const incomplete = findings.find((f) => f.code === 'item-incomplete');
    expect(findingText(incomplete!, swedish)).toBe(
      'Posten ”_fbp” saknar: leverantör, längsta lagringstid.',
    );
    const contrast = findings.find((f) => f.code === 'contrast-too-low');
    expect(findingText(contrast!, swedish)).toMatch(
      /^Färgen för länkar har kontrasten \d,\d\d:1 .* minst 4,5:1 krävs\.$/,
    );
    const purpose = summary.lines.find(
      (l) => l.code === 'item-changed' && l.params.name === '_fbp',
    );
    expect(diffLineText(purpose!, swedish)).toBe('Ändrade ändamålet för _fbp (cookie)');
    const countries = summary.lines.find((l) => l.code === 'vendor-countries-added');
    expect(diffLineText(countries!, swedish, 'sv')).toBe(
      'Google Analytics skickar nu även uppgifter till Indien',
    );
    // Without the reader's locale, codes, as core's English line has them.
    expect(diffLineText(countries!, english)).toBe(countries!.text);
    expect(
      reconsentText(
        { reconsent: 'x', reconsentParams: { categories: ['A', 'B'], count: 2 } },
        swedish,
      ),
    ).toBe('Återkommande besökare tillfrågas igen om: A, B (de som hade godkänt dem).');
  });

  it('words a publish refused for an unclassified item in both languages (issue 18)', () => {
    const unclassified = lintDeclaration(fjallbagerietDeclaration).filter(
      (f) => f.code === 'unclassified-items',
    );
    expect(unclassified.map((f) => f.severity)).toEqual(['error']);
    expect(blockedText('x', unclassified, english)).toBe(
      'Publishing is blocked by 1 problem: Item “ab_bucket” is unclassified; move it to the category that matches its purpose.',
    );
    expect(blockedText('x', unclassified, swedish)).toBe(
      'Publiceringen stoppas av 1 problem: Posten ”ab_bucket” är oklassificerad; flytta den till den kategori som motsvarar dess ändamål.',
    );
  });

  it('counts in both languages, and leaves out the ellipsis when every name is listed', () => {
    const one = {
      code: 'purpose-translation-missing',
      message: 'x',
      params: { count: 1, names: ['a'], more: 0, locale: 'en', defaultLocale: 'sv' },
    };
    expect(findingText(one, english)).toBe(
      '1 item has no purpose in “en”: “a”. Visitors reading “en” see the “sv” text.',
    );
    expect(findingText(one, swedish)).toBe(
      '1 post saknar ändamål på ”en”: ”a”. Besökare som läser på ”en” ser texten på ”sv”.',
    );
  });

  it('falls back to core’s English for an unknown code, a missing param list or an unknown field', () => {
    expect(findingText({ code: 'new-rule', message: 'New rule.', params: {} }, swedish)).toBe(
      'New rule.',
    );
    expect(findingText({ code: 'item-incomplete', message: 'Old server.' }, swedish)).toBe(
      'Old server.',
    );
    expect(
      diffLineText(
        { code: 'site-changed', params: { field: 'somethingNew' }, text: "Changed the site's x" },
        swedish,
      ),
    ).toBe("Changed the site's x");
    expect(diffLineText({ text: 'Stored line' }, swedish)).toBe('Stored line');
    expect(reconsentText({ reconsent: 'Old.', reconsentParams: undefined }, swedish)).toBe('Old.');
  });

  it('words a refused publish from the findings in the error, else keeps the server message', () => {
    const errors = findings.filter((f) => f.severity === 'error').slice(0, 2);
    expect(blockedText('Publishing is blocked …', errors, swedish)).toBe(
      `Publiceringen stoppas av 2 problem: ${findingText(errors[0]!, swedish)}`,
    );
    expect(blockedText('Publishing is blocked …', errors.slice(0, 1), english)).toBe(
      `Publishing is blocked by 1 problem: ${errors[0]!.message}`,
    );
    expect(blockedText('Nothing to publish.', [], swedish)).toBe('Nothing to publish.');
  });
});
