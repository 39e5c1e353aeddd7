// Issue 20, multi-tenant: a site key per tenant. A real Payload (SQLite in memory) with
// Payload's own multi-tenant plugin and ours, and a real HTTP server as the Smula admin: each
// tenant gets its own key's banner and settings, and a visitor's `?tenant=` can only pick a
// tenant that has a key, never name a key.
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant';
import {
  buildConfig,
  type CollectionSlug,
  type Config,
  getPayload,
  type Payload,
  type PayloadRequest,
} from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAdmin, type TFakeAdmin } from '../helpers/test-server.js';
import { smulaPlugin } from '../plugin.js';
import type { TSmulaPluginOptions } from '../settings.js';
import { bannerEndpoint } from './banner-endpoint.js';
import { BANNER_PATH, SETTINGS_GLOBAL_SLUG, TEST_CONNECTION_PATH } from './constants.js';
import { getSmulaSettings } from './get-settings.js';
import { testConnectionEndpoint } from './test-connection-endpoint.js';

const DEFAULT_KEY = 'default_site_key';
const KEY_A = 'tenant_a_site_key';
const KEY_B = 'tenant_b_site_key';

const site = (): Config =>
  ({
    secret: 'test-secret',
    telemetry: false,
    admin: { user: 'users' },
    collections: [
      {
        slug: 'users',
        auth: true,
        fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor'] }],
      },
      { slug: 'tenants', fields: [{ name: 'name', type: 'text', required: true }] },
      { slug: 'pages', fields: [{ name: 'title', type: 'text' }] },
    ],
  }) as unknown as Config;

const tenantsPlugin = () =>
  multiTenantPlugin({
    collections: { pages: {} },
    userHasAccessToAllTenants: () => true,
  });

let admin: TFakeAdmin;
let payload: Payload;
let options: TSmulaPluginOptions;
const ids: Record<'a' | 'b' | 'none', string | number> = { a: 0, b: 0, none: 0 };
const tenants = 'tenants' as CollectionSlug;

beforeAll(async () => {
  // The admin serves each site's script with its key in it.
  admin = await startFakeAdmin((req, res) => {
    const key = /^\/b\/([\w-]+)\.js/.exec(req.url ?? '')?.[1];
    res.writeHead(key ? 200 : 404, { 'content-type': 'text/javascript; charset=utf-8' });
    res.end(key ? `window.smulaSite = ${JSON.stringify(key)};` : '');
  });
  options = {
    adminUrl: admin.url,
    siteKey: DEFAULT_KEY,
    allowHttpLocalhost: true,
    allowPrivateNetworks: true,
    tenants: { collection: 'tenants' },
    // Only admins may change which site a tenant's pages load.
    access: {
      update: ({ user }) => (user as { roles?: string[] }).roles?.includes('admin') === true,
    },
  };
  const config = await buildConfig({
    ...site(),
    db: sqliteAdapter({ client: { url: 'file::memory:' } }),
    plugins: [tenantsPlugin(), smulaPlugin(options)],
  });
  payload = await getPayload({ config });
  const create = async (name: string, smulaSiteKey?: string) =>
    (await payload.create({ collection: tenants, data: { name, smulaSiteKey } as never })).id;
  ids.a = await create('Fikabageriet', KEY_A);
  ids.b = await create('Verkstaden', KEY_B);
  ids.none = await create('Utan nyckel');
});
afterAll(async () => {
  await payload?.destroy();
  await admin?.stop();
});

/** `GET /api/smula/banner.js?…` through the plugin's handler, as Payload calls it. */
async function banner(query: string, opts = options) {
  const req = {
    url: `http://site.example${BANNER_PATH}${query}`,
    headers: new Headers(),
    payload,
  } as unknown as PayloadRequest;
  const res = await bannerEndpoint(opts).handler(req);
  return { status: res.status, body: await res.text() };
}

