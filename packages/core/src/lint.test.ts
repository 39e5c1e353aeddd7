import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from './default-texts.js';
import { fjallbagerietDeclaration } from './fixtures/fjallbageriet.js';
import { seed000Declaration, seed001Declaration, seed002Declaration } from './fixtures/index.js';
import { contrastRatio, LINT_CODES, lintDeclaration, type TLintFinding } from './lint.js';
import type { TDeclaration } from './model.js';

// The fixture minus its deliberately unclassified, vendorless item: a declaration that passes.
const clean: TDeclaration = {
  ...fjallbagerietDeclaration,
  items: fjallbagerietDeclaration.items.filter((i) => i.id !== 'ab-test'),
  vendors: fjallbagerietDeclaration.vendors.map((v) =>
    v.privacyPolicyUrl ? v : { ...v, privacyPolicyUrl: 'https://videobolaget.example/privacy' },
  ),
};
const errors = (d: TDeclaration) => lintDeclaration(d).filter((f) => f.severity === 'error');
const codes = (fs: TLintFinding[]) =>
  fs.map((f) => `${f.code}@${f.ref.entity}:${f.ref.id ?? ''}:${f.ref.field ?? ''}`);
const edit = (f: (d: TDeclaration) => TDeclaration) => f(structuredClone(clean));

