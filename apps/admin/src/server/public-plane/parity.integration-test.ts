/**
 * Issue 16: the admin's public routes and `smula public` answer every public request with the
 * same status, headers and bytes (one implementation; this table keeps it so). The admin's
 * route handlers are called as Next calls them; `smula public`'s server over real HTTP.
 */
import { request as httpRequest } from 'node:http';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as consentsRoute from '~/app/api/v1/consents/route';
import * as configRoute from '~/app/api/v1/sites/[siteKey]/config/route';
import * as declarationRoute from '~/app/api/v1/sites/[siteKey]/declaration/route';
import * as scriptRoute from '~/app/b/[script]/route';
import { storageItems } from '../db/schema/declarations';
import { createDeliveryCaches, deliver, deliverFromMemory } from '../delivery/deliver';
import { publicBaseUrl } from '../public-url';
import { publishSite } from '../services/publish/publish-site';
import { consentBody, DEMO_ORIGIN, makeConsentSite, testIngestDeps } from '../testing/consents';
import { describeOnDrivers } from '../testing/databases';
import { startTestPublicServer } from '../testing/public-server';

type THandler = (req: Request) => Promise<Response>;
type TRoute = Partial<Record<string, THandler>>;

/** The route module Next would pick for a path. */
function routeFor(path: string): TRoute {
  if (path.startsWith('/b/')) return scriptRoute as unknown as TRoute;
  if (path === '/api/v1/consents') return consentsRoute as unknown as TRoute;
  if (path.endsWith('/declaration')) return declarationRoute as unknown as TRoute;
  return configRoute as unknown as TRoute;
}

interface TRaw {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Headers a transport adds on its own (framing, connection, clock): not part of the answer. */
const TRANSPORT = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);

