import { describe, expect, it } from 'vitest';
import { diffConfigs } from './diff.js';
import { describeDiff } from './diff-wording.js';
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
      { text: 'Added vendor TikTok', material: true },
      { text: 'Added cookie _ttp to Marketing', material: true },
    ]);
    expect(summary.reconsent).toBe(
      'Returning visitors will be asked again about: Marketing (those who had accepted it).',
    );
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
    expect(summary.reconsent).toBeNull();
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
  });
});
