import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from './default-texts.js';
import { fjallbagerietDeclaration as draft } from './fixtures/fjallbageriet.js';
import { lintDeclaration } from './lint.js';
import type { TRegionRules } from './model.js';
import {
  DEFAULT_REGION_RULES,
  gcmRegionDefaults,
  initialGrants,
  regionModel,
  regionOfCountry,
} from './regions.js';
import { ZSiteSettingsSchema } from './schema/index.js';

describe('region rules (issue 19)', () => {
  it('maps a country header to a region; anything else is unknown', () => {
    expect(['SE', 'de', 'NO', 'IS', 'LI', 'AX'].map(regionOfCountry)).toEqual(Array(6).fill('eu'));
    expect(regionOfCountry('GB')).toBe('uk');
    expect(regionOfCountry('CH')).toBe('ch');
    expect(regionOfCountry(' us ')).toBe('us');
    expect(regionOfCountry('JP')).toBe('other');
    for (const bad of ['', null, undefined, 'XX', 'T1', 'SWE', 'E'])
      expect(regionOfCountry(bad), String(bad)).toBeUndefined();
  });

  it('applies the strictest model where the region is unknown', () => {
    expect(regionModel(DEFAULT_REGION_RULES, undefined)).toBe('opt-in');
    const lax: TRegionRules = {
      models: { eu: 'opt-in', uk: 'none', ch: 'none', us: 'none', other: 'none' },
      optOutCategories: [],
    };
    expect(regionModel(lax, undefined)).toBe('opt-in');
    expect(regionModel(lax, 'other')).toBe('none');
  });

  it('defaults: opt-in for the EU/EEA and the rest, opt-out for the UK, CH and US', () => {
    expect(regionModel(undefined, 'eu')).toBe('opt-in');
    expect(regionModel(undefined, 'other')).toBe('opt-in');
    expect(regionModel(undefined, 'uk')).toBe('opt-out');
    expect(regionModel(undefined, 'ch')).toBe('opt-out');
    expect(regionModel(undefined, 'us')).toBe('opt-out');
  });

  it('grants nothing under opt-in, the chosen optional categories under opt-out, all under none', () => {
    expect(initialGrants('opt-in', undefined, DEFAULT_CATEGORIES)).toEqual([]);
    expect(initialGrants('opt-out', undefined, DEFAULT_CATEGORIES)).toEqual([
      'preferences',
      'statistics',
    ]);
    // A required category is never listed: it is always on anyway.
    const rules = { ...DEFAULT_REGION_RULES, optOutCategories: ['necessary', 'marketing'] };
    expect(initialGrants('opt-out', rules, DEFAULT_CATEGORIES)).toEqual(['marketing']);
    expect(initialGrants('none', undefined, DEFAULT_CATEGORIES)).toEqual([
      'preferences',
      'statistics',
      'marketing',
      'unclassified',
    ]);
  });

  it('gives Consent Mode a strict global default and region-scoped defaults that differ', () => {
    const defaults = gcmRegionDefaults(undefined, DEFAULT_CATEGORIES);
    expect(defaults[0]).toEqual({ granted: ['security_storage'] });
    const uk = defaults.find((d) => d.region?.includes('GB'))!;
    expect(uk.granted).toEqual([
      'analytics_storage',
      'functionality_storage',
      'personalization_storage',
      'security_storage',
    ]);
    expect(uk.granted).not.toContain('ad_storage');
    // The EU has the global model: no region-scoped default of its own.
    expect(defaults.some((d) => d.region?.includes('SE'))).toBe(false);
    expect(defaults.map((d) => d.region?.[0] ?? 'global')).toEqual(['global', 'GB', 'CH', 'US']);
  });

  it('keeps the global Consent Mode default strict even when everywhere else is opt-out', () => {
    const rules = {
      ...DEFAULT_REGION_RULES,
      models: { ...DEFAULT_REGION_RULES.models, other: 'opt-out' as const, us: 'none' as const },
    };
    const defaults = gcmRegionDefaults(rules, DEFAULT_CATEGORIES);
    expect(defaults[0]).toEqual({ granted: ['security_storage'] });
    // The UK shares `other`'s model and still gets its own region-scoped default.
    expect(defaults.map((d) => d.region?.[0] ?? 'global')).toEqual(['global', 'GB', 'CH', 'US']);
    expect(defaults.find((d) => d.region?.[0] === 'US')!.granted).toContain('ad_storage');
  });

  it('B-01: the publish check refuses anything but opt-in for the EU/EEA', () => {
    const withRules = (eu: 'opt-in' | 'opt-out' | 'none') => ({
      ...draft,
      site: {
        ...draft.site,
        regionRules: { ...DEFAULT_REGION_RULES, models: { ...DEFAULT_REGION_RULES.models, eu } },
      },
    });
    const codes = (eu: 'opt-in' | 'opt-out' | 'none') =>
      lintDeclaration(withRules(eu))
        .filter((f) => f.severity === 'error')
        .map((f) => f.code);
    expect(codes('opt-in')).not.toContain('region-eu-not-opt-in');
    expect(codes('opt-out')).toContain('region-eu-not-opt-in');
    expect(codes('none')).toContain('region-eu-not-opt-in');
  });

  it('the settings schema accepts region rules and explains a bad model', () => {
    const ok = ZSiteSettingsSchema.safeParse({ ...draft.site, regionRules: DEFAULT_REGION_RULES });
    expect(ok.success).toBe(true);
    const bad = ZSiteSettingsSchema.safeParse({
      ...draft.site,
      regionRules: {
        ...DEFAULT_REGION_RULES,
        models: { ...DEFAULT_REGION_RULES.models, uk: 'maybe' },
      },
    });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues[0]?.path)).toContain('uk');
  });
});
