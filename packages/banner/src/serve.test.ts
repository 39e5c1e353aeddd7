import { buildPublishedConfig, formatDuration, isSiteOwner, SECONDS_PER } from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';
import { bootArgs } from '@smula/testing';
import { describe, expect, it } from 'vitest';
import { categoryDetail, vendorCount } from './detail.js';
import { durationKey, durationTexts } from './duration-texts.js';
import {
  autoBlockArgs,
  bannerConfig,
  bannerDetail,
  scriptJson,
  scriptJsonParse,
  wrapRuntime,
} from './serve.js';

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

  it('scriptJsonParse is a JSON.parse of the same value, as safe in a script as scriptJson', () => {
    const tricky = {
      t: `</script><!-- it's \\ "quoted" \u2028\u2029 \n åäö 🍪 \\u0041 \\'`,
      n: [1, null, true, { x: "'" }],
    };
    const js = scriptJsonParse(tricky);
    expect(js.startsWith("JSON.parse('")).toBe(true);
    expect(js).not.toMatch(/<|\u2028|\u2029|\n/);
    expect(new Function(`return ${js}`)()).toEqual(tricky);
    // What is not an object stays a literal (a broken config still reaches the runtime as is).
    for (const v of [null, 3, 'x</script>', undefined])
      expect(new Function(`return ${scriptJsonParse(v)}`)()).toEqual(v ?? null);
    expect(scriptJsonParse('x</script>')).toBe(scriptJson('x</script>'));
  });

  it('bannerConfig keeps the envelope and what the runtime reads, drops the rest', () => {
    const slim = bannerConfig(config) as typeof config;
    for (const k of ['siteKey', 'version', 'hash', 'materialSince'] as const)
      expect(slim[k]).toEqual(config[k]);
    expect(slim.categories.map((c) => c.key)).toEqual(config.categories.map((c) => c.key));
    // Descriptions come with the detail (no placeholder needs them here).
    for (const c of slim.categories) expect(c).not.toHaveProperty('description');
    expect(slim.texts.sv!.banner.title).toBe(config.texts.sv!.banner.title);
    expect(slim.texts.sv!.banner.save).toBe(config.texts.sv!.banner.save);
    // The detail's headings and the automatic-blocking texts are not the first layer's.
    expect(slim.texts.sv!.banner.vendorsHeading).toBeUndefined();
    expect(slim.texts.sv!.banner.placeholderText).toBeUndefined();
    expect(slim.texts.sv!.policy.colPurpose).toBeUndefined();
    expect(slim.texts.sv!.policy.withdrawConsent).toBe(config.texts.sv!.policy.withdrawConsent);
    expect(slim.texts.sv!.policy.sections).toBeUndefined();
    // The first layer names no vendor and keeps of the items what purging needs: first-party
    // items of categories a visitor can refuse.
    expect(slim.vendors).toEqual([]);
    const required = new Set(config.categories.filter((c) => c.required).map((c) => c.key));
    expect(config.items.some((i) => i.party === 'first' && required.has(i.category))).toBe(true);
    expect(slim.items).toEqual(
      config.items
        .filter((i) => i.party === 'first' && !required.has(i.category))
        .map(({ name, matchKind, type, category }) => ({
          name,
          type,
          category,
          ...(matchKind === 'exact' ? {} : { matchKind }),
        })),
    );
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(config).length * 0.4);
    expect(bannerConfig({ broken: true })).toEqual({ broken: true });
    expect(bannerConfig(null)).toBeNull();
  });

  it('wrapRuntime appends one smulaBoot call with config and options', () => {
    const js = wrapRuntime('RUNTIME;\n', config, { endpoint: 'https://a.example/api/v1/consents' });
    expect(js.startsWith('RUNTIME;\nsmulaBoot(')).toBe(true);
    const args = bootArgs(js) as [{ hash: string }, unknown];
    expect(args[0].hash).toBe(config.hash);
    expect(args[1]).toEqual({
      endpoint: 'https://a.example/api/v1/consents',
      vendorCount: vendorCount(config),
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

  it('sends one published locale’s texts when asked, resolved with the default-locale fallback', () => {
    const noEnglish = {
      ...config,
      categories: config.categories.map((c, i) =>
        i === 0 ? { ...c, name: { sv: c.name.sv! } } : c,
      ),
    };
    const boot = (js: string) =>
      bootArgs(js) as [
        {
          texts: Record<string, unknown>;
          categories: { name: Record<string, string> }[];
        },
        Record<string, Record<string, unknown>>,
      ];
    const [en, enOpts] = boot(
      wrapRuntime('R;\n', noEnglish, {
        locale: 'en',
        declaration: { en: '<p>E</p>', sv: '<p>S</p>' },
      }),
    );
    expect(Object.keys(en.texts)).toEqual(['en']);
    for (const c of en.categories) expect(Object.keys(c.name)).toEqual(['en']);
    // No English name: the Swedish one, under `en`, as the runtime would have picked.
    const first = en.categories[0]!;
    expect(first.name.en).toBe(config.categories[0]!.name.sv);
    expect(enOpts.declaration).toEqual({ en: '<p>E</p>' });
    // Not a published locale, or none: every locale, as before.
    for (const locale of ['de', null, undefined]) {
      const [all] = boot(wrapRuntime('R;\n', config, { locale }));
      expect(Object.keys(all.texts).sort()).toEqual(['en', 'sv']);
    }
    // Smaller: one language of two.
    expect(wrapRuntime('R;\n', config, { locale: 'sv' }).length).toBeLessThan(
      wrapRuntime('R;\n', config).length * 0.8,
    );
  });

  it('inlines the preferences detail for the locales sent only when asked (draft previews)', () => {
    const opts = (o: Parameters<typeof wrapRuntime>[2]) =>
      bootArgs(wrapRuntime('R;\n', config, o))[1] as { detail?: unknown };
    expect(opts({}).detail).toBeUndefined();
    expect(opts({ inlineDetail: true }).detail).toEqual({
      en: categoryDetail(config, 'en'),
      sv: categoryDetail(config, 'sv'),
    });
    expect(opts({ inlineDetail: true, locale: 'sv' }).detail).toEqual({
      sv: categoryDetail(config, 'sv'),
    });
  });

  it('offers the visitor no empty unclassified category and counts no site owner as a partner', () => {
    const published = {
      ...config,
      items: config.items.filter((i) => i.category !== 'unclassified'),
    };
    const keys = (bannerConfig(published) as { categories: { key: string }[] }).categories.map(
      (c) => c.key,
    );
    expect(keys).not.toContain('unclassified');
    expect(keys).toHaveLength(config.categories.length - 1);
    // The fixture's bakery is its own site's owner (its contact, its domain): not a partner.
    const partners = (c: typeof published) =>
      c.vendors.filter((v) =>
        c.items.some(
          (i) => i.vendor === v.id && !c.categories.find((x) => x.key === i.category)?.required,
        ),
      );
    expect(partners(published).some((v) => isSiteOwner(published.site, v))).toBe(true);
    expect(vendorCount(published)).toBe(
      partners(published).filter((v) => !isSiteOwner(published.site, v)).length,
    );
    // Named as the contact, Google would be the owner instead of a partner.
    const google = published.vendors.find((v) => v.id === 'google')!;
    const owned = {
      ...published,
      site: { ...published.site, contact: { name: google.legalName! } },
    };
    expect(vendorCount(owned)).toBe(vendorCount(published) - 1);
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
    expect(bootArgs(wrapRuntime('R;', { broken: true }))).toEqual([{ broken: true }, {}]);
  });

  it('keeps the automatic-blocking texts for a site whose script carries the chunk', () => {
    const slim = bannerConfig({
      ...config,
      autoBlock: { 'www.facebook.com': 'marketing' },
    }) as typeof config;
    expect(slim.texts.en!.banner.placeholderText).toBe(config.texts.en!.banner.placeholderText);
    expect(slim.texts.en!.banner.reloadButton).toBe(config.texts.en!.banner.reloadButton);
    // A placeholder names the purposes of what it holds back: the descriptions stay.
    expect(slim.categories.map((c) => c.description)).toEqual(
      config.categories.map((c) => c.description),
    );
  });

  it('bannerDetail lists each category’s vendors and items for one locale, escaped', () => {
    const hostile = {
      ...config,
      items: config.items.map((i, n) => (n ? i : { ...i, name: '<img src=x onerror=alert(1)>' })),
      categories: config.categories.map((c, n) =>
        n ? c : { ...c, description: { ...c.description, en: 'Cookies & <b>more</b>' } },
      ),
    };
    const detail = JSON.parse(bannerDetail(hostile, 'en')!) as Record<string, string>;
    expect(detail).toEqual(categoryDetail(hostile, 'en'));
    const p = config.texts.en!.policy;
    // Every category a visitor sees opens with its description (escaped), listed or not.
    expect(detail[hostile.categories[0]!.key]!.startsWith('<p>Cookies &amp; &lt;b&gt;more')).toBe(
      true,
    );
    for (const c of config.categories.slice(1))
      expect(detail[c.key]!.startsWith(`<p>${c.description.en}</p>`)).toBe(true);
    for (const c of config.categories) {
      const items = config.items.filter((i) => i.category === c.key);
      if (!items.length) continue;
      expect(detail[c.key]).toContain(`${p.colPurpose}: `);
      expect(detail[c.key]!.match(/<li><b>/g)!.length).toBeGreaterThanOrEqual(items.length);
    }
    expect(JSON.stringify(detail)).not.toContain('<img');
    expect(bannerDetail(config, 'de')).toBeNull();
    expect(bannerDetail(null as never, 'en')).toBeNull();
    // No `<` in the JSON text either: safe wherever it is embedded.
    expect(bannerDetail(hostile, 'en')).not.toContain('<');
    expect(vendorCount(config)).toBeGreaterThan(0);
  });
});
