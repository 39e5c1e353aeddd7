// Issue 20, multi-tenant and live preview, in the plugin's real host: the BUILT example site
// serving two tenants on two host names, each its own site (and site key) in the BUILT Smula
// admin. Each tenant's pages get that site's banner and declaration; a visitor cannot make the
// banner route serve a key no tenant has. Then the preview route: a CMS user's draft mode
// hides the banner while the policy block still renders; nobody else can turn it on.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, launchChromium } from '@smula/testing';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smulaCli, startAdmin, startSite, type TServer } from './servers';

const PG_ADMIN_URL = process.env.SMULA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BANNER_ROUTE = '/api/smula/banner.js';
const json = { 'content-type': 'application/json' };
const poll = { timeout: 20_000, interval: 250 };

let tmp = '';
let pgDatabase: string | null = null;
let dbEnv: Record<string, string> = {};
let admin: TServer;
let site: TServer;
let browser: Browser;
let port = 0;
const keys = { alpha: '', beta: '' };
const tenantIds = { alpha: 0, beta: 0 };
let editorToken = '';

/** The site on a tenant's host name (Chromium maps every *.localhost to 127.0.0.1). */
const at = (host: 'alpha' | 'beta' | 'localhost') =>
  `http://${host === 'localhost' ? '' : `${host}.`}localhost:${port}`;