describe('smulaPlugin with tenants', () => {
  it("adds the site key (and Test connection) to the multi-tenant plugin's tenants collection, in either plugin order", async () => {
    for (const plugins of [
      [tenantsPlugin(), smulaPlugin(options)],
      [smulaPlugin(options), tenantsPlugin()],
    ]) {
      const config = await buildConfig({ ...site(), plugins });
      const fields = config.collections.find((c) => c.slug === 'tenants')!.fields;
      expect(fields.map((f) => ('name' in f ? f.name : f.type))).toEqual(
        expect.arrayContaining(['name', 'smulaSiteKey', 'smulaSiteKeyTest']),
      );
      // The multi-tenant plugin still did its part: pages belong to a tenant.
      const pages = config.collections.find((c) => c.slug === 'pages')!;
      expect(pages.fields.some((f) => 'name' in f && f.name === 'tenant')).toBe(true);
    }
    // Off: the same column (migrations do not change), no button.
    const off = await buildConfig({
      ...site(),
      plugins: [smulaPlugin({ ...options, enabled: false })],
    });
    const names = off.collections
      .find((c) => c.slug === 'tenants')!
      .fields.map((f) => ('name' in f ? f.name : f.type));
    expect(names).toContain('smulaSiteKey');
    expect(names).not.toContain('smulaSiteKeyTest');
    // Another field name.
    const named = await buildConfig({
      ...site(),
      plugins: [smulaPlugin({ tenants: { collection: 'tenants', siteKeyField: 'consentKey' } })],
    });
    expect(
      named.collections.find((c) => c.slug === 'tenants')!.fields.map((f) => 'name' in f && f.name),
    ).toContain('consentKey');
  });

  it('names what is wrong with the tenants option', async () => {
    await expect(
      buildConfig({ ...site(), plugins: [smulaPlugin({ tenants: { collection: 'sites' } })] }),
    ).rejects.toThrow('tenants.collection is "sites", which this config does not have');
    await expect(
      buildConfig({
        ...site(),
        plugins: [smulaPlugin({ tenants: { collection: 'tenants', siteKeyField: 'x y' } })],
      }),
    ).rejects.toThrow('tenants.siteKeyField must be a field name');
    await expect(
      buildConfig({
        ...site(),
        plugins: [smulaPlugin({ tenants: { collection: 'tenants', siteKeyField: 'name' } })],
      }),
    ).rejects.toThrow('already has a field "name"');
  });

  it('refuses a malformed site key on a tenant, and lets only those who manage Smula change one', async () => {
    await expect(
      payload.create({
        collection: tenants,
        data: { name: 'Fel', smulaSiteKey: 'not a key!' } as never,
      }),
    ).rejects.toThrow(/Site key|smulaSiteKey/);
    const editor = { collection: 'users', id: 99, roles: ['editor'] };
    const changed = (await payload.update({
      collection: tenants,
      id: ids.a,
      data: { name: 'Fikabageriet AB', smulaSiteKey: 'someone_elses_key' } as never,
      user: editor as never,
      overrideAccess: false,
    })) as unknown as { name: string; smulaSiteKey: string };
    // The editor may rename the tenant, but the key stays.
    expect(changed.name).toBe('Fikabageriet AB');
    expect(changed.smulaSiteKey).toBe(KEY_A);
  });

  it('gives each tenant its own key and banner route, and a tenant without a key no Smula', async () => {
    const a = await getSmulaSettings(payload, { tenant: ids.a });
    expect(a).toMatchObject({
      enabled: true,
      siteKey: KEY_A,
      tenant: String(ids.a),
      bannerPath: `/api${BANNER_PATH}?tenant=${ids.a}`,
    });
    // A document that carries the key is used as it is.
    const docB = await payload.findByID({ collection: tenants, id: ids.b });
    expect((await getSmulaSettings(payload, { tenant: docB as never })).siteKey).toBe(KEY_B);
    // No key, or no such tenant: off, never the default site's key.
    for (const tenant of [ids.none, 987654, 'not-an-id']) {
      const s = await getSmulaSettings(payload, { tenant });
      expect(s.enabled, String(tenant)).toBe(false);
      expect(s.siteKey, String(tenant)).toBeNull();
    }
    expect((await getSmulaSettings(payload)).siteKey).toBe(DEFAULT_KEY);
  });

  it("serves each tenant's banner from the key saved on it, and nothing for an unknown tenant", async () => {
    expect(await banner(`?tenant=${ids.a}`)).toEqual({
      status: 200,
      body: `window.smulaSite = "${KEY_A}";`,
    });
    expect((await banner(`?tenant=${ids.b}&lang=sv`)).body).toBe(`window.smulaSite = "${KEY_B}";`);
    expect((await banner('')).body).toBe(`window.smulaSite = "${DEFAULT_KEY}";`);
    for (const query of [`?tenant=${ids.none}`, '?tenant=987654', '?tenant=', '?tenant=a%22b'])
      expect((await banner(query)).status, query).toBe(404);
    // Without the tenants option there are no tenants to pick.
    const { tenants: _, ...single } = options;
    expect((await banner(`?tenant=${ids.a}`, single)).status).toBe(404);
    // The admin was only ever asked for configured keys.
    const asked = new Set(admin.requests.map((r) => /^\/b\/([\w-]+)/.exec(r.url ?? '')?.[1]));
    expect([...asked].sort()).toEqual([DEFAULT_KEY, KEY_A, KEY_B].sort());
  });

  // A tenant's form has no admin URL field: Test connection uses the saved settings' one.
  it("tests a tenant's key against the admin URL saved in the settings", async () => {
    const saved = admin.url.replace('127.0.0.1', 'localhost');
    await payload.updateGlobal({
      slug: SETTINGS_GLOBAL_SLUG as never,
      data: { adminUrl: saved } as never,
    });
    try {
      admin.requests.length = 0;
      const req = {
        user: { collection: 'users', id: 1, roles: ['admin'] },
        payload,
        headers: new Headers(),
        json: async () => ({ siteKey: KEY_A }),
      } as unknown as PayloadRequest;
      const config = payload.config;
      expect(config.endpoints.some((e) => e.path === TEST_CONNECTION_PATH)).toBe(true);
      await testConnectionEndpoint(options).handler(req);
      expect(admin.requests.map((r) => [r.headers.host, r.url])).toEqual([
        [saved.replace('http://', ''), `/api/v1/sites/${KEY_A}/config`],
      ]);
    } finally {
      await payload.updateGlobal({
        slug: SETTINGS_GLOBAL_SLUG as never,
        data: { adminUrl: null } as never,
      });
    }
  });
});
