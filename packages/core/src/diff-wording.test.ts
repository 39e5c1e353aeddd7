import { describe, expect, it } from 'vitest';
import { diffConfigs } from './diff.js';
import { DIFF_LINE_CODES, describeDiff } from './diff-wording.js';
import { fjallbagerietDeclaration as draft } from './fixtures/fjallbageriet.js';
import type { TDeclaration } from './model.js';
import { normaliseDeclaration } from './published-config.js';

const before = normaliseDeclaration(draft);
const after = (f: (d: TDeclaration) => TDeclaration) =>
  normaliseDeclaration(f(structuredClone(draft)));

describe('describeDiff', () => {
  it('words a vendor added to Marketing and says who is asked again', () => {
    const next = after((d) => ({
      ...d,
      vendors: [
        ...d.vendors,
        { id: 'tiktok', name: 'TikTok', countries: ['SG'], dpfCertified: false, description: {} },
      ],
      items: [
        ...d.items,
        {
          id: 'ttp',
          name: '_ttp',
          matchKind: 'exact',
          type: 'cookie',
          party: 'first',
          duration: { kind: 'session' },
          purpose: { sv: 'x' },
          category: 'marketing',
          vendor: 'tiktok',
        },
      ],
    }));
    const summary = describeDiff(diffConfigs(before, next), before, next);
    expect(summary.lines).toEqual([
      {
        code: 'vendor-added',
        params: { name: 'TikTok' },
        text: 'Added vendor TikTok',
        material: true,
      },
      {
        code: 'item-added',
        // The category's name in the site's default language, as the English line says it.
        params: { type: 'cookie', name: '_ttp', category: 'Marketing' },
        text: 'Added cookie _ttp to Marketing',
        material: true,
      },
    ]);
    expect(summary.reconsent).toBe(
      'Returning visitors will be asked again about: Marketing (those who had accepted it).',
    );
    expect(summary.reconsentParams).toEqual({ categories: ['Marketing'], count: 1 });
  });

  it('words a purpose edit and a move without asking anyone again', () => {
    const next = after((d) => ({
      ...d,
      items: d.items.map((i) =>
        i.id === 'fbp'
          ? { ...i, purpose: { sv: 'Ny text.' } }
          : i.id === 'lang'
            ? { ...i, category: 'necessary', necessityJustification: 'x' }
            : i,
      ),
    }));
    const summary = describeDiff(diffConfigs(before, next), before, next);
    expect(summary.lines.map((l) => l.text).sort()).toEqual([
      'Changed the necessity justification of cookie fb_lang',
      'Changed the purpose of cookie _fbp',
      'Moved cookie fb_lang from Preferences to Necessary',
    ]);
    expect(summary.lines.map((l) => [l.code, l.params]).sort()).toEqual([
      ['item-changed', { type: 'cookie', name: 'fb_lang', field: 'necessityJustification' }],
      ['item-changed', { type: 'cookie', name: '_fbp', field: 'purpose' }],
      ['item-moved', { type: 'cookie', name: 'fb_lang', from: 'Preferences', to: 'Necessary' }],
    ]);
    expect(summary.reconsent).toBeNull();
    expect(summary.reconsentParams).toBeNull();
  });

  it('names new recipient countries and lost DPF certification', () => {
    const next = after((d) => ({
      ...d,
      vendors: d.vendors.map((v) =>
        v.id === 'google' ? { ...v, countries: ['US', 'IN'], dpfCertified: false } : v,
      ),
    }));
    const texts = describeDiff(diffConfigs(before, next), before, next).lines.map((l) => l.text);
    expect(texts).toContain('Google Analytics now also sends data to IN');
    expect(texts).toContain('Google Analytics is no longer DPF-certified');
    const lines = describeDiff(diffConfigs(before, next), before, next).lines;
    expect(lines.find((l) => l.code === 'vendor-countries-added')?.params).toEqual({
      name: 'Google Analytics',
      countries: ['IN'],
    });
  });

  it('gives every line a known code, a field the UI can word, and the text in English', () => {
    const next = normaliseDeclaration({
      ...structuredClone(draft),
      site: { ...draft.site, name: 'Ny', autoBlocking: !draft.site.autoBlocking },
      appearance: { ...draft.appearance, radius: draft.appearance.radius + 2 },
      texts: { ...draft.texts, sv: { ...draft.texts.sv, banner: { title: 'Ny rubrik' } } },
      categories: draft.categories.map((c) =>
        c.key === 'statistics' ? { ...c, required: true } : c,
      ),
    });
    const lines = describeDiff(diffConfigs(before, next), before, next).lines;
    const codes = new Set<string>(DIFF_LINE_CODES);
    expect(lines.filter((l) => !codes.has(l.code))).toEqual([]);
    expect(lines).toContainEqual(
      expect.objectContaining({
        code: 'texts-changed',
        params: { locale: 'sv', part: 'banner', key: 'title' },
        text: 'Changed the banner text “title” (sv)',
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ code: 'site-changed', params: { field: 'autoBlocking' } }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        code: 'appearance-changed',
        params: { field: 'radius' },
        text: "Changed the banner's radius",
      }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ code: 'category-made-required', params: { name: 'Statistics' } }),
    );
  });
});
