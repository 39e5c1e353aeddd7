// What a fresh deployment answers to a browser and to hostile requests (issue 13): security
// headers with a working nonce CSP, and the tRPC and sign-in routes refusing cross-site,
// non-JSON and oversized requests before any procedure runs.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { launchChromium } from '@smula/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdmin, type TAdminServer } from './server';

let server: TAdminServer;
let browser: Browser;

let siteKey = '';

beforeAll(async () => {
  // A published demo site, made by the CLI before the server opens the embedded database.
  const { DATABASE_URL: _, ...inherited } = process.env;
  const demo = (dataDir: string) => {
    const out = spawnSync('pnpm', ['--silent', 'exec', 'tsx', 'src/cli/main.ts', 'demo'], {
      cwd: join(import.meta.dirname, '..'),
      env: { ...inherited, SMULA_DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    if (out.status !== 0) throw new Error(`demo failed: ${out.stdout}${out.stderr}`);
    siteKey = /Site key: (\S+)/.exec(out.stdout)![1]!;
  };
  [server, browser] = await Promise.all([startAdmin({}, demo), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('security headers', () => {
  it('serve every admin page with a nonce CSP that lets the app run and nothing injected', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(`${server.url}/sign-in`);
    const h = res!.headers();
    const csp = h['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['permissions-policy']).toContain('camera=()');
    // Served over http here: no HSTS (it belongs to https deployments only).
    expect(h['strict-transport-security']).toBeUndefined();

    // Next's own inline scripts carry the nonce: the page hydrates without a CSP complaint.
    await page.waitForSelector('html[data-hydrated="true"]');
    expect(violations).toEqual([]);

    // A script an attacker manages to put into the page does not run.
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { __injected?: boolean };
      const blocked = new Promise<boolean>((resolve) => {
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
        setTimeout(() => resolve(false), 2000);
      });
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return { injected: w.__injected === true, reported: await blocked };
    });
    expect(ran).toEqual({ injected: false, reported: true });

    // Each page view gets its own nonce.
    const again = await fetch(`${server.url}/sign-in`);
    expect(again.headers.get('content-security-policy')).not.toBe(csp);
    await page.close();
  });

  it('leave the public banner and consent paths loadable from customers’ sites', async () => {
    const script = await fetch(`${server.url}/b/AAAAAAAAAAAAAAAAAAAAAA.js`);
    expect(script.headers.get('cross-origin-resource-policy')).toBeNull();
    expect(script.headers.get('x-frame-options')).toBeNull();
  });
});

describe('the tRPC route', () => {
  const url = () => `${server.url}/api/trpc/setup.createOwner`;
  const body = JSON.stringify({ json: { name: 'x' } });

  it('refuses a request from another site, whatever its content type', async () => {
    for (const headers of [
      { 'content-type': 'application/json', origin: 'https://evil.example' },
      { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
    ]) {
      const res = await fetch(url(), { method: 'POST', headers, body });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'cross_site' } });
    }
  });

  it('accepts only JSON bodies (a form can be posted cross-site without a preflight)', async () => {
    const form = new FormData();
    form.set('json', body);
    for (const init of [
      { body: form },
      { headers: { 'content-type': 'text/plain' }, body },
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' },
    ]) {
      const res = await fetch(url(), { method: 'POST', ...init });
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
  });

  it('stops reading an oversized body', async () => {
    const big = JSON.stringify({ json: { text: 'x'.repeat(8 * 1024 * 1024) } });
    const res = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    // Streamed without a length: cut off while reading, same answer.
    const chunk = new TextEncoder().encode('x'.repeat(1024 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 8) c.enqueue(chunk);
        else c.close();
      },
    });
    const streamed = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('still serves its own pages: a same-origin JSON call reaches the procedure', async () => {
    const res = await fetch(`${server.url}/api/trpc/setup.state`, {
      headers: { 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(200);
  });
});

describe('the sign-in route', () => {
  it('refuses a foreign origin and an oversized form before next-auth sees them', async () => {
    const url = `${server.url}/api/auth/callback/credentials`;
    const foreign = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: 'email=a%40b.se&password=x',
    });
    expect(foreign.status).toBe(403);
    const big = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=a%40b.se&password=${'x'.repeat(64 * 1024)}`,
    });
    expect(big.status).toBe(413);
  });
});

describe('the declaration served from the admin origin', () => {
  it('opens as a sandboxed document with an opaque origin: it cannot reach admin cookies', async () => {
    const res = await fetch(`${server.url}/api/v1/sites/${siteKey}/declaration?locale=sv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(
      "sandbox; default-src 'none'; style-src 'unsafe-inline'",
    );
    const page = await browser.newPage();
    await page.goto(`${server.url}/api/v1/sites/${siteKey}/declaration?locale=sv`);
    const seen = await page.evaluate(() => {
      let cookies: string;
      try {
        cookies = document.cookie;
      } catch (err) {
        cookies = (err as Error).name;
      }
      return { origin: window.origin, cookies };
    });
    expect(seen).toEqual({ origin: 'null', cookies: 'SecurityError' });
    await page.close();
  });
});
