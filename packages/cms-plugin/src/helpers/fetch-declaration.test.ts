import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchDeclaration, type TCachedDeclaration } from './fetch-declaration.js';
import { closedUrl, startFakeAdmin, type TFakeAdmin, type THandler } from './test-server.js';

const KEY = 'site_key_1234';
let admin: TFakeAdmin;
let html = '';
let etag = '"v1"';

function declaration(version: number, text: string) {
  return `<div class="smula-declaration" data-version="${version}"><p>${text}</p></div>`;
}

// Serves `html` with `etag`, and 304 when the caller already has it.
const okHandler: THandler = (req, res) => {
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag });
  res.end(html);
};

beforeAll(async () => {
  admin = await startFakeAdmin(okHandler);
});
afterAll(() => admin.stop());

// Each test gets its own cache, so tests never see each other's copies.
let store: Map<string, TCachedDeclaration>;
beforeEach(() => {
  store = new Map();
  html = declaration(1, 'Första');
  etag = '"v1"';
  admin.requests.length = 0;
});
// The fake admin is plain http on 127.0.0.1, as a development admin is.
const opts = (extra: object = {}) => ({
  adminUrl: admin.url,
  siteKey: KEY,
  allowHttpLocalhost: true,
  allowPrivateNetworks: true,
  locale: 'sv',
  cache: store,
  ...extra,
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fetchDeclaration', () => {
  it('fetches the HTML with the locale and reads the version', async () => {
    const r = await fetchDeclaration(opts());
    expect(r).toMatchObject({ html: declaration(1, 'Första'), source: 'fresh', version: 1 });
    expect(admin.requests.map((q) => q.url)).toEqual([
      `/api/v1/sites/${KEY}/declaration?locale=sv`,
    ]);
  });

  it('maps the CMS locale before asking', async () => {
    await fetchDeclaration(opts({ locale: 'sv-SE', localeMapping: { 'sv-SE': 'sv' } }));
    expect(admin.requests[0]?.url).toBe(`/api/v1/sites/${KEY}/declaration?locale=sv`);
  });

  it('answers from the cache inside the window without asking the admin', async () => {
    await fetchDeclaration(opts({ revalidateSeconds: 60 }));
    html = declaration(2, 'Andra');
    etag = '"v2"';
    const r = await fetchDeclaration(opts({ revalidateSeconds: 60 }));
    expect(r).toMatchObject({ source: 'cached', version: 1 });
    expect(admin.requests).toHaveLength(1);
  });

  it('asks again after the window and shows a new version', async () => {
    await fetchDeclaration(opts({ revalidateSeconds: 0.2 }));
    html = declaration(2, 'Andra');
    etag = '"v2"';
    await sleep(250);
    const r = await fetchDeclaration(opts({ revalidateSeconds: 0.2 }));
    expect(r).toMatchObject({ source: 'fresh', version: 2, html: declaration(2, 'Andra') });
  });

  it('revalidates with If-None-Match and keeps the copy on 304', async () => {
    await fetchDeclaration(opts({ revalidateSeconds: 0 }));
    const r = await fetchDeclaration(opts({ revalidateSeconds: 0 }));
    expect(admin.requests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(r).toMatchObject({ source: 'fresh', version: 1, html: declaration(1, 'Första') });
  });

  // Issue 20: the copy was keyed by the full URL, so a changed admin URL lost it.
  it('keeps the copy by site key and locale: a new admin URL that fails still shows it', async () => {
    await fetchDeclaration(opts({ revalidateSeconds: 0 }));
    expect([...store.keys()]).toEqual([`declaration:${KEY}:sv`]);
    const moved = await fetchDeclaration(
      opts({ adminUrl: await closedUrl(), revalidateSeconds: 0 }),
    );
    expect(moved).toMatchObject({ source: 'stale', version: 1, html: declaration(1, 'Första') });
  });

  it('shares one request between concurrent callers', async () => {
    const all = await Promise.all([1, 2, 3].map(() => fetchDeclaration(opts())));
    expect(all.map((r) => r.version)).toEqual([1, 1, 1]);
    expect(admin.requests).toHaveLength(1);
  });

  it('falls back to the last good copy when the admin answers with an error', async () => {
    await fetchDeclaration(opts({ revalidateSeconds: 0 }));
    admin.handle((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal', message: 'Something broke.' } }));
    });
    try {
      const r = await fetchDeclaration(opts({ revalidateSeconds: 0 }));
      expect(r).toMatchObject({ source: 'stale', version: 1, html: declaration(1, 'Första') });
      expect(r.error).toContain('HTTP 500 internal: Something broke.');
    } finally {
      admin.handle(okHandler);
    }
  });

  it('falls back to the last good copy when the admin is down, then recovers', async () => {
    await fetchDeclaration(opts({ revalidateSeconds: 0.1 }));
    await admin.stop();
    try {
      await sleep(150);
      const r = await fetchDeclaration(opts({ revalidateSeconds: 0.1 }));
      expect(r).toMatchObject({ source: 'stale', version: 1, html: declaration(1, 'Första') });
      expect(r.error).toMatch(/could not connect \(ECONNREFUSED\)/);
      // Inside the window after a failure it does not knock again: a down admin costs one try.
      const again = await fetchDeclaration(opts({ revalidateSeconds: 0.1 }));
      expect(again.source).toBe('stale');
    } finally {
      await admin.restart();
    }
    html = declaration(2, 'Andra');
    etag = '"v2"';
    await sleep(150);
    const back = await fetchDeclaration(opts({ revalidateSeconds: 0.1 }));
    expect(back).toMatchObject({ source: 'fresh', version: 2 });
    expect(back.error).toBeUndefined();
  });

  it('gives up waiting after timeoutMs and uses the last good copy', async () => {
    await fetchDeclaration(opts({ revalidateSeconds: 0 }));
    admin.handle(() => {}); // never answers
    try {
      const started = Date.now();
      const r = await fetchDeclaration(opts({ revalidateSeconds: 0, timeoutMs: 200 }));
      expect(Date.now() - started).toBeLessThan(2000);
      expect(r).toMatchObject({
        source: 'stale',
        version: 1,
        error: expect.stringContaining('no answer in time'),
      });
    } finally {
      admin.handle(okHandler);
    }
  });

  it('says unavailable, without throwing, when there never was a copy', async () => {
    const r = await fetchDeclaration(opts({ adminUrl: await closedUrl() }));
    expect(r).toMatchObject({ html: null, source: 'unavailable' });
    expect(r.error).toContain('could not connect');
  });

  it('reports a missing site in the admin’s words', async () => {
    admin.handle((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ error: { code: 'site_not_found', message: 'No site has this key.' } }),
      );
    });
    try {
      const r = await fetchDeclaration(opts());
      expect(r).toMatchObject({
        source: 'unavailable',
        error: expect.stringContaining('site_not_found: No site has this key.'),
      });
    } finally {
      admin.handle(okHandler);
    }
  });

  it('refuses settings that are not a URL and a key, without a request', async () => {
    const bad = await fetchDeclaration(opts({ adminUrl: 'javascript:alert(1)' }));
    expect(bad).toMatchObject({
      source: 'unavailable',
      error: expect.stringContaining('https://'),
    });
    // Issue 13: plain http only for this machine, and only when the code allows it.
    const plain = await fetchDeclaration(opts({ allowHttpLocalhost: false }));
    expect(plain.error).toContain('allowHttpLocalhost');
    const badKey = await fetchDeclaration(opts({ siteKey: '../../etc' }));
    expect(badKey.error).toContain('is not a Smula site key');
    expect(admin.requests).toHaveLength(0);
  });

  // Issue 13: the HTML was inserted as it came from whatever the admin URL served.
  it('cleans the HTML before keeping or returning it', async () => {
    html =
      '<div class="smula-declaration" data-version="4" onmouseover="alert(1)"><p>Kakor<script>alert(1)</script><img src=x onerror=alert(1)></p><a href="javascript:alert(1)">x</a>';
    const r = await fetchDeclaration(opts());
    const clean = '<div class="smula-declaration" data-version="4"><p>Kakor</p>x</div>';
    expect(r).toMatchObject({ source: 'fresh', version: 4, html: clean });
    expect([...store.values()][0]?.html).toBe(clean);
  });

  it('cleans copies read back from a store it was given (a shared store may be tampered with)', async () => {
    await fetchDeclaration(opts({ revalidateSeconds: 60 }));
    const [[key, entry]] = [...store.entries()] as [[string, TCachedDeclaration]];
    store.set(key, { ...entry, html: `${entry.html}<script>alert(1)</script>` });
    const r = await fetchDeclaration(opts({ revalidateSeconds: 60 }));
    expect(r).toMatchObject({ source: 'cached', html: declaration(1, 'Första') });
  });

  // Issue 13: the declaration fetch followed redirects to anywhere and reached any address.
  it('neither follows a redirect nor connects to a private address unless allowed', async () => {
    admin.handle((_req, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    });
    try {
      const r = await fetchDeclaration(opts());
      expect(r).toMatchObject({ source: 'unavailable', html: null });
      expect(r.error).toContain('HTTP 302: a redirect, which is not followed');
      expect(admin.requests).toHaveLength(1);
    } finally {
      admin.handle(okHandler);
    }
    const blocked = await fetchDeclaration(opts({ allowPrivateNetworks: false, cache: new Map() }));
    expect(blocked.error).toMatch(/non-public address; set allowPrivateNetworks/);
    expect(admin.requests).toHaveLength(1);
  });

  it('keeps the last good copy in a store that outlives the process (any get/set store)', async () => {
    await fetchDeclaration(opts());
    // A new process: an empty in-flight map, but the same persistent store.
    await admin.stop();
    try {
      const [entry] = [...store.values()];
      expect(entry?.html).toBe(declaration(1, 'Första'));
      const r = await fetchDeclaration(opts({ revalidateSeconds: 0 }));
      expect(r.source).toBe('stale');
    } finally {
      await admin.restart();
    }
  });
});
