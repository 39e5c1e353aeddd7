import { buildPublishedConfig, formatDuration, SECONDS_PER } from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';
import { describe, expect, it } from 'vitest';
import { durationKey, durationTexts } from './duration-texts.js';
import { autoBlockArgs, bannerConfig, scriptJson, wrapRuntime } from './serve.js';

const config = buildPublishedConfig(fjallbagerietDeclaration, {
  siteKey: 'fjb',
  version: 3,
  publishedAt: '2026-11-01T10:00:00.000Z',
});

describe('serve', () => {
  it('wrapRuntime sends the chunk, its map and the vendors only for a config with a non-empty map', () => {
    const chunk = () => 'CHUNK';
    const plain = wrapRuntime('R;', config, {}, { autoBlock: chunk });
    expect(plain.startsWith('R;\nsmulaBoot(')).toBe(true);
    expect(plain).not.toContain('CHUNK');
    expect(wrapRuntime('R;', { ...config, autoBlock: {} }, {}, { autoBlock: chunk })).not.toContain(
      'CHUNK',
    );
    expect(autoBlockArgs(null)).toBeUndefined();
    const map = { 'evil.example': '</script>', 'www.facebook.com': 'marketing' };
    const out = wrapRuntime('R;', { ...config, autoBlock: map }, {}, { autoBlock: chunk });
    expect(out.startsWith('CHUNK\nR;\nsmulaBoot(')).toBe(true);
    // One statement: the chunk's hook goes straight into the banner, never through window.
    expect(out).toMatch(
      /,void 0,smulaAutoBlock\(\{.*\},\{"www\.facebook\.com":"Meta Pixel"\}\)\);\n$/,
    );
    expect(out).not.toContain('</script>');
    // The map stays out of what the banner runtime gets.
    expect(bannerConfig({ ...config, autoBlock: map })).not.toHaveProperty('autoBlock');
  });

  it('names no vendor for a host whose vendor turned placeholders off', () => {
    const off = {
      ...config,
      autoBlock: { 'www.facebook.com': 'marketing' },
      vendors: config.vendors.map((v) => ({ ...v, embedPlaceholder: false })),
    };
    expect(autoBlockArgs(off)).toBe('{"www.facebook.com":"marketing"},{"www.facebook.com":""}');
  });

  it('scriptJson cannot close a script element and survives U+2028/2029', () => {
    const json = scriptJson({ t: '</script><!-- \u2028\u2029' });
    expect(json).not.toMatch(/<|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual({ t: '</script><!-- \u2028\u2029' });
  });

  it('bannerConfig keeps the envelope and what the runtime reads, drops the rest', () => {
    const slim = bannerConfig(config) as typeof config;
    for (const k of ['siteKey', 'version', 'hash', 'materialHash', 'materialSince'] as const)
      expect(slim[k]).toEqual(config[k]);
    expect(slim.categories.map((c) => c.key)).toEqual(config.categories.map((c) => c.key));
    expect(slim.texts.sv!.banner).toEqual(config.texts.sv!.banner);
    expect(slim.texts.sv!.policy.colPurpose).toBe(config.texts.sv!.policy.colPurpose);
    expect(slim.texts.sv!.policy.sections).toBeUndefined();
    expect(slim.vendors[0]!.description).toBeUndefined();
    expect(slim.items.some((i) => i.necessityJustification)).toBe(false);
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(config).length * 0.7);
    expect(bannerConfig({ broken: true })).toEqual({ broken: true });
    expect(bannerConfig(null)).toBeNull();
  });

  it('wrapRuntime appends one smulaBoot call with config and options', () => {
    const js = wrapRuntime('RUNTIME;\n', config, { endpoint: 'https://a.example/api/v1/consents' });
    const call = js.split('\n')[1]!;
    expect(js.startsWith('RUNTIME;\nsmulaBoot(')).toBe(true);
    const args = JSON.parse(`[${call.slice('smulaBoot('.length, -2)}]`);
    expect(args[0].hash).toBe(config.hash);
    expect(args[1]).toEqual({
      endpoint: 'https://a.example/api/v1/consents',
      durations: durationTexts(config),
      // The default region rules: the UK, Switzerland and the US start with preferences and
      // statistics granted, in one region-scoped Consent Mode default.
      gcmRegions: [
        {
          ad_personalization: 'denied',
          ad_storage: 'denied',
          ad_user_data: 'denied',
          analytics_storage: 'granted',
          functionality_storage: 'granted',
          personalization_storage: 'granted',
          security_storage: 'granted',
          region: ['GB', 'CH', 'US'],
        },
      ],
    });
  });

  it('durationTexts has core’s words for each distinct item duration, per locale', () => {
    const texts = durationTexts(config);
    expect(Object.keys(texts).sort()).toEqual(['en', 'sv']);
    const distinct = new Set(config.items.map((i) => durationKey(i.duration)));
    for (const locale of ['sv', 'en']) {
      const p = config.texts[locale]!.policy;
      const labels = {
        session: p.durationSession,
        persistent: p.durationPersistent,
        unknown: p.durationUnknown,
      };
      expect(Object.keys(texts[locale]!).sort()).toEqual([...distinct].sort());
      for (const item of config.items)
        expect(texts[locale]![durationKey(item.duration)]).toBe(
          formatDuration(item.duration, locale, labels),
        );
    }
    expect(durationKey({ kind: 'seconds', seconds: 13 * SECONDS_PER.month })).toBe('34186698');
    expect(durationKey({ kind: 'session', raw: 'Session' })).toBe('session');
  });

  it('durationTexts gives nothing for what is not a config, and wrapRuntime adds none', () => {
    expect(durationTexts(null)).toEqual({});
    expect(durationTexts({ texts: {} })).toEqual({});
    const call = wrapRuntime('R;', { broken: true }).split('\n')[1]!;
    expect(JSON.parse(`[${call.slice('smulaBoot('.length, -2)}]`)[1]).toEqual({});
  });
});
