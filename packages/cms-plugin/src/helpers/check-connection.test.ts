import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConnection, hostDeclared } from './check-connection.js';
import { closedUrl, startFakeAdmin, type TFakeAdmin } from './test-server.js';

const KEY = 'site_key_1234';
// The fake admin is plain http on 127.0.0.1, as a development admin is.
const local = { allowHttpLocalhost: true, allowPrivateNetworks: true };
let admin: TFakeAdmin;

beforeAll(async () => {
  admin = await startFakeAdmin((req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === `/api/v1/sites/${KEY}/config`)
      return json(200, {
        version: 7,
        publishedAt: '2026-11-01T10:00:00.000Z',
        site: {
          name: 'Fika',
          locales: ['en', 'sv', '<b>'],
          defaultLocale: 'sv',
          domains: ['fika.example', 'Cms.Fika.Example', 7],
        },
      });
    if (req.url === '/api/v1/sites/unpublished1/config')
      return json(404, { error: { code: 'not_published', message: 'Not yet.' } });
    if (req.url === '/api/v1/sites/redirected/config') {
      res.writeHead(301, { location: '/api/v1/sites/site_key_1234/config' });
      return res.end();
    }
    if (req.url === '/api/v1/sites/leakybody1/config') {
      res.writeHead(500, { 'content-type': 'application/json' });
      return res.end(
        JSON.stringify({ error: { code: 'site_not_found', message: 'db password is hunter2' } }),
      );
    }
    if (req.url === '/api/v1/sites/leakyhtml1/config') {
      res.writeHead(403, { 'content-type': 'text/html' });
      return res.end('<h1>Intranet: payroll export</h1>');
    }
    if (req.url === '/api/v1/sites/slowsite1/config') return; // never answers
    if (req.url === '/api/v1/sites/returnshtml/config') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<html>a blog</html>');
    }
    json(404, { error: { code: 'site_not_found', message: 'No site has this key.' } });
  });
});
afterAll(() => admin.stop());

describe('checkConnection', () => {
  it('reports the live version', async () => {
    expect(await checkConnection({ ...local, adminUrl: admin.url, siteKey: KEY })).toEqual({
      ok: true,
      version: 7,
      publishedAt: '2026-11-01T10:00:00.000Z',
      siteName: 'Fika',
      // What is not a language tag or a string is dropped.
      locales: ['en', 'sv'],
      defaultLocale: 'sv',
      domains: ['fika.example', 'cms.fika.example'],
    });
  });

  it('matches the CMS host against the declared domains as the banner does', () => {
    expect(hostDeclared('fika.example', ['fika.example'])).toBe(true);
    expect(hostDeclared('cms.fika.example', ['fika.example'])).toBe(true);
    expect(hostDeclared('CMS.Fika.Example.', ['fika.example'])).toBe(true);
    expect(hostDeclared('notfika.example', ['fika.example'])).toBe(false);
    expect(hostDeclared('localhost', ['fika.example'])).toBe(false);
  });

  it.each([
    [{ siteKey: 'wrongkey123' }, 'has no site with this key'],
    [{ siteKey: 'unpublished1' }, 'has not published a declaration yet'],
    [{ siteKey: 'returnshtml' }, 'not with a Smula config'],
    [{ siteKey: 'x' }, 'is not a Smula site key'],
    [{ adminUrl: 'ftp://e.se' }, 'must start with https://'],
    [{ adminUrl: '' }, 'admin URL is not set'],
  ])('explains %j', async (change, message) => {
    const r = await checkConnection({ ...local, adminUrl: admin.url, siteKey: KEY, ...change });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(message);
  });

  // Issue 13: the check fetched any URL a CMS user typed, followed redirects and passed on
  // what the other side wrote.
  it('does not connect to this machine or a private network unless the code allows it', async () => {
    admin.requests.length = 0;
    for (const adminUrl of [admin.url, admin.url.replace('127.0.0.1', 'localhost')]) {
      const r = await checkConnection({ adminUrl, siteKey: KEY, allowHttpLocalhost: true });
      expect(r).toEqual({
        ok: false,
        code: 'private_network',
        params: { adminUrl },
        message: `${adminUrl} is on this machine or a private network, which the plugin does not connect to. An admin there needs the allowPrivateNetworks option in the site's code.`,
      });
    }
    expect(admin.requests).toHaveLength(0);
  });

  it('reports a redirect instead of following it', async () => {
    admin.requests.length = 0;
    const r = await checkConnection({ ...local, adminUrl: admin.url, siteKey: 'redirected' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(
      'answered with a redirect (HTTP 301), which is not followed',
    );
    expect(admin.requests.map((q) => q.url)).toEqual(['/api/v1/sites/redirected/config']);
  });

  it('never passes on what the other side wrote in an error', async () => {
    for (const siteKey of ['leakybody1', 'leakyhtml1']) {
      const r = await checkConnection({ ...local, adminUrl: admin.url, siteKey });
      expect(r.ok).toBe(false);
      const message = !r.ok ? r.message : '';
      expect(message).toMatch(/did not answer like a Smula admin \(HTTP (500|403)\)\.$/);
      expect(message).not.toMatch(/hunter2|payroll|Intranet|site_not_found/);
    }
  });

  it('gives up quickly on an admin that does not answer', async () => {
    const started = Date.now();
    const r = await checkConnection({
      ...local,
      adminUrl: admin.url,
      siteKey: 'slowsite1',
      timeoutMs: 300,
    });
    expect(r).toEqual({
      ok: false,
      code: 'unreachable',
      params: { adminUrl: admin.url, reason: 'no answer in time' },
      message: `Could not reach the Smula admin at ${admin.url}: no answer in time.`,
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('explains an admin that cannot be reached', async () => {
    const url = await closedUrl();
    const r = await checkConnection({ ...local, adminUrl: url, siteKey: KEY });
    expect(r).toEqual({
      ok: false,
      code: 'unreachable',
      params: { adminUrl: url, reason: 'could not connect (ECONNREFUSED)' },
      message: `Could not reach the Smula admin at ${url}: could not connect (ECONNREFUSED).`,
    });
  });
});
