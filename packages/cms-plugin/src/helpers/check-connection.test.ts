import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConnection } from './check-connection.js';
import { closedUrl, startFakeAdmin, type TFakeAdmin } from './test-server.js';

const KEY = 'site_key_1234';
// The fake admin is plain http on 127.0.0.1, as a development admin is.
const local = { allowHttpLocalhost: true };
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
        site: { name: 'Fika' },
      });
    if (req.url === '/api/v1/sites/unpublished1/config')
      return json(404, { error: { code: 'not_published', message: 'Not yet.' } });
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
    });
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

  it('explains an admin that cannot be reached', async () => {
    const url = await closedUrl();
    const r = await checkConnection({ ...local, adminUrl: url, siteKey: KEY });
    expect(r).toEqual({
      ok: false,
      message: `Could not reach the Smula admin at ${url}: could not connect (ECONNREFUSED).`,
    });
  });
});