function answerHeaders(entries: Iterable<[string, string | string[] | undefined]>) {
  const out: Record<string, string> = {};
  for (const [k, v] of entries)
    if (v !== undefined && !TRANSPORT.has(k.toLowerCase()))
      out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** One request over HTTP, body bytes as sent (no decompression, unlike fetch). */
function overHttp(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<TRaw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          headers: answerHeaders(Object.entries(res.headers)),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function viaRoute(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<TRaw> {
  const handler = routeFor(path.split('?')[0]!)[method];
  if (!handler) throw new Error(`the admin exports no ${method} for ${path}`);
  const res = await handler(new Request(`http://localhost:3000${path}`, { method, headers, body }));
  return {
    status: res.status,
    headers: answerHeaders(res.headers.entries()),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

await describeOnDrivers('public plane parity: admin routes and smula public', (t) => {
  const holder = globalThis as typeof globalThis & {
    __smulaDb?: Promise<unknown>;
    __smulaIngest?: Promise<unknown>;
  };
  let site: Awaited<ReturnType<typeof makeConsentSite>>;
  let server: Awaited<ReturnType<typeof startTestPublicServer>>;
  let saved: { db?: Promise<unknown>; ingest?: Promise<unknown> } = {};
  beforeAll(async () => {
    site = await makeConsentSite(t.db);
    // The admin's routes open the process's database: here, this suite's.
    saved = { db: holder.__smulaDb, ingest: holder.__smulaIngest };
    holder.__smulaDb = Promise.resolve({ db: t.db, driver: 'pg', close: async () => {} });
    holder.__smulaIngest = Promise.resolve(testIngestDeps(t.db));
    server = await startTestPublicServer(t.db);
  });
  afterAll(async () => {
    holder.__smulaDb = saved.db;
    holder.__smulaIngest = saved.ingest;
    await server?.close();
  });

  const br = { 'accept-encoding': 'gzip, deflate, br' };
  const gz = { 'accept-encoding': 'gzip' };
  const origin = { origin: DEMO_ORIGIN };
  type TCase = [
    name: string,
    status: number,
    method: string,
    path: (key: string) => string,
    headers?: Record<string, string>,
  ];
  const reads: TCase[] = [
    ['live script', 200, 'GET', (k) => `/b/${k}.js`],
    ['live script, brotli', 200, 'GET', (k) => `/b/${k}.js`, br],
    ['live script, gzip', 200, 'GET', (k) => `/b/${k}.js`, gz],
    ['live script, HEAD', 200, 'HEAD', (k) => `/b/${k}.js`, br],
    ['pinned script', 200, 'GET', (k) => `/b/${k}@1.js`, br],
    ['script of a version that does not exist', 404, 'GET', (k) => `/b/${k}@9.js`],
    ['script with a malformed version', 400, 'GET', (k) => `/b/${k}@x.js`],
    ['script of an unknown site', 404, 'GET', () => '/b/NoSuchSiteKey42.js'],
    ['a path under /b/ that is no script', 404, 'GET', () => '/b/nothing-here'],
    ['script preflight', 204, 'OPTIONS', (k) => `/b/${k}.js`, origin],
    // The preferences layer's detail, which the banner fetches from the site (issue 16).
    ['detail', 200, 'GET', (k) => `/b/${k}@1.detail.sv.json`],
    [
      'detail from the site, brotli',
      200,
      'GET',
      (k) => `/b/${k}@1.detail.en.json`,
      { ...br, ...origin },
    ],
    ['detail in a locale the version lacks', 404, 'GET', (k) => `/b/${k}@1.detail.fi.json`],
    ['detail with a malformed locale', 400, 'GET', (k) => `/b/${k}@1.detail.x%3Cy.json`],
    ['detail of a version that does not exist', 404, 'GET', (k) => `/b/${k}@9.detail.sv.json`],
    ['detail preflight', 204, 'OPTIONS', (k) => `/b/${k}@1.detail.sv.json`, origin],
    ['config', 200, 'GET', (k) => `/api/v1/sites/${k}/config`],
    [
      'config from the site, brotli',
      200,
      'GET',
      (k) => `/api/v1/sites/${k}/config`,
      { ...br, ...origin },
    ],
    ['pinned config', 200, 'GET', (k) => `/api/v1/sites/${k}/config?version=1`, gz],
    [
      'config from another site',
      200,
      'GET',
      (k) => `/api/v1/sites/${k}/config`,
      { origin: 'https://evil.example' },
    ],
    ['config preflight', 204, 'OPTIONS', (k) => `/api/v1/sites/${k}/config`, origin],
    ['declaration', 200, 'GET', (k) => `/api/v1/sites/${k}/declaration?locale=sv`],
    [
      'declaration in English, brotli',
      200,
      'GET',
      (k) => `/api/v1/sites/${k}/declaration?locale=en`,
      br,
    ],
    [
      'declaration in a locale it lacks',
      200,
      'GET',
      (k) => `/api/v1/sites/${k}/declaration?locale=fi-FI`,
    ],
    [
      'declaration with a malformed locale',
      400,
      'GET',
      (k) => `/api/v1/sites/${k}/declaration?locale=%3Cx%3E`,
    ],
    ['declaration preflight', 204, 'OPTIONS', (k) => `/api/v1/sites/${k}/declaration`, origin],
    ['consent preflight', 204, 'OPTIONS', () => '/api/v1/consents', origin],
    ['consent GET', 405, 'GET', () => '/api/v1/consents'],
  ];

  it.each(reads)(
    '%s: same status, headers and bytes',
    async (_name, status, method, path, headers = {}) => {
      const p = path(site.siteKey);
      const fromAdmin = await viaRoute(method, p, headers);
      // The admin answers identity whatever is accepted (Next.js would drop Content-Encoding;
      // see delivery/http.ts): it matches the public server's identity answer.
      const { 'accept-encoding': _accepted, ...identity } = headers as Record<string, string>;
      const fromPublic = await overHttp(server.base, method, p, identity);
      // Asked again at once: a warmed answer now comes from memory, without waiting on
      // anything (server.ts), and must not differ from the first.
      const again = await overHttp(server.base, method, p, identity);
      expect(fromAdmin.status).toBe(status);
      for (const answer of [fromPublic, again]) {
        expect(answer.status).toBe(status);
        expect(answer.headers).toEqual(fromAdmin.headers);
        expect(answer.body.equals(fromAdmin.body)).toBe(true);
      }
    },
  );

  it('304 for the ETag each one sent, alike (per encoding on the public server)', async () => {
    const path = `/b/${site.siteKey}.js`;
    for (const enc of [{}, br, gz]) {
      const first = await overHttp(server.base, 'GET', path, enc);
      const again = await overHttp(server.base, 'GET', path, {
        ...enc,
        'if-none-match': first.headers.etag!,
      });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
    }
    // The admin's identity ETag revalidates on both, whatever the client accepts.
    const first = await viaRoute('GET', path, br);
    const h = { 'if-none-match': first.headers.etag! };
    const fromAdmin = await viaRoute('GET', path, { ...br, ...h });
    const fromPublic = await overHttp(server.base, 'GET', path, h);
    expect(fromAdmin.status).toBe(304);
    expect(fromPublic.status).toBe(304);
    expect(fromPublic.headers).toEqual(fromAdmin.headers);
  });

  type TPost = [
    name: string,
    status: number,
    body: (fresh: () => Record<string, unknown>) => string,
    type?: string,
  ];
  const posts: TPost[] = [
    ['a record', 201, (fresh) => JSON.stringify(fresh())],
    ['a record as application/json', 201, (fresh) => JSON.stringify(fresh()), 'application/json'],
    ['invalid JSON', 400, () => '{"recordId":'],
    [
      'a record of an unknown version',
      400,
      (fresh) => JSON.stringify({ ...fresh(), configVersion: 99 }),
    ],
    ['a form post', 415, () => 'a=b', 'application/x-www-form-urlencoded'],
  ];
  it.each(posts)(
    'POST %s: same status, headers and bytes (record ids aside)',
    async (_n, status, make, type = 'text/plain;charset=UTF-8') => {
      const fresh = () => consentBody(site);
      const a = make(fresh);
      const b = make(fresh);
      const headers = { 'content-type': type, ...origin };
      const fromAdmin = await viaRoute('POST', '/api/v1/consents', headers, a);
      const fromPublic = await overHttp(server.base, 'POST', '/api/v1/consents', headers, b);
      const idOf = (s: string) => /"recordId":"([^"]+)"/.exec(s)?.[1] ?? '';
      expect(fromAdmin.status).toBe(status);
      expect(fromPublic.status).toBe(status);
      expect(fromPublic.headers).toEqual(fromAdmin.headers);
      expect(fromPublic.body.toString().replace(idOf(b), 'ID')).toBe(
        fromAdmin.body.toString().replace(idOf(a), 'ID'),
      );
    },
  );

  it('answers from memory only what it has warmed, exactly as the database path does', async () => {
    const caches = createDeliveryCaches();
    const request = {
      kind: 'script' as const,
      siteKey: site.siteKey,
      version: null,
      origin: DEMO_ORIGIN,
      ifNoneMatch: null,
      acceptEncoding: 'br',
      publicUrl: publicBaseUrl(),
    };
    expect(deliverFromMemory(request, caches)).toBeUndefined();
    const fromDb = await deliver(t.db, request, caches);
    expect(fromDb.status).toBe(200);
    expect(deliverFromMemory(request, caches)).toEqual(fromDb);
    const revalidate = { ...request, ifNoneMatch: fromDb.headers.etag! };
    const notModified = deliverFromMemory(revalidate, caches);
    expect(notModified?.status).toBe(304);
    expect(notModified).toEqual(await deliver(t.db, revalidate, caches));
    // A site the instance has not read is never answered from memory.
    expect(deliverFromMemory({ ...request, siteKey: 'NoSuchSiteKey42' }, caches)).toBeUndefined();
  });

  it('keeps a repeated answer only while its live pointer holds: a publish shows at once', async () => {
    const other = await makeConsentSite(t.db);
    const caches = createDeliveryCaches();
    const own = await startTestPublicServer(t.db, { caches });
    try {
      const path = `/b/${other.siteKey}.js`;
      const get = (headers: Record<string, string> = {}) =>
        overHttp(own.base, 'GET', path, { ...br, ...headers });
      const first = await get();
      expect(first.status).toBe(200);
      // Each header an answer depends on is part of what it is kept by: asked in turns, every
      // answer is still its own.
      for (let round = 0; round < 2; round++) {
        const plain = await get();
        expect(plain.headers.etag).toBe(first.headers.etag);
        expect(plain.headers['access-control-allow-origin']).toBeUndefined();
        expect((await get(origin)).headers['access-control-allow-origin']).toBe(DEMO_ORIGIN);
        expect((await get({ 'if-none-match': first.headers.etag! })).status).toBe(304);
        expect((await get({ 'if-none-match': '"something-else"' })).status).toBe(200);
        const identity = await overHttp(own.base, 'GET', path, {});
        expect(identity.headers['content-encoding']).toBeUndefined();
        const head = await overHttp(own.base, 'HEAD', path, br);
        expect(head.body.length).toBe(0);
        expect(head.headers.etag).toBe(first.headers.etag);
      }
      // A second publish, then what the live channel does on its notification (forget the
      // pointer): the very next request gets version 2, not the kept answer.
      await t.db
        .update(storageItems)
        .set({ purpose: { sv: 'Ändrad.', en: 'Changed.' } })
        .where(eq(storageItems.siteId, other.siteId));
      await publishSite(other.owner, { siteId: other.siteId, note: 'second' });
      caches.pointers.delete(other.siteKey);
      const after = await get();
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(first.headers.etag);
      expect((await get({ 'if-none-match': first.headers.etag! })).status).toBe(200);
      const config = await overHttp(own.base, 'GET', `/api/v1/sites/${other.siteKey}/config`, {});
      expect(JSON.parse(config.body.toString()).version).toBe(2);
    } finally {
      await own.close();
    }
  });

  it("keeps answers per value of the operator's region header", async () => {
    const own = await startTestPublicServer(t.db, { region: { header: 'cf-ipcountry' } });
    try {
      const path = `/b/${site.siteKey}.js`;
      const get = async (country: string) =>
        (await overHttp(own.base, 'GET', path, { ...br, 'cf-ipcountry': country })).headers;
      const [gb, se] = [await get('GB'), await get('SE')];
      expect(gb.etag).not.toBe(se.etag);
      expect(gb.vary).toMatch(/(^|, )cf-ipcountry$/);
      for (let round = 0; round < 2; round++) {
        expect((await get('SE')).etag).toBe(se.etag);
        expect((await get('GB')).etag).toBe(gb.etag);
      }
    } finally {
      await own.close();
    }
  });

  it('counts every answer, kept or not, in /metrics', async () => {
    const own = await startTestPublicServer(t.db);
    try {
      const path = `/b/${site.siteKey}.js`;
      for (let i = 0; i < 5; i++) await overHttp(own.base, 'GET', path, br);
      for (let i = 0; i < 3; i++) await overHttp(own.base, 'GET', '/b/NoSuchSiteKey42.js', {});
      const text = (await overHttp(own.base, 'GET', '/metrics', {})).body.toString();
      const value = (line: string) => {
        const at = text.split('\n').find((l) => l.startsWith(`${line} `));
        return at === undefined ? undefined : Number(at.slice(line.length + 1));
      };
      expect(value('smula_public_requests_total{route="script",status="200"}')).toBe(5);
      // An unknown site's script is still the script route (a fixed set, never the key).
      expect(value('smula_public_requests_total{route="script",status="404"}')).toBe(3);
      const h = 'smula_public_request_duration_seconds';
      expect(text).toContain(`# TYPE ${h} histogram`);
      expect(value(`${h}_count{route="script"}`)).toBe(8);
      expect(value(`${h}_bucket{route="script",le="+Inf"}`)).toBe(8);
      expect(value(`${h}_sum{route="script"}`)).toBeGreaterThan(0);
      // Cumulative buckets: never falling, ending at the count.
      const buckets = text
        .split('\n')
        .filter((l) => l.startsWith(`${h}_bucket{`) && l.includes('route="script"'))
        .map((l) => Number(l.slice(l.lastIndexOf(' ') + 1)));
      expect(buckets.length).toBeGreaterThan(5);
      expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
      expect(buckets.at(-1)).toBe(8);
    } finally {
      await own.close();
    }
  });

  it('serves brotli and gzip that decode to the plain bytes', async () => {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const plain = await overHttp(server.base, 'GET', `/b/${site.siteKey}.js`, {});
    const b = await overHttp(server.base, 'GET', `/b/${site.siteKey}.js`, br);
    const g = await overHttp(server.base, 'GET', `/b/${site.siteKey}.js`, gz);
    expect(b.headers['content-encoding']).toBe('br');
    expect(g.headers['content-encoding']).toBe('gzip');
    expect(b.headers.vary).toBe('Origin, Accept-Encoding');
    expect(brotliDecompressSync(b.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(g.body).equals(plain.body)).toBe(true);
    expect(b.body.length).toBeLessThan(plain.body.length);
    expect(new Set([plain.headers.etag, b.headers.etag, g.headers.etag]).size).toBe(3);
  });
});
