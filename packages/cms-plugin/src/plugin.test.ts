import { buildConfig, type Config } from 'payload';
import { describe, expect, it } from 'vitest';
import {
  DECLARATION_BLOCK_SLUG,
  SETTINGS_GLOBAL_SLUG,
  TEST_CONNECTION_PATH,
} from './payload/constants.js';
import { smulaPlugin } from './plugin.js';
import { DEFAULT_POLICY_PATH, resolveSettings } from './settings.js';

// A site's config as a developer writes it: a pages collection whose layout is a blocks field
// inside tabs, next to one that has no blocks at all.
function siteConfig(): Config {
  return {
    secret: 'test-secret',
    collections: [
      {
        slug: 'pages',
        fields: [
          { name: 'title', type: 'text' },
          {
            type: 'tabs',
            tabs: [
              {
                label: 'Content',
                fields: [
                  {
                    name: 'layout',
                    type: 'blocks',
                    blocks: [{ slug: 'content', fields: [{ name: 'text', type: 'textarea' }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
      { slug: 'posts', fields: [{ name: 'title', type: 'text' }] },
    ],
    globals: [{ slug: 'footer', fields: [{ name: 'text', type: 'text' }] }],
  } as unknown as Config;
}

const KEY = 'AbCdEf_123-xyz';
const apply = async (options: Parameters<typeof smulaPlugin>[0], config = siteConfig()) =>
  smulaPlugin(options)(config);

type TAnyField = {
  name?: string;
  type: string;
  blocks?: { slug: string }[];
  tabs?: { fields: TAnyField[] }[];
  fields?: TAnyField[];
};
function layoutBlocks(config: Config): string[] {
  const pages = config.collections!.find((c) => c.slug === 'pages')!;
  const tabs = (pages.fields as TAnyField[]).find((f) => f.type === 'tabs')!;
  const layout = tabs.tabs![0]!.fields.find((f) => f.name === 'layout')!;
  return layout.blocks!.map((b) => b.slug);
}
const fieldNames = (config: Config) =>
  (config.globals!.find((g) => g.slug === SETTINGS_GLOBAL_SLUG)!.fields as TAnyField[]).map(
    (f) => f.name,
  );

describe('smulaPlugin', () => {
  const blockFields = [{ collection: 'pages', field: 'layout' }];

  it('adds the settings global, the block and the test-connection endpoint', async () => {
    const config = await apply({
      adminUrl: 'https://consent.example.se',
      siteKey: KEY,
      blockFields,
    });
    expect(config.globals!.map((g) => g.slug)).toEqual(['footer', SETTINGS_GLOBAL_SLUG]);
    expect(fieldNames(config)).toEqual([
      'enabled',
      'adminUrl',
      'siteKey',
      'policyPath',
      'testConnection',
    ]);
    expect(layoutBlocks(config)).toEqual(['content', DECLARATION_BLOCK_SLUG]);
    expect(config.endpoints!.map((e) => `${e.method} ${e.path}`)).toEqual([
      `post ${TEST_CONNECTION_PATH}`,
    ]);
    expect(config.custom?.smula).toMatchObject({ siteKey: KEY });
  });

  it('when disabled keeps the global and the block (same schema), but adds no endpoint or button', async () => {
    const on = await apply({ blockFields });
    const off = await apply({ blockFields, enabled: false });
    expect(off.globals!.map((g) => g.slug)).toEqual(on.globals!.map((g) => g.slug));
    expect(layoutBlocks(off)).toEqual(layoutBlocks(on));
    // Only the UI field differs, and a UI field has no column.
    expect(fieldNames(off)).toEqual(['enabled', 'adminUrl', 'siteKey', 'policyPath']);
    expect(off.endpoints ?? []).toEqual([]);
  });

  it('leaves the config it was given alone', async () => {
    const original = siteConfig();
    const before = JSON.stringify(original);
    await apply({ blockFields }, original);
    expect(JSON.stringify(original)).toBe(before);
  });

  it('adds the block once even if listed twice', async () => {
    const config = await apply({ blockFields: [...blockFields, ...blockFields] });
    expect(layoutBlocks(config)).toEqual(['content', DECLARATION_BLOCK_SLUG]);
  });

  it('says which blocks field is missing', async () => {
    await expect(
      apply({ blockFields: [{ collection: 'posts', field: 'layout' }] }),
    ).rejects.toThrow('collection "posts" has no blocks field "layout"');
    await expect(apply({ blockFields: [{ collection: 'nope', field: 'layout' }] })).rejects.toThrow(
      'names collection "nope"',
    );
  });

  it('rejects options that could never work, at config time', () => {
    expect(() => smulaPlugin({ adminUrl: 'javascript:alert(1)' })).toThrow(/https:\/\//);
    expect(() => smulaPlugin({ siteKey: 'a b' })).toThrow(/not a Smula site key/);
    expect(() => smulaPlugin({ policyPath: 'cookie-policy' })).toThrow(/must start with "\/"/);
    expect(() => smulaPlugin({ policyPath: '//evil.example/x' })).toThrow(/must start with "\/"/);
    expect(() => smulaPlugin({ revalidateSeconds: -1 })).toThrow(/revalidateSeconds/);
  });

  // Issue 13: an editor could save any http(s) URL; the banner script must come over https.
  it('accepts only https admin URLs in the settings global, plain http only on localhost when allowed', async () => {
    const validate = async (options: Parameters<typeof smulaPlugin>[0], value: string) => {
      const config = await apply(options);
      const global = config.globals!.find((g) => g.slug === SETTINGS_GLOBAL_SLUG)!;
      const field = global.fields.find((f) => 'name' in f && f.name === 'adminUrl') as {
        validate: (v: string) => true | string;
      };
      return field.validate(value);
    };
    expect(await validate({}, 'https://consent.example.se')).toBe(true);
    expect(await validate({}, '')).toBe(true);
    expect(await validate({}, 'http://consent.example.se')).toMatch(/must start with https:\/\//);
    expect(await validate({}, 'http://localhost:3000')).toMatch(/allowHttpLocalhost/);
    expect(await validate({ allowHttpLocalhost: true }, 'http://localhost:3000')).toBe(true);
    expect(await validate({ allowHttpLocalhost: true }, 'http://consent.example.se')).toMatch(
      /must start with https:\/\//,
    );
    expect(() => smulaPlugin({ adminUrl: 'http://consent.example.se' })).toThrow(/https:\/\//);
    expect(() => smulaPlugin({ adminUrl: 'http://localhost:3000' })).toThrow(/allowHttpLocalhost/);
    expect(() =>
      smulaPlugin({ adminUrl: 'http://localhost:3000', allowHttpLocalhost: true }),
    ).not.toThrow();
  });

  it('gives Payload a config it accepts', async () => {
    const config = await buildConfig({
      ...siteConfig(),
      plugins: [smulaPlugin({ siteKey: KEY, blockFields })],
    });
    expect(config.globals.map((g) => g.slug)).toContain(SETTINGS_GLOBAL_SLUG);
    const pages = config.collections.find((c) => c.slug === 'pages')!;
    expect(JSON.stringify(pages.flattenedFields)).toContain(`"slug":"${DECLARATION_BLOCK_SLUG}"`);
  });
});

describe('resolveSettings', () => {
  it('uses the plugin options when the global is empty', () => {
    expect(resolveSettings({ adminUrl: 'https://a.se', siteKey: KEY }, null)).toEqual({
      enabled: true,
      adminUrl: 'https://a.se',
      siteKey: KEY,
      policyPath: DEFAULT_POLICY_PATH,
      localeMapping: {},
      defaultLocale: null,
      revalidateSeconds: 60,
      allowHttpLocalhost: false,
      allowPrivateNetworks: false,
    });
  });

  it('lets what an editor saved win, and either side turn it off', () => {
    const s = resolveSettings(
      { adminUrl: 'https://a.se', siteKey: KEY, policyPath: '/kakor' },
      { adminUrl: ' https://b.se ', siteKey: '', policyPath: '/cookies', enabled: true },
    );
    expect(s).toMatchObject({
      adminUrl: 'https://b.se',
      siteKey: KEY,
      policyPath: '/cookies',
      enabled: true,
    });
    expect(resolveSettings({ enabled: false }, { enabled: true }).enabled).toBe(false);
    expect(resolveSettings({}, { enabled: false }).enabled).toBe(false);
  });
});
