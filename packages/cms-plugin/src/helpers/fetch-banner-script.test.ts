// Issue 20: with the admin accepting connections but never answering, a render-blocking
// banner tag pointing at it blanked every page for a minute. The same-origin route serves
// from a copy instead; these tests hold fetchBannerScript to never waiting on a hanging admin
// once it has one.
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bannerLanguage, fetchBannerScript } from './fetch-banner-script.js';
import type { TCachedDeclaration } from './fetch-declaration.js';
import { startFakeAdmin, type TFakeAdmin, type THandler } from './test-server.js';

// A site key per test: a refresh still running in the background belongs to its own test.
let n = 0;
let KEY = '';
let admin: TFakeAdmin;
let script = '';
const serve: THandler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
  res.end(script);
};
// Accepts the request and never answers (until the test ends).
const held: ServerResponse[] = [];
const hang: THandler = (_req, res) => {
  held.push(res);
};

beforeAll(async () => {
  admin = await startFakeAdmin(serve);
});
afterAll(() => admin.stop());

let store: Map<string, TCachedDeclaration>;
beforeEach(() => {
  KEY = `site_key_${++n}_abcd`;
  store = new Map();
  script = 'window.smulaTest = 1;';
  admin.handle(serve);
  admin.requests.length = 0;
});
const opts = (extra: object = {}) => ({
  adminUrl: admin.url,
  siteKey: KEY,
  allowHttpLocalhost: true,
  allowPrivateNetworks: true,
  cache: store,
  ...extra,
});

async function until(check: () => boolean) {
  while (!check()) await new Promise((r) => setImmediate(r));
}

describe('fetchBannerScript', () => {
  it('fetches the live script once, then serves the copy', async () => {
    const first = await fetchBannerScript(opts());
    expect(first).toMatchObject({ body: script, source: 'fresh' });
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    expect(admin.requests.map((r) => r.url)).toEqual([`/b/${KEY}.js`]);
    const second = await fetchBannerScript(opts());
    expect(second).toMatchObject({ body: script, source: 'cached', etag: first.etag });
    expect(admin.requests).toHaveLength(1);
    expect([...store.keys()]).toEqual([`banner:${KEY}`]);
  });

  it('answers from the copy while the admin hangs, and keeps it when the refresh fails', async () => {
    await fetchBannerScript(opts());
    admin.handle(hang);
    // Due for a refresh: the answer is the copy, while the refresh still waits on the admin.
    const during = await fetchBannerScript(opts({ refreshSeconds: 0, timeoutMs: 300 }));
    expect(during).toMatchObject({ body: script, source: 'cached' });
    await until(() => admin.requests.length === 2);
    expect(held).toHaveLength(1);
    await until(() => store.get(`banner:${KEY}`)?.error !== undefined);
    expect(store.get(`banner:${KEY}`)?.error).toMatch(/no answer in time/);
    const after = await fetchBannerScript(opts({ refreshSeconds: 60, timeoutMs: 300 }));
    expect(after).toMatchObject({ body: script, source: 'stale' });
    for (const res of held.splice(0)) res.destroy();
  });

  it('refreshes in the background and serves the new script afterwards', async () => {
    await fetchBannerScript(opts());
    script = 'window.smulaTest = 2;';
    expect((await fetchBannerScript(opts({ refreshSeconds: 0 }))).body).toBe(
      'window.smulaTest = 1;',
    );
    await until(() => store.get(`banner:${KEY}`)?.html === script);
    expect((await fetchBannerScript(opts({ refreshSeconds: 60 }))).body).toBe(script);
  });

  it('without any copy waits at most timeoutMs, then says it has none', async () => {
    admin.handle(hang);
    const r = await fetchBannerScript(opts({ timeoutMs: 200 }));
    expect(r).toMatchObject({ body: null, source: 'unavailable' });
    expect(r.error).toMatch(/no answer in time/);
    for (const res of held.splice(0)) res.destroy();
  });

  it('keeps the copy when the admin answers with an error page or a redirect', async () => {
    await fetchBannerScript(opts());
    admin.handle((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>maintenance</html>');
    });
    await fetchBannerScript(opts({ refreshSeconds: 0 }));
    await until(() => store.get(`banner:${KEY}`)?.error !== undefined);
    expect(store.get(`banner:${KEY}`)).toMatchObject({ html: script });
    expect(store.get(`banner:${KEY}`)?.error).toContain('not a script');
    admin.handle((_req, res) => {
      res.writeHead(302, { location: 'https://elsewhere.example/b.js' });
      res.end();
    });
    await fetchBannerScript(opts({ refreshSeconds: 0 }));
    await until(() => /redirect/.test(store.get(`banner:${KEY}`)?.error ?? ''));
    expect((await fetchBannerScript(opts())).body).toBe(script);
  });

  it('refuses an invalid connection without a request', async () => {
    const r = await fetchBannerScript(opts({ adminUrl: 'http://consent.example.se' }));
    expect(r).toMatchObject({ body: null, source: 'unavailable' });
    expect(r.error).toMatch(/https:\/\//);
    expect(admin.requests).toHaveLength(0);
  });

  // Issue 20, localization: the page's language only, each language its own copy.
  it('asks for one language with ?lang= and keeps a copy per language', async () => {
    admin.handle((req, res) => {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(`window.smulaLang = ${JSON.stringify(new URL(req.url ?? '', 'http://x').search)};`);
    });
    expect((await fetchBannerScript(opts({ lang: 'en' }))).body).toBe(
      'window.smulaLang = "?lang=en";',
    );
    expect((await fetchBannerScript(opts({ lang: 'sv' }))).body).toBe(
      'window.smulaLang = "?lang=sv";',
    );
    expect((await fetchBannerScript(opts())).body).toBe('window.smulaLang = "";');
    // Not a language tag: not passed on, and no copy of its own.
    expect((await fetchBannerScript(opts({ lang: 'x"><' }))).source).toBe('cached');
    expect([...store.keys()].sort()).toEqual([
      `banner:${KEY}`,
      `banner:${KEY}:en`,
      `banner:${KEY}:sv`,
    ]);
  });

  it('waits for the admin when the copy is marked outdated (checkedAt 0), and falls back to it', async () => {
    await fetchBannerScript(opts());
    script = 'window.smulaTest = 3;';
    store.set(`banner:${KEY}`, { ...store.get(`banner:${KEY}`)!, checkedAt: 0 });
    expect(await fetchBannerScript(opts())).toMatchObject({ body: script, source: 'fresh' });
    store.set(`banner:${KEY}`, { ...store.get(`banner:${KEY}`)!, checkedAt: 0 });
    admin.handle(hang);
    expect(await fetchBannerScript(opts({ timeoutMs: 200 }))).toMatchObject({
      body: script,
      source: 'stale',
    });
    for (const res of held.splice(0)) res.destroy();
  });
});

describe('bannerLanguage', () => {
  const allowed = new Set(['sv', 'en']);
  it('maps the CMS locale and accepts only the CMS languages', () => {
    expect(bannerLanguage('sv-SE', { 'sv-SE': 'sv' }, allowed)).toBe('sv');
    expect(bannerLanguage('en', {}, allowed)).toBe('en');
    expect(bannerLanguage('fi', {}, allowed)).toBeUndefined();
    expect(bannerLanguage('', {}, allowed)).toBeUndefined();
    expect(bannerLanguage(null, {}, allowed)).toBeUndefined();
    expect(bannerLanguage('__proto__', {}, allowed)).toBeUndefined();
  });
});
