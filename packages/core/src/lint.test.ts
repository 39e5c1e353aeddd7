import { describe, expect, it } from 'vitest';
import { fjallbagerietDeclaration } from './fixtures/fjallbageriet.js';
import { seed000Declaration, seed001Declaration, seed002Declaration } from './fixtures/index.js';
import { contrastRatio, lintDeclaration, type TLintFinding } from './lint.js';
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
  });

  it('warns about unclassified items and vendors without a privacy policy', () => {
    const found = lintDeclaration(fjallbagerietDeclaration).filter((f) => f.severity === 'warning');
    expect(codes(found)).toContain('unclassified-items@item:ab-test:category');
    expect(codes(found)).toContain(
      'vendor-privacy-policy-missing@vendor:videobolaget:privacyPolicyUrl',
    );
  });
});

describe('contrastRatio', () => {
  it('follows WCAG: black on white is 21:1, equal colours 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
