import { describe, expect, it } from 'vitest';
import { autoBlockMap, autoBlockVendors } from './auto-block.js';
import { fjallbagerietDeclaration as draft } from './fixtures/fjallbageriet.js';
import type { TDeclaration, TStorageItem } from './model.js';
import { buildPublishedConfig, normaliseDeclaration, verifyConfig } from './published-config.js';
import { ZPublishedConfigSchema } from './schema/index.js';

const meta = { siteKey: 'fjallbageriet-key', version: 1, publishedAt: '2026-11-01T10:00:00.000Z' };
const base = draft.items[0]!;
const item = (id: string, host: string, category: string): TStorageItem => ({
  ...base,
  id,
  name: id,
  host,
  category,
  party: 'third',
});
const withItems = (items: TStorageItem[], site: Partial<TDeclaration['site']> = {}) =>
  normaliseDeclaration({ ...draft, site: { ...draft.site, ...site }, items });

describe('autoBlockMap', () => {
  it('maps the fixture’s third-party optional hosts and leaves the site’s own and necessary ones out', () => {
    expect(autoBlockMap(normaliseDeclaration(draft))).toEqual({
      'player.videobolaget.example': 'preferences',
      'www.facebook.com': 'marketing',
    });
  });

  it('needs every category of a host that several items name', () => {
    const map = autoBlockMap(
      withItems([
        item('a', 'www.youtube.com', 'marketing'),
        item('b', 'www.youtube.com', 'preferences'),
        item('c', 'www.youtube.com', 'marketing'),
      ]),
    );
    expect(map).toEqual({ 'www.youtube.com': 'marketing preferences' });
  });

  it('never blocks a host a necessary item names, whatever else it carries', () => {
    const map = autoBlockMap(
      withItems([
        item('a', 'pay.example.com', 'marketing'),
        item('b', 'pay.example.com', 'necessary'),
      ]),
    );
    expect(map).toEqual({});
  });

  it('never blocks the site’s own hosts, subdomains or cookie domains', () => {
    const map = autoBlockMap(
      withItems(
        [
          item('a', '.fjallbageriet.se', 'statistics'),
          item('b', 'cdn.fjallbageriet.se', 'marketing'),
          item('c', 'tracker.example.net', 'statistics'),
        ],
        { domains: ['www.fjallbageriet.se:8443'] },
      ),
    );
    expect(map).toEqual({ 'tracker.example.net': 'statistics' });
  });

  it('normalises declared hosts and skips what is not a host or not a known category', () => {
    const map = autoBlockMap(
      withItems([
        item('a', '.DoubleClick.net', 'marketing'),
        item('b', 'cdn.example.org:443', 'statistics'),
        item('c', 'set by our chat widget', 'marketing'),
        item('d', 'ghost.example.org', 'no-such-category'),
      ]),
    );
    expect(map).toEqual({ 'doubleclick.net': 'marketing', 'cdn.example.org': 'statistics' });
  });

  it('lets Google’s Consent Mode–aware tag hosts through in advanced mode only', () => {
    const items = [
      item('a', 'www.googletagmanager.com', 'statistics'),
      item('b', 'region1.google-analytics.com', 'statistics'),
      item('c', 'googleads.g.doubleclick.net', 'marketing'),
      item('d', 'www.youtube.com', 'marketing'),
      item('e', 'notgoogletagmanager.com', 'marketing'),
    ];
    const gcm = (mode: 'basic' | 'advanced', enabled = true) => ({
      googleConsentMode: { ...draft.site.googleConsentMode, enabled, mode },
    });
    expect(Object.keys(autoBlockMap(withItems(items, gcm('basic'))))).toHaveLength(5);
    expect(Object.keys(autoBlockMap(withItems(items, gcm('advanced', false))))).toHaveLength(5);
    expect(autoBlockMap(withItems(items, gcm('advanced')))).toEqual({
      'notgoogletagmanager.com': 'marketing',
      'www.youtube.com': 'marketing',
    });
  });

  it('adds the hosts a vendor lists, under its default category or else its items’ categories', () => {
    const content = normaliseDeclaration({
      ...draft,
      vendors: [
        ...draft.vendors,
        {
          id: 'tube',
          name: 'Tube',
          countries: ['US'],
          dpfCertified: true,
          description: { en: 'Videos.' },
          defaultCategory: 'preferences',
          hosts: ['www.tube.example', '*.tubeimg.example', 'www.fjallbageriet.se'],
        },
        {
          id: 'ads',
          name: 'Ads',
          countries: ['US'],
          dpfCertified: true,
          description: { en: 'Ads.' },
          hosts: ['ads.example'],
        },
      ],
      items: [{ ...item('x', 'pixel.ads.example', 'marketing'), vendor: 'ads' }],
    });
    expect(autoBlockMap(content)).toEqual({
      'ads.example': 'marketing',
      'pixel.ads.example': 'marketing',
      'tubeimg.example': 'preferences',
      'www.tube.example': 'preferences',
    });
    expect(autoBlockVendors(content)).toEqual({
      'ads.example': 'ads',
      'pixel.ads.example': 'ads',
      'tubeimg.example': 'tube',
      'www.tube.example': 'tube',
    });
  });
});

describe('buildPublishedConfig with automatic blocking', () => {
  it('carries no map while the setting is off or absent', () => {
    expect(buildPublishedConfig(draft, meta).autoBlock).toBeUndefined();
    const off = { ...draft, site: { ...draft.site, autoBlocking: false } };
    expect(buildPublishedConfig(off, meta).autoBlock).toBeUndefined();
  });

  it('carries the map when on, keeps it out of the hash, and still validates', () => {
    const on = { ...draft, site: { ...draft.site, autoBlocking: true } };
    const config = buildPublishedConfig(on, meta);
    expect(config.autoBlock).toEqual({
      'player.videobolaget.example': 'preferences',
      'www.facebook.com': 'marketing',
    });
    expect(verifyConfig(config)).toBe(true);
    // Turning the setting on is a change of content (it is a site setting), so the hash moves…
    expect(config.hash).not.toBe(buildPublishedConfig(draft, meta).hash);
    // …but the map itself is not hashed: dropping it leaves the hash valid.
    const { autoBlock: _, ...rest } = config;
    expect(verifyConfig(rest)).toBe(true);
    const parsed = ZPublishedConfigSchema.parse(config);
    expect(parsed.autoBlock).toEqual(config.autoBlock);
  });

  it('carries no map when the setting is on but no host qualifies', () => {
    const on = { ...draft, site: { ...draft.site, autoBlocking: true }, items: [] };
    expect(buildPublishedConfig(on, meta).autoBlock).toBeUndefined();
  });

  it('refuses a malformed map in a published config', () => {
    const on = { ...draft, site: { ...draft.site, autoBlocking: true } };
    const config = { ...buildPublishedConfig(on, meta), autoBlock: { 'evil host': '<x>' } };
    expect(ZPublishedConfigSchema.safeParse(config).success).toBe(false);
  });
});
