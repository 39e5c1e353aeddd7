import { buildConfig, type Config } from 'payload';
import { describe, expect, it } from 'vitest';
import {
  BANNER_PATH,
  CACHE_COLLECTION_SLUG,
  DECLARATION_BLOCK_SLUG,
  SETTINGS_GLOBAL_SLUG,
  TEST_CONNECTION_PATH,
} from './payload/constants.js';
import { BLOCK_IMAGES, cookieDeclarationBlock } from './payload/declaration-block.js';
import { smulaPlugin } from './plugin.js';
import { DEFAULT_POLICY_PATH, resolveSettings, type TSmulaPluginOptions } from './settings.js';

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

  it('adds the settings global, the block, the cache collection and the endpoints', async () => {
    const config = await apply({
      adminUrl: 'https://consent.example.se',
      siteKey: KEY,
      blockFields,
    });
    expect(config.globals!.map((g) => g.slug)).toEqual(['footer', SETTINGS_GLOBAL_SLUG]);
    expect(fieldNames(config)).toEqual([
      'status',
      'enabled',
      'adminUrl',
      'siteKey',
      'policyPath',
      'testConnection',
    ]);
    expect(layoutBlocks(config)).toEqual(['content', DECLARATION_BLOCK_SLUG]);
    expect(config.collections!.map((c) => c.slug)).toEqual([
      'pages',
      'posts',
      CACHE_COLLECTION_SLUG,
    ]);
    expect(config.endpoints!.map((e) => `${e.method} ${e.path}`)).toEqual([
      `post ${TEST_CONNECTION_PATH}`,
      `get ${BANNER_PATH}`,
      'get /smula/languages',
    ]);
    expect(config.custom?.smula).toMatchObject({ siteKey: KEY });
    // The admin's texts in English and Swedish, through Payload's i18n.
    const translations = config.i18n?.translations as Record<
      string,
      Record<string, Record<string, string>>
    >;
    expect(translations.en!['plugin-smula']!.testConnection).toBe('Test connection');
    expect(translations.sv!['plugin-smula']!.testConnection).toBe('Testa anslutningen');
  });

  it('when disabled keeps the global, the block and the collection (same schema), but adds no endpoint or button', async () => {
    const on = await apply({ blockFields });
    const off = await apply({ blockFields, enabled: false });
    expect(off.globals!.map((g) => g.slug)).toEqual(on.globals!.map((g) => g.slug));
    expect(off.collections!.map((c) => c.slug)).toEqual(on.collections!.map((c) => c.slug));
    expect(layoutBlocks(off)).toEqual(layoutBlocks(on));
    // Only the UI field differs, and a UI field has no column.
    expect(fieldNames(off)).toEqual(['status', 'enabled', 'adminUrl', 'siteKey', 'policyPath']);
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

  // Issue 20: a malformed SMULA_SITE_KEY made every route, /admin included, answer 500.
  it('turns Smula off for options that could never work, instead of failing the config', async () => {
    const problems = (o: TSmulaPluginOptions) => resolveSettings(o, null).problems;
    expect(problems({ adminUrl: 'javascript:alert(1)' }).join()).toMatch(/https:\/\//);
    expect(problems({ siteKey: 'a b' }).join()).toMatch(/not a Smula site key/);
    expect(problems({ policyPath: 'cookie-policy' }).join()).toMatch(/must start with "\/"/);
    expect(problems({ policyPath: '//evil.example/x' }).join()).toMatch(/must start with "\/"/);
    expect(problems({ revalidateSeconds: -1 }).join()).toMatch(/revalidateSeconds/);
    expect(resolveSettings({ siteKey: 'a b' }, { enabled: true }).enabled).toBe(false);

    // Payload accepts the config; the schema is the one an enabled plugin adds.
    const bad = await buildConfig({
      ...siteConfig(),
      plugins: [smulaPlugin({ siteKey: 'not a key!', blockFields })],
    });
    const good = await buildConfig({
      ...siteConfig(),
      plugins: [smulaPlugin({ siteKey: KEY, blockFields })],
    });
    expect(bad.collections.map((c) => c.slug)).toEqual(good.collections.map((c) => c.slug));
    expect(bad.endpoints.map((e) => e.path)).not.toContain(BANNER_PATH);
    // The global's status field carries the problem to the admin.
    const status = bad.globals
      .find((g) => g.slug === SETTINGS_GLOBAL_SLUG)!
      .fields.find((f) => 'name' in f && f.name === 'status') as unknown as {
      admin: { components: { Field: { clientProps: { problems: string[] } } } };
    };
    expect(status.admin.components.Field.clientProps.problems).toEqual([
      '"not a key!" is not a Smula site key (8–64 letters, digits, "-" or "_").',
    ]);
    // And one line in the log when Payload starts, before the site's own onInit.
    const lines: string[] = [];
    await bad.onInit!({ logger: { error: (m: string) => lines.push(m) } } as never);
    expect(lines).toEqual([
      expect.stringMatching(/^Smula is OFF .*"not a key!" is not a Smula site key/),
    ]);
  });

  it("keeps the site's own translations, and its overrides of the plugin's", async () => {
    const config = await smulaPlugin({ siteKey: KEY })({
      ...siteConfig(),
      i18n: {
        translations: {
          sv: { custom: { hello: 'Hej' }, 'plugin-smula': { testConnection: 'Prova' } },
        } as never,
      },
    });
    const all = config.i18n!.translations as Record<string, Record<string, Record<string, string>>>;
    const sv = all.sv!;
    expect(sv.custom!.hello).toBe('Hej');
    expect(sv['plugin-smula']!.testConnection).toBe('Prova');
    expect(sv['plugin-smula']!.siteKey).toBe('Webbplatsnyckel');
  });

  // A function as a global's description reached the admin's client config and made every
  // admin page answer 500: labels and descriptions are plain { en, sv } records.
  it('gives the admin only serializable labels and descriptions, in English and Swedish', async () => {
    const config = await apply({ siteKey: KEY, blockFields, allowHttpLocalhost: true });
    const functions: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'function') functions.push(path);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          // Server-only parts: validators and hooks stay on the server.
          if (['validate', 'hooks', 'access', 'defaultValue'].includes(k)) continue;
          walk(x, `${path}.${k}`);
        }
    };
    const global = config.globals!.find((g) => g.slug === SETTINGS_GLOBAL_SLUG)!;
    walk(global, 'global');
    walk(cookieDeclarationBlock, 'block');
    expect(functions).toEqual([]);
    expect(global.label).toEqual({ en: 'Smula settings', sv: 'Smula-inställningar' });
    const adminUrl = global.fields.find((f) => 'name' in f && f.name === 'adminUrl') as {
      admin: { description: Record<string, string> };
    };
    expect(adminUrl.admin.description.sv).toContain('allowHttpLocalhost');
  });

  // Issue 20, refresh on publish: the webhook endpoint only with a secret, which is never echoed.
  it('adds the webhook endpoint with webhookSecret, and turns Smula off for an unusable one', async () => {
    const secret = 'whsec_0123456789abcdefghijklmnop';
    const config = await apply({ siteKey: KEY, blockFields, webhookSecret: secret });
    expect(config.endpoints!.map((e) => `${e.method} ${e.path}`)).toContain('post /smula/webhook');
    const problems = resolveSettings({ webhookSecret: 'short' }, null).problems;
    expect(problems).toEqual([
      'webhookSecret must be the signing secret the Smula admin showed (whsec_…).',
    ]);
    expect(problems.join()).not.toContain('short');
    expect(resolveSettings({ onPublish: 'x' as never }, null).problems.join()).toMatch(/onPublish/);
    const none = await apply({ siteKey: KEY, blockFields });
    expect(none.endpoints!.map((e) => e.path)).not.toContain('/smula/webhook');
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
    const problems = (o: TSmulaPluginOptions) => resolveSettings(o, null).problems;
    expect(problems({ adminUrl: 'http://consent.example.se' }).join()).toMatch(/https:\/\//);
    expect(problems({ adminUrl: 'http://localhost:3000' }).join()).toMatch(/allowHttpLocalhost/);
    expect(problems({ adminUrl: 'http://localhost:3000', allowHttpLocalhost: true })).toEqual([]);
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
      bannerSource: 'same-origin',
      bannerPath: null,
      problems: [],
    });
    // With Payload's API route (getSmulaSettings), the tag points at the plugin's own route,
    // unless the developer asked for the admin's URL.
    expect(resolveSettings({}, null, '/api/smula/banner.js').bannerPath).toBe(
      '/api/smula/banner.js',
    );
    expect(
      resolveSettings({ bannerSource: 'direct' }, null, '/api/smula/banner.js').bannerPath,
    ).toBeNull();
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

describe('the declaration block’s images', () => {
  it('are inline SVGs: a 3:2 thumbnail and a square icon, each with alt text', () => {
    const decode = (url: string) => {
      expect(url.startsWith('data:image/svg+xml,')).toBe(true);
      return decodeURIComponent(url.slice('data:image/svg+xml,'.length));
    };
    expect(cookieDeclarationBlock.admin?.images).toBe(BLOCK_IMAGES);
    const thumb = decode(BLOCK_IMAGES.thumbnail.url);
    const [, , w, h] = /viewBox="([\d ]+)"/.exec(thumb)![1]!.split(' ').map(Number);
    expect(w! / h!).toBe(1.5);
    expect(thumb).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/);
    expect(decode(BLOCK_IMAGES.icon.url)).toContain('viewBox="0 0 20 20"');
    expect(BLOCK_IMAGES.thumbnail.alt).not.toBe('');
  });
});