/** A GET with the tenant's Host header, as a browser on that host name sends it. */
function getAs(host: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(`${site.url}${path}`, { headers: { ...headers, host } }, (res) => {
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const fresh = { headers: { connection: 'close' } };
const declarationFromAdmin = async (key: string) =>
  (await fetch(`${admin.url}/api/v1/sites/${key}/declaration?locale=sv`, fresh)).text();

// Two published sites need the CLI to publish while the admin runs: PostgreSQL, not PGlite.
const pgAvailable = await (async () => {
  const pool = new pg.Pool({ connectionString: PG_ADMIN_URL, max: 1 });
  try {
    await pool.query('select 1');
    return true;
  } catch (err) {
    if (process.env.CI === 'true')
      throw new Error(`CI needs PostgreSQL at ${PG_ADMIN_URL}: ${err}`);
    console.info('[e2e] PostgreSQL not reachable: skipping the multi-tenant browser tests.');
    return false;
  } finally {
    await pool.end();
  }
})();

beforeAll(async () => {
  if (!pgAvailable) return;
  tmp = mkdtempSync(join(tmpdir(), 'smula-payload-tenants-'));
  const pool = new pg.Pool({ connectionString: PG_ADMIN_URL, max: 1 });
  pgDatabase = `smula_cms_tenants_${randomBytes(5).toString('hex')}`;
  await pool.query(`create database ${pgDatabase}`);
  await pool.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${pgDatabase}`;
  dbEnv = { DATABASE_URL: url.toString() };

  // Two sites in Smula: the demo, renamed so that `smula demo` makes a second one beside it;
  // the second gets one more cookie, so the two declarations differ.
  keys.alpha = /Site key: (\S+)/.exec(smulaCli(['demo'], dbEnv))![1]!;
  const db = new pg.Client({ connectionString: dbEnv.DATABASE_URL });
  await db.connect();
  await db.query(
    `update sites set settings = jsonb_set(settings, '{name}', '"Alfa"') where key = $1`,
    [keys.alpha],
  );
  await db.end();
  keys.beta = /Site key: (\S+)/.exec(smulaCli(['demo'], dbEnv))![1]!;
  expect(keys.beta).not.toBe(keys.alpha);
  smulaCli(['import', keys.beta, join(import.meta.dirname, 'new-cookie.csv')], dbEnv);
  smulaCli(['publish', keys.beta, '--note', 'e2e: tenant beta'], dbEnv);

  port = await freePort();
  [admin, browser] = await Promise.all([
    startAdmin(await freePort(), dbEnv),
    launchChromium(['--host-resolver-rules=MAP *.localhost 127.0.0.1']),
  ]);
  // No site key in the code or the settings global: only the tenants have one.
  site = await startSite(port, {
    DATABASE_URI: `file:${join(tmp, 'site.db')}`,
    PAYLOAD_SECRET: 'e2e-secret',
    SMULA_ADMIN_URL: admin.url,
    SMULA_ALLOW_LOCAL_ADMIN: 'true',
  });

  // The first CMS user, and the two tenants through Payload's REST API, as an editor would.
  const email = 'editor@example.se';
  const password = 'a long enough password';
  const first = await fetch(`${site.url}/api/users/first-register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password, 'confirm-password': password }),
  });
  expect(first.status, await first.clone().text()).toBe(200);
  const login = await fetch(`${site.url}/api/users/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email, password }),
  });
  editorToken = ((await login.json()) as { token: string }).token;
  for (const name of ['alpha', 'beta'] as const) {
    const res = await fetch(`${site.url}/api/tenants`, {
      method: 'POST',
      headers: { ...json, authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ name, domain: `${name}.localhost`, smulaSiteKey: keys[name] }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    tenantIds[name] = ((await res.json()) as { doc: { id: number } }).doc.id;
  }
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await admin?.stop();
  if (pgDatabase) {
    const pool = new pg.Pool({ connectionString: PG_ADMIN_URL, max: 1 });
    await pool.query(`drop database if exists ${pgDatabase} with (force)`);
    await pool.end();
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!pgAvailable)('two tenants, two Smula sites', () => {
  it('refuses a malformed site key on a tenant', async () => {
    const res = await fetch(`${site.url}/api/tenants`, {
      method: 'POST',
      headers: { ...json, authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ name: 'x', domain: 'x.localhost', smulaSiteKey: 'not a key!' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Site key');
  });

  it("tests a tenant's site key from its form in the Payload admin", async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'payload-token', value: editorToken, url: at('localhost') }]);
    const page = await context.newPage();
    try {
      await page.goto(`${at('localhost')}/admin/collections/tenants/${tenantIds.beta}`);
      expect(await page.getByLabel('Site key').inputValue()).toBe(keys.beta);
      await page.getByRole('button', { name: 'Test connection' }).click();
      await expect
        .poll(() => page.locator('[data-result="ok"]').textContent(), poll)
        .toMatch(/Connected: version \d+ is live/);
      // The unsaved value in the form is what gets tested.
      await page.getByLabel('Site key').fill('no_such_site_key');
      await page.getByRole('button', { name: 'Test connection' }).click();
      await expect
        .poll(() => page.locator('[data-result="error"]').textContent(), poll)
        .toContain('has no site with this key');
    } finally {
      await context.close();
    }
  });

  it("gives each tenant's pages its own banner, and the banner route only a tenant's own key", async () => {
    for (const name of ['alpha', 'beta'] as const) {
      const other = keys[name === 'alpha' ? 'beta' : 'alpha'];
      const html = (await getAs(`${name}.localhost:${port}`, '/')).body;
      // React escapes the & in the attribute.
      const src = `${BANNER_ROUTE}?tenant=${tenantIds[name]}&amp;lang=sv`;
      expect(html).toMatch(/^<!DOCTYPE html><html lang="sv"><head><script [^>]*><\/script>/);
      expect(html).toContain(`<head><script src="${src}" data-smula-banner=""></script>`);

      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(at(name));
        await expect.poll(() => page.getByRole('dialog').isVisible(), poll).toBe(true);
        // The script the page loaded is that site's, from the admin, through the tenant's route.
        const body = await page.evaluate(
          async (s) => (await fetch(s)).text(),
          (await page.locator('script[data-smula-banner]').getAttribute('src'))!,
        );
        expect(body).toContain(keys[name]);
        expect(body).not.toContain(other);
      } finally {
        await context.close();
      }
    }
    // A visitor picks a tenant, never a key: unknown or malformed tenants get nothing.
    for (const query of ['?tenant=999', '?tenant=abc', `?tenant=${keys.alpha}`, '?tenant='])
      expect((await fetch(`${site.url}${BANNER_ROUTE}${query}`)).status, query).toBe(404);
    // On a host that is no tenant's (and no default key): no banner tag at all.
    expect((await getAs(`localhost:${port}`, '/')).body).not.toContain('data-smula-banner');
  });

  it("renders each tenant's own declaration on its policy page", async () => {
    const alpha = await declarationFromAdmin(keys.alpha);
    const beta = await declarationFromAdmin(keys.beta);
    expect(alpha).toMatch(/^<div class="smula-declaration"/);
    expect(beta).toContain('smula_e2e_nytt');
    expect(alpha).not.toContain('smula_e2e_nytt');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      for (const [name, own] of [
        ['alpha', alpha],
        ['beta', beta],
      ] as const) {
        const res = await page.goto(`${at(name)}/cookie-policy`);
        expect(res?.status()).toBe(200);
        expect(await res?.text()).toContain(own);
      }
    } finally {
      await context.close();
    }
  });
});

describe.skipIf(!pgAvailable)('preview (draft mode)', () => {
  it("hides the banner for a CMS user's preview, keeps the policy block, and lets nobody else turn it on", async () => {
    const alpha = await declarationFromAdmin(keys.alpha);

    // Not signed in, and a shop customer: refused, and no draft-mode cookie.
    const anonymous = await getAs(`alpha.localhost:${port}`, '/next/preview?path=/cookie-policy');
    expect(anonymous.status).toBe(403);
    const signup = await fetch(`${site.url}/api/customers`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'kund@example.se', password: 'a long enough password' }),
    });
    expect(signup.status).toBe(201);
    const customer = (await (
      await fetch(`${site.url}/api/customers/login`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: 'kund@example.se', password: 'a long enough password' }),
      })
    ).json()) as { token: string };
    const asCustomer = await getAs(`alpha.localhost:${port}`, '/next/preview?path=/', {
      authorization: `JWT ${customer.token}`,
    });
    expect(asCustomer.status).toBe(403);

    // The editor, signed in to the CMS (Payload's cookie) on the tenant's host.
    const context = await browser.newContext();
    await context.addCookies([{ name: 'payload-token', value: editorToken, url: at('alpha') }]);
    const page = await context.newPage();
    try {
      // Before preview the editor sees the banner like anyone.
      await page.goto(`${at('alpha')}/cookie-policy`);
      expect(await page.locator('script[data-smula-banner]').count()).toBe(1);

      const res = await page.goto(`${at('alpha')}/next/preview?path=/cookie-policy`);
      expect(new URL(page.url()).pathname).toBe('/cookie-policy');
      const cookies = await context.cookies(at('alpha'));
      expect(cookies.map((c) => c.name)).toContain('__prerender_bypass');
      // No banner tag and no banner; the declaration block is there, complete.
      const html = await res!.text();
      expect(html).not.toContain('data-smula-banner');
      expect(html).toContain(alpha);
      expect(await page.locator('script[data-smula-banner]').count()).toBe(0);
      expect(await page.getByRole('dialog').count()).toBe(0);

      // Leaving preview brings the banner back.
      await page.goto(`${at('alpha')}/next/exit-preview?path=/`);
      expect(await page.locator('script[data-smula-banner]').count()).toBe(1);
      await expect.poll(() => page.getByRole('dialog').isVisible(), poll).toBe(true);
    } finally {
      await context.close();
    }
  });
});