describe('lintDeclaration (P-04)', () => {
  it('passes a complete declaration with no errors (only the persistent-duration warnings)', () => {
    expect(errors(clean)).toEqual([]);
    expect(new Set(lintDeclaration(clean).map((f) => f.code))).toEqual(
      new Set(['persistent-duration']),
    );
  });

  it('passes the seed fixtures without blocking errors', () => {
    for (const d of [seed000Declaration, seed001Declaration, seed002Declaration])
      expect(codes(errors(d))).toEqual([]);
  });

  it('D-06: blocks a Necessary item without a necessity justification, linking to it', () => {
    const d = edit((x) => ({
      ...x,
      items: x.items.map((i) => (i.id === 'basket' ? { ...i, necessityJustification: ' ' } : i)),
    }));
    expect(codes(errors(d))).toEqual([
      'necessity-justification-missing@item:basket:necessityJustification',
    ]);
  });

  it('B-10: blocks legitimate interest on non-necessary categories, vendors and items', () => {
    const d = edit((x) => ({
      ...x,
      categories: x.categories.map((c) =>
        c.key === 'statistics' ? { ...c, legalBasis: 'legitimate_interest' as const } : c,
      ),
      vendors: x.vendors.map((v) =>
        v.id === 'meta' ? { ...v, legalBasis: 'legitimate_interest' as const } : v,
      ),
      items: x.items.map((i) =>
        i.id === 'lang' ? { ...i, legalBasis: 'legitimate_interest' as const } : i,
      ),
    }));
    expect(codes(errors(d)).sort()).toEqual([
      'legitimate-interest@category:statistics:legalBasis',
      'legitimate-interest@item:lang:legalBasis',
      'legitimate-interest@vendor:meta:legalBasis',
    ]);
    // One code for three subjects: the params say which, so each can be worded apart.
    expect(
      errors(d)
        .map((f) => f.params)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([
      { subject: 'category', name: 'statistics' },
      { subject: 'item', name: 'fb_lang' },
      { subject: 'vendor', name: 'Meta Pixel' },
    ]);
    // A strictly necessary vendor may say so without tripping the rule.
    const ok = edit((x) => ({
      ...x,
      vendors: x.vendors.map((v) =>
        v.id === 'klarna' ? { ...v, legalBasis: 'legitimate_interest' as const } : v,
      ),
    }));
    expect(errors(ok)).toEqual([]);
  });

  it('D-01: blocks an item without provider, purpose in the default locale or a known duration', () => {
    const d = edit((x) => ({
      ...x,
      items: x.items.map((i) =>
        i.id === 'fbp'
          ? {
              ...i,
              vendor: undefined,
              purpose: { en: 'Only English' },
              duration: { kind: 'unknown' as const },
            }
          : i,
      ),
    }));
    const [finding] = errors(d);
    expect(finding?.code).toBe('item-incomplete');
    expect(finding?.message).toBe(
      'Item “_fbp” lacks: provider, purpose (sv), maximum storage duration.',
    );
    expect(finding?.ref).toEqual({ entity: 'item', id: 'fbp', field: 'provider', label: '_fbp' });
    // Keys, not words: the admin words them in the editor's language.
    expect(finding?.params).toEqual({
      name: '_fbp',
      missing: ['provider', 'purpose', 'duration'],
      locale: 'sv',
    });
  });

  it('T-01: blocks a consent-needing vendor with no recipient country, but not a necessary one', () => {
    const d = edit((x) => ({
      ...x,
      vendors: x.vendors.map((v) =>
        v.id === 'meta' || v.id === 'klarna' ? { ...v, countries: [] } : v,
      ),
    }));
    expect(codes(errors(d))).toEqual(['vendor-country-unknown@vendor:meta:countries']);
  });

  it('B-11: blocks missing texts in an enabled locale without built-in defaults', () => {
    const d = edit((x) => ({ ...x, site: { ...x.site, locales: ['sv', 'en', 'ja'] } }));
    const found = codes(errors(d));
    expect(found).toContain('text-missing@texts:ja:banner.title');
    expect(found.filter((c) => c.startsWith('text-missing@category:'))).toHaveLength(
      clean.categories.length,
    );
    const params = errors(d).map((f) => f.params);
    expect(params).toContainEqual({
      subject: 'texts',
      locale: 'ja',
      missing: [
        'title',
        'description',
        'withdrawal',
        'acceptAll',
        'rejectAll',
        'customise',
        'save',
        'preferencesTitle',
        'openSettings',
      ],
    });
    expect(params).toContainEqual({ subject: 'category', locale: 'ja', name: 'statistics' });
  });

  it('B-11: a default language (issue 19) needs no written banner texts', () => {
    const d = edit((x) => ({ ...x, site: { ...x.site, locales: ['sv', 'en', 'fi', 'pl'] } }));
    expect(codes(errors(d)).filter((c) => c.startsWith('text-missing@texts:'))).toEqual([]);
  });

  it('N-04, B-03: blocks consent lifetimes above 13 months and low-contrast colours', () => {
    const d = edit((x) => ({
      ...x,
      site: { ...x.site, consentLifetimes: { acceptMonths: 24, rejectMonths: 6 } },
      appearance: {
        ...x.appearance,
        colors: { ...x.appearance.colors, buttonBackground: '#7f9cf0' },
      },
    }));
    expect(codes(errors(d)).sort()).toEqual([
      'contrast-too-low@appearance::colors.buttonText',
      'lifetime-too-long@site::consentLifetimes.acceptMonths',
    ]);
    const [contrast] = errors(d).filter((f) => f.code === 'contrast-too-low');
    expect(contrast?.params).toEqual({ field: 'buttonText', ratio: 2.65, min: 4.5 });
    expect(contrast?.message).toContain('2.65:1');
    expect(errors(d).find((f) => f.code === 'lifetime-too-long')?.params).toEqual({
      field: 'acceptMonths',
      months: 24,
      max: 13,
    });
  });

  it('D-01: blocks an unclassified item, linking to its category field', () => {
    const unclassified = DEFAULT_CATEGORIES.find((c) => c.key === 'unclassified')!;
    const d = edit((x) => ({
      ...x,
      categories: [...x.categories, structuredClone(unclassified)],
      items: x.items.map((i) => (i.id === 'lang' ? { ...i, category: 'unclassified' } : i)),
    }));
    expect(codes(errors(d))).toEqual(['unclassified-items@item:lang:category']);
    expect(errors(d)[0]?.params).toEqual({ name: 'fb_lang' });
    expect(errors(d)[0]?.message).toBe(
      'Item “fb_lang” is unclassified; move it to the category that matches its purpose.',
    );
    // However complete the item is otherwise: classifying it is what unblocks.
    expect(errors(clean)).toEqual([]);
  });

  it('warns about vendors without a privacy policy', () => {
    const found = lintDeclaration(fjallbagerietDeclaration).filter((f) => f.severity === 'warning');
    expect(codes(found)).toContain(
      'vendor-privacy-policy-missing@vendor:videobolaget:privacyPolicyUrl',
    );
    expect(codes(errors(fjallbagerietDeclaration))).toContain(
      'unclassified-items@item:ab-test:category',
    );
  });
});

/**
 * The English message rebuilt from code and params alone: if this agrees with `message` for every
 * code, the params carry everything a translation needs.
 */
function rebuild(f: TLintFinding): string {
  const q = (s: string) => `“${s}”`;
  switch (f.code) {
    case 'necessity-justification-missing':
      return `Item ${q(f.params.name)} is in a required category but has no necessity justification.`;
    case 'legitimate-interest':
      return f.params.subject === 'category'
        ? `Category ${f.params.name} rests on legitimate interest; storage that is not strictly necessary needs consent.`
        : f.params.subject === 'item'
          ? `Item ${q(f.params.name)} rests on legitimate interest; it is not strictly necessary, so it needs consent.`
          : `Vendor ${f.params.name} rests on legitimate interest but serves a category that needs consent.`;
    case 'item-incomplete': {
      const words: Record<string, string> = {
        purpose: `purpose (${f.params.locale})`,
        duration: 'maximum storage duration',
      };
      return `Item ${q(f.params.name)} lacks: ${f.params.missing.map((m) => words[m] ?? m).join(', ')}.`;
    }
    case 'vendor-country-unknown':
      return `Vendor ${f.params.name} has no recipient country; say where its data goes.`;
    case 'text-missing':
      return f.params.subject === 'texts'
        ? `Banner texts in ${q(f.params.locale)} are missing: ${f.params.missing.join(', ')}.`
        : `Category ${f.params.name} has no name in ${q(f.params.locale)}.`;
    case 'lifetime-too-long':
      return `Consent is kept ${f.params.months} months (${f.params.field}); the maximum is ${f.params.max}.`;
    case 'contrast-too-low':
      return `The ${f.params.field} colour has a contrast of ${f.params.ratio.toFixed(2)}:1 against its background; at least ${f.params.min}:1 is needed.`;
    case 'unclassified-items':
      return `Item ${q(f.params.name)} is unclassified; move it to the category that matches its purpose.`;
    case 'vendor-privacy-policy-missing':
      return `Vendor ${f.params.name} has no privacy-policy link.`;
    case 'declaration-empty':
      return f.message;
    case 'name-looks-like-id':
      return `Item ${q(f.params.name)} looks like it carries one visitor’s id; declared as the pattern ${f.params.pattern} it matches every visitor’s.`;
    case 'purpose-translation-missing': {
      const p = f.params;
      return `${p.count} item${p.count > 1 ? 's have' : ' has'} no purpose in ${q(p.locale)}: ${p.names.map(q).join(', ')}${p.more ? ' …' : ''}. Visitors reading ${q(p.locale)} see the ${q(p.defaultLocale)} text.`;
    }
    case 'persistent-duration':
      return `Item ${q(f.params.name)} is stored with no end date; state a maximum storage duration if there is one.`;
    case 'region-eu-not-opt-in':
      return `Visitors in the EU/EEA must be asked first (opt-in); the site's region rules say ${q(f.params.model)}.`;
  }
}

describe('finding params (issue 18: the admin words findings in the editor’s language)', () => {
  // Declarations that, between them, trip every rule.
  const all = [
    fjallbagerietDeclaration,
    edit((x) => ({ ...x, items: [] })),
    edit((x) => ({
      ...x,
      site: {
        ...x.site,
        locales: ['sv', 'en', 'ja'],
        consentLifetimes: { acceptMonths: 24, rejectMonths: 6 },
        regionRules: {
          models: { eu: 'opt-out', uk: 'opt-out', ch: 'opt-out', us: 'opt-out', other: 'opt-in' },
          optOutCategories: [],
        },
      },
      appearance: { ...x.appearance, colors: { ...x.appearance.colors, link: '#dddddd' } },
      categories: x.categories.map((c) =>
        c.key === 'statistics' ? { ...c, legalBasis: 'legitimate_interest' as const } : c,
      ),
      vendors: x.vendors.map((v) =>
        v.id === 'meta' ? { ...v, legalBasis: 'legitimate_interest' as const, countries: [] } : v,
      ),
      items: [
        ...x.items.map((i) =>
          i.id === 'basket'
            ? { ...i, necessityJustification: '' }
            : i.id === 'lang'
              ? { ...i, legalBasis: 'legitimate_interest' as const }
              : i.id === 'fbp'
                ? { ...i, type: undefined as never, duration: { kind: 'unknown' as const } }
                : i,
        ),
        ...Array.from({ length: 6 }, (_, n) => ({
          ...x.items.find((i) => i.id === 'fbp')!,
          id: `extra-${n}`,
          name: n === 0 ? '_hjSessionUser_1234567' : `extra_${n}`,
          purpose: { sv: 'Bara svenska.' },
        })),
      ],
    })),
  ].flatMap(lintDeclaration);

  it('covers every code the lint has (add a case here when adding a rule)', () => {
    expect([...new Set(all.map((f) => f.code))].sort()).toEqual([...LINT_CODES].sort());
  });

  it('rebuilds every English message from code and params alone', () => {
    const differing = all.filter((f) => rebuild(f) !== f.message).map((f) => f.message);
    expect(differing).toEqual([]);
  });

  it('keeps params plain data (they travel over tRPC and in error details)', () => {
    for (const f of all) expect(JSON.parse(JSON.stringify(f.params))).toEqual(f.params);
  });

  it('counts and lists untranslated purposes, saying how many it leaves out', () => {
    const f = all.find((x) => x.code === 'purpose-translation-missing' && x.params.count > 5);
    expect(f?.params).toMatchObject({
      names: expect.any(Array),
      locale: 'en',
      defaultLocale: 'sv',
    });
    if (f?.code !== 'purpose-translation-missing') throw new Error('unreachable');
    expect(f.params.names).toHaveLength(5);
    expect(f.params.more).toBe(f.params.count - 5);
  });
});

describe('contrastRatio', () => {
  it('follows WCAG: black on white is 21:1, equal colours 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
