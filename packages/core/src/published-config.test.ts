import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { DEFAULT_TEXTS } from './default-texts.js';
import { fjallbagerietDeclaration as draft } from './fixtures/fjallbageriet.js';
import type { TDeclaration } from './model.js';
import {
  buildPublishedConfig,
  configHash,
  MAX_CONSENT_MONTHS,
  normaliseDeclaration,
  resolveLocaleTexts,
  verifyConfig,
} from './published-config.js';
import { formatIssues, ZPublishedConfigSchema } from './schema/index.js';

const meta = { siteKey: 'fjallbageriet-key', version: 1, publishedAt: '2026-11-01T10:00:00.000Z' };

/** Rebuilds every object with its keys in reverse order and every entity list reversed. */
function scramble<T>(value: T): T {
  if (Array.isArray(value)) return value.map(scramble) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, scramble(v)]),
    ) as T;
  }
  return value;
}

describe('buildPublishedConfig', () => {
  it('gives equal drafts in a different key and list order the same hash', () => {
    const a = buildPublishedConfig(draft, meta);
    const shuffled: TDeclaration = {
      ...scramble(draft),
      categories: [...draft.categories].reverse(),
      vendors: [...draft.vendors].reverse(),
      items: [...draft.items].reverse(),
    };
    const b = buildPublishedConfig(shuffled, meta);
    expect(b.hash).toBe(a.hash);
    expect(b.materialHash).toBe(a.materialHash);
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('changes the hash but not the material hash when only a purpose is edited', () => {
    const a = buildPublishedConfig(draft, meta);
    const edited = {
      ...draft,
      items: draft.items.map((i) =>
        i.id === 'ga' ? { ...i, purpose: { ...i.purpose, sv: 'Ny text.' } } : i,
      ),
    };
    const b = buildPublishedConfig(edited, { ...meta, version: 2, previous: a });
    expect(b.hash).not.toBe(a.hash);
    expect(b.materialHash).toBe(a.materialHash);
    expect(b.materialSince).toEqual(a.materialSince);
  });

  it('moves materialSince only for the category that changed materially', () => {
    const v1 = buildPublishedConfig(draft, meta);
    const withTikTok: TDeclaration = {
      ...draft,
      vendors: [
        ...draft.vendors,
        { id: 'tiktok', name: 'TikTok', countries: ['SG'], dpfCertified: false, description: {} },
      ],
      items: [
        ...draft.items,
        {
          id: 'ttp',
          name: '_ttp',
          matchKind: 'exact',
          type: 'cookie',
          party: 'first',
          duration: { kind: 'seconds', seconds: 33696000 },
          purpose: { sv: 'Annonsmätning.' },
          category: 'marketing',
          vendor: 'tiktok',
        },
      ],
    };
    const v2 = buildPublishedConfig(withTikTok, {
      ...meta,
      version: 2,
      publishedAt: '2026-11-02T10:00:00.000Z',
      previous: v1,
    });
    expect(v2.materialHash).not.toBe(v1.materialHash);
    expect(v2.materialSince.marketing).toBe(2);
    expect(v2.materialSince.statistics).toBe(1);
    expect(v2.materialSince.necessary).toBe(1);
    // A later non-material publish keeps the marketing mark at version 2.
    const v3 = buildPublishedConfig(withTikTok, {
      ...meta,
      version: 3,
      publishedAt: '2026-11-03T10:00:00.000Z',
      previous: v2,
    });
    expect(v3.materialSince.marketing).toBe(2);
    expect(v3.hash).toBe(v2.hash);
  });

  it('P-01: excludes the envelope from the hash, so a rollback republishes the same hash', () => {
    const a = buildPublishedConfig(draft, meta);
    const b = buildPublishedConfig(draft, {
      siteKey: 'another-site-key',
      version: 7,
      publishedAt: '2027-01-01T00:00:00.000Z',
    });
    expect(b.hash).toBe(a.hash);
    expect(configHash(b)).toBe(b.hash);
  });

  it('produces a config the published-config schema accepts and that verifies', () => {
    const config = buildPublishedConfig(draft, meta);
    const parsed = ZPublishedConfigSchema.safeParse(config);
    expect(parsed.success ? [] : formatIssues(parsed.error)).toEqual([]);
    expect(verifyConfig(config)).toBe(true);
    const tampered = {
      ...config,
      items: config.items.map((i) => ({ ...i, category: 'necessary' })),
    };
    expect(verifyConfig(tampered)).toBe(false);
  });

  it('fills every site locale with complete texts, keeping the editor’s overrides', () => {
    const config = buildPublishedConfig(draft, meta);
    expect(Object.keys(config.texts).sort()).toEqual(['en', 'sv']);
    expect(config.texts.sv?.banner.title).toBe('Kakor från Fjällbageriet');
    expect(config.texts.en?.banner.title).toBe(DEFAULT_TEXTS.en.banner.title);
    expect(config.texts.sv?.policy.sections.length).toBe(DEFAULT_TEXTS.sv.policy.sections.length);
  });

  it('treats an emptied text field as unwritten and falls back to English for other locales', () => {
    expect(resolveLocaleTexts({ banner: { title: '' } }, 'sv').banner.title).toBe(
      DEFAULT_TEXTS.sv.banner.title,
    );
    expect(resolveLocaleTexts(undefined, 'ja').banner.acceptAll).toBe(
      DEFAULT_TEXTS.en.banner.acceptAll,
    );
    // A default language (issue 19) starts from its own texts.
    expect(resolveLocaleTexts({ banner: { title: '' } }, 'fi-FI').banner.acceptAll).toBe(
      'Hyväksy kaikki',
    );
  });

  it('caps consent lifetimes at 13 months and normalises domains and countries', () => {
    const content = normaliseDeclaration({
      ...draft,
      site: {
        ...draft.site,
        domains: ['WWW.Example.se', 'example.se', 'example.se'],
        consentLifetimes: { acceptMonths: 24, rejectMonths: 6 },
      },
      vendors: draft.vendors.map((v) =>
        v.id === 'meta' ? { ...v, countries: ['us', 'IE', 'US'] } : v,
      ),
    });
    expect(content.site.consentLifetimes.acceptMonths).toBe(MAX_CONSENT_MONTHS);
    expect(content.site.domains).toEqual(['example.se', 'www.example.se']);
    expect(content.vendors.find((v) => v.id === 'meta')?.countries).toEqual(['IE', 'US']);
  });

  it('orders items by category order, then name', () => {
    const content = normaliseDeclaration({ ...draft, items: [...draft.items].reverse() });
    const categoryOrder = content.categories.map((c) => c.key);
    const positions = content.items.map((i) => categoryOrder.indexOf(i.category));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(content.items[0]?.category).toBe('necessary');
  });
});
