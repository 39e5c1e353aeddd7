// Issue 13: any signed-in Payload user (a shop's customer account included) could change the
// admin URL, and so the script on every page. The rules are checked here against configs that
// Payload itself has built (so `config.admin.user` is what Payload decided), with requests
// shaped like the ones Payload passes to access functions and endpoints.
import { buildConfig, type Config, type PayloadRequest, type SanitizedConfig } from 'payload';
import { describe, expect, it, vi } from 'vitest';
import { smulaPlugin } from '../plugin.js';
import type { TSmulaPluginOptions } from '../settings.js';
import { SETTINGS_GLOBAL_SLUG, TEST_CONNECTION_PATH } from './constants.js';

// A shop: the admin's users, and customers who sign in on the storefront through the REST API.
const shop = (admin: Config['admin'] = { user: 'users' }): Config =>
  ({
    secret: 'test-secret',
    admin,
    collections: [
      { slug: 'customers', auth: true, fields: [] },
      {
        slug: 'users',
        auth: true,
        fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor'] }],
      },
    ],
  }) as unknown as Config;

async function built(options: TSmulaPluginOptions = {}, admin?: Config['admin']) {
  return buildConfig({ ...shop(admin), plugins: [smulaPlugin(options)] });
}

const errors: string[] = [];
function request(config: SanitizedConfig, user: object | null, body: unknown = {}) {
  return {
    user,
    payload: {
      config,
      logger: { error: (m: string) => errors.push(m), warn: () => {}, info: () => {} },
    },
    json: async () => body,
  } as unknown as PayloadRequest;
}
const customer = { collection: 'customers', id: 1, email: 'kund@example.se' };
const editor = { collection: 'users', id: 2, email: 'red@example.se', roles: ['editor'] };
const admin = { collection: 'users', id: 3, email: 'admin@example.se', roles: ['admin'] };

function globalAccess(config: SanitizedConfig) {
  const g = config.globals.find((x) => x.slug === SETTINGS_GLOBAL_SLUG)!;
  return {
    update: (user: object | null) => g.access.update!({ req: request(config, user) }),
    read: (user: object | null) => g.access.read!({ req: request(config, user) }),
  };
}
async function testConnection(
  config: SanitizedConfig,
  user: object | null,
  // By default no admin URL anywhere: an allowed caller gets an answer without any request.
  body: object = { siteKey: 'site_key_1234' },
) {
  const endpoint = config.endpoints.find((e) => e.path === TEST_CONNECTION_PATH)!;
  const res = await endpoint.handler(request(config, user, body));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const isAdminRole = ({ user }: { user: object }) =>
  (user as { roles?: string[] }).roles?.includes('admin') === true;

describe('who may change the Smula settings', () => {
  it('by default: users of the admin collection only, never customers or anonymous callers', async () => {
    const access = globalAccess(await built());
    expect(await access.update(null)).toBe(false);
    expect(await access.update(customer)).toBe(false);
    expect(await access.update(editor)).toBe(true);
    expect(await access.read(customer)).toBe(false);
    expect(await access.read(null)).toBe(false);
    expect(await access.read(editor)).toBe(true);
  });

  it('follows the collection Payload picked when admin.user is not set', async () => {
    // Payload then uses the first collection with auth: here the customers.
    const config = await built({}, {});
    expect(config.admin.user).toBe('customers');
    const access = globalAccess(config);
    expect(await access.update(customer)).toBe(true);
    expect(await access.update(editor)).toBe(false);
  });

  it('access.update narrows it with a role check, but cannot let customers in', async () => {
    const everyone = vi.fn(() => true);
    expect(await globalAccess(await built({ access: { update: everyone } })).update(customer)).toBe(
      false,
    );
    expect(everyone).not.toHaveBeenCalled();

    const access = globalAccess(await built({ access: { update: isAdminRole } }));
    expect(await access.update(editor)).toBe(false);
    expect(await access.update(admin)).toBe(true);
    // Reading stays open to the admin's users (the form shows read-only).
    expect(await access.read(editor)).toBe(true);
  });

  it('refuses when the site check answers anything but true, or throws', async () => {
    const where = globalAccess(
      await built({ access: { update: (() => ({ id: { equals: 1 } })) as never } }),
    );
    expect(await where.update(admin)).toBe(false);
    errors.length = 0;
    const throwing = globalAccess(
      await built({
        access: {
          update: () => {
            throw new Error('roles not loaded');
          },
        },
      }),
    );
    expect(await throwing.update(admin)).toBe(false);
    expect(errors.join()).toContain('roles not loaded');
  });

  // Issue 20: a wrong option turns Smula off rather than failing the whole CMS; a check that is
  // not a function must then still let nobody in.
  it('turns Smula off for an access.update that is not a function, and lets nobody change the settings', async () => {
    const config = await built({ access: { update: true as never } });
    expect(config.endpoints.map((e) => e.path)).not.toContain(TEST_CONNECTION_PATH);
    expect(await globalAccess(config).update(admin)).toBe(false);
    expect(errors.join()).toContain('access.update check threw');
  });
});

describe('"Test connection" follows the same rule', () => {
  it('401 signed out, 403 for customers and for users the site check refuses', async () => {
    const config = await built({ access: { update: isAdminRole } });
    expect(await testConnection(config, null)).toMatchObject({ status: 401 });
    expect(await testConnection(config, customer)).toMatchObject({
      status: 403,
      body: { error: { code: 'forbidden' } },
    });
    expect(await testConnection(config, editor)).toMatchObject({ status: 403 });
    expect(await testConnection(config, admin)).toEqual({
      status: 200,
      body: {
        ok: false,
        code: 'invalid_settings',
        message: 'The Smula admin URL is not set.',
        params: {},
      },
    });
  });

  it("applies the plugin's network rules to the URL in the form", async () => {
    const form = { adminUrl: 'http://localhost:9', siteKey: 'site_key_1234' };
    const strict = await built();
    expect((await testConnection(strict, admin, form)).body.message).toContain(
      'must start with https://',
    );
    const dev = await built({ allowHttpLocalhost: true });
    expect((await testConnection(dev, admin, form)).body.message).toContain(
      'needs the allowPrivateNetworks option',
    );
  });
});
