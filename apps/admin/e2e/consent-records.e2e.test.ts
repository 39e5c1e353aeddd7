// Proof of consent end to end: a visitor decides on the real banner in Chromium, the banner's
// beacon reaches the built admin's POST /api/v1/consents, and the record is in PostgreSQL with
// what the server decided (time, truncated address, expiry), then a withdrawal under the same
// consent id; the day's hash chain verifies.
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchChromium } from '@smula/testing';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdmin, type TAdminServer } from './server';

const PG_ADMIN_URL = process.env.SMULA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `smula_e2e_${randomBytes(4).toString('hex')}`;
const dbUrl = new URL(PG_ADMIN_URL);
dbUrl.pathname = `/${dbName}`;

let server: TAdminServer;
let browser: Browser;
let site: Server;
let siteOrigin = '';
let siteKey = '';
let pool: pg.Pool;
let pgUp = true;

function cli(...args: string[]) {
  return spawnSync('pnpm', ['--silent', 'exec', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, DATABASE_URL: dbUrl.toString() },
    encoding: 'utf8',
  });
}

beforeAll(async () => {
  const adminPool = new pg.Pool({ connectionString: PG_ADMIN_URL, max: 1 });
  try {
    await adminPool.query(`create database ${dbName}`);
  } catch (err) {
    // Without the server this file cannot run; CI always has it (see databases.ts).
    if (process.env.CI) throw err;
    pgUp = false;
    console.warn(`PostgreSQL not reachable (${(err as Error).message}): skipping consent e2e`);
    return;
  } finally {
    await adminPool.end();
  }
  const demo = cli('demo');
  if (demo.status !== 0) throw new Error(`demo failed: ${demo.stdout}${demo.stderr}`);
  siteKey = /Site key: (\S+)/.exec(demo.stdout)![1]!;
  pool = new pg.Pool({ connectionString: dbUrl.toString(), max: 2 });
  // The test page is served from 127.0.0.1, one of the demo's declared domains.
  [server, browser] = await Promise.all([
    startAdmin({ DATABASE_URL: dbUrl.toString() }),
    launchChromium(),
  ]);
  site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="sv"><head><script src="${server.url}/b/${siteKey}.js"></script><title>Kundsida</title></head>` +
        '<body><h1>Kundsida</h1><p>Innehåll.</p></body></html>',
    );
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((r) => (site ? site.close(r) : r(null)));
  await pool?.end();
  if (pgUp) {
    const adminPool = new pg.Pool({ connectionString: PG_ADMIN_URL, max: 1 });
    await adminPool.query(`drop database if exists ${dbName} with (force)`);
    await adminPool.end();
  }
});

const poll = { timeout: 20_000, interval: 200 };

describe('proof of consent in a real browser', () => {
  it('R-01: stores the banner’s accept and a later withdrawal under one consent id', async (ctx) => {
    if (!pgUp) return ctx.skip();
    const visitor = await browser.newContext();
    const tab = await visitor.newPage();
    await tab.goto(siteOrigin);
    await tab.getByRole('button', { name: 'Acceptera alla' }).click();
    const consentId = await tab.evaluate(
      () =>
        (window as unknown as { Smula: { consent: { consentId: string } } }).Smula.consent
          .consentId,
    );
    const rows = async () =>
      (
        await pool.query(
          `select r.action, r.choices, r.ip_truncated, r.page_path, r.locale, r.config_version,
                  r.created_at, r.expires_at, r.user_agent, r.seq
             from consent_records r join sites s on s.id = r.site_id
            where s.key = $1 and r.consent_id = $2 order by r.seq`,
          [siteKey, consentId],
        )
      ).rows;
    await expect.poll(async () => (await rows()).length, poll).toBe(1);
    const [accepted] = await rows();
    expect(accepted.action).toBe('accept_all');
    expect(Object.values(accepted.choices).every(Boolean)).toBe(true);
    expect(accepted.page_path).toBe('/');
    expect(accepted.locale).toBe('sv');
    expect(accepted.config_version).toBe(1);
    // The TCP peer as server.mjs saw it (loopback), truncated: 127.0.0.0, or ::1's /48 (::).
    expect(accepted.ip_truncated).toMatch(/^(127\.0\.0\.0|::)$/);
    expect(accepted.user_agent).toMatch(/Chrome/);
    // The server's expiry: the accept lifetime (12 months by default) after its own time.
    const months =
      (accepted.expires_at.getUTCFullYear() - accepted.created_at.getUTCFullYear()) * 12 +
      accepted.expires_at.getUTCMonth() -
      accepted.created_at.getUTCMonth();
    expect(months).toBe(12);

    await tab.evaluate(() =>
      (window as unknown as { Smula: { withdraw(): void } }).Smula.withdraw(),
    );
    await expect.poll(async () => (await rows()).length, poll).toBe(2);
    const withdrawn = (await rows())[1];
    expect(withdrawn.action).toBe('withdraw');
    expect(
      Object.entries(withdrawn.choices)
        .filter(([, v]) => v)
        .map(([k]) => k),
    ).toEqual(['necessary']);
    await visitor.close();

    const verify = cli('consents', 'verify', siteKey);
    expect(verify.stdout).toMatch(/every chain is intact/);
    expect(verify.status).toBe(0);
  });

  it('refuses a record from a page outside the site’s domains, and a forged address header', async (ctx) => {
    if (!pgUp) return ctx.skip();
    const {
      rows: [version],
    } = await pool.query(
      `select v.version, v.hash, v.config from config_versions v join sites s on s.id = v.site_id
        where s.key = $1 order by v.version desc limit 1`,
      [siteKey],
    );
    const body = (recordId: string) =>
      JSON.stringify({
        recordId,
        consentId: 'c0ffee00'.repeat(4),
        siteKey,
        configVersion: version.version,
        configHash: version.hash,
        action: 'reject_all',
        choices: Object.fromEntries(
          (version.config.categories as { key: string; required: boolean }[]).map((c) => [
            c.key,
            c.required,
          ]),
        ),
        locale: 'sv',
        gpc: false,
        pagePath: '/',
      });
    const post = (recordId: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api/v1/consents`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', ...headers },
        body: body(recordId),
      });
    const foreign = randomUUID();
    const res = await post(foreign, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('forbidden_origin');
    // A client claiming another address (and trying to speak for the server) is not believed:
    // the record keeps the real peer's network.
    const forged = randomUUID();
    const ok = await post(forged, {
      origin: siteOrigin,
      'x-forwarded-for': '198.51.100.23',
      'x-smula-peer': 'guess 198.51.100.23',
    });
    expect(ok.status).toBe(201);
    const stored = await pool.query(
      'select record_id, ip_truncated from consent_receipts rc left join consent_records r on r.id = rc.record_id where rc.record_id = any($1)',
      [[foreign, forged]],
    );
    expect(stored.rows.map((r) => r.record_id)).toEqual([forged]);
    expect(stored.rows[0].ip_truncated).toMatch(/^(127\.0\.0\.0|::)$/);
  });

  it('answers a broken record with a specific 400 and stores nothing', async (ctx) => {
    if (!pgUp) return ctx.skip();
    const res = await fetch(`${server.url}/api/v1/consents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ siteKey, recordId: 'nope' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_record');
    const big = await fetch(`${server.url}/api/v1/consents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(5000),
    });
    expect(big.status).toBe(413);
  });
});
