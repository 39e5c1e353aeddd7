/**
 * Issue 19: the visitor's region from a country database the operator supplies
 * (`SMULA_GEOIP_DB`), through the one function both planes answer with. The database is a real
 * MaxMind DB file written from the format's definition and read by the `maxmind` reader.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { parseTrustedProxies } from '../consent-ingest/ip';
import { consentRecords } from '../db/schema/consents';
import { createDeliveryCaches } from '../delivery/deliver';
import { openCountryDb, type TRegionSource } from '../geo/country-db';
import { consentBody, DEMO_ORIGIN, makeConsentSite, testIngestDeps } from '../testing/consents';
import { describeOnDrivers } from '../testing/databases';
import { countryMmdb } from '../testing/mmdb';
import { answerPublicRequest, type TPublicDeps } from './answer';

const GB = '81.2.69.160';
const SE = '89.160.20.112';

await describeOnDrivers('country database (issue 19)', (t) => {
  let site: Awaited<ReturnType<typeof makeConsentSite>>;
  let source: TRegionSource;

  beforeAll(async () => {
    site = await makeConsentSite(t.db);
    const path = join(mkdtempSync(join(tmpdir(), 'smula-geo-')), 'country.mmdb');
    writeFileSync(path, countryMmdb({ '81.2.69.0/24': 'GB', '89.160.20.0/22': 'SE' }));
    source = { lookup: await openCountryDb(path) };
  });

  const deps = (region: TRegionSource, proxies = ''): TPublicDeps => {
    const ingest = testIngestDeps(t.db);
    return {
      db: async () => t.db,
      ingest: async () => ingest,
      publicUrl: 'https://smula.example',
      caches: createDeliveryCaches(),
      region: async () => region,
      proxies: parseTrustedProxies(proxies),
    };
  };
  const get = (d: TPublicDeps, peer: string, headers: Record<string, string> = {}) =>
    answerPublicRequest(d, {
      method: 'GET',
      path: `/b/${site.siteKey}.js`,
      query: new URLSearchParams(),
      header: (n) => headers[n] ?? null,
      readBody: async () => null,
      peer,
    });

  it('gives the script of the address’s region, kept out of shared caches', async () => {
    const d = deps(source);
    const gb = await get(d, GB);
    expect(String(gb.body)).toContain('"model":"opt-out"');
    expect(gb.headers['cache-control']).toMatch(/^private, /);
    // No header to vary on: only the browser keeps it.
    expect(gb.headers.vary).toBe('Origin, Accept-Encoding');
    const se = await get(d, SE);
    expect(String(se.body)).not.toContain('"model"');
    // Not in the file, or no address at all: the strictest model, the EU's bytes.
    expect((await get(d, '192.0.2.1')).headers.etag).toBe(se.headers.etag);
  });

  it('prefers the edge header, and reads the address behind a trusted proxy only', async () => {
    const both = deps({ ...source, header: 'cf-ipcountry' }, '10.0.0.0/8');
    const fromHeader = await get(both, GB, { 'cf-ipcountry': 'SE' });
    expect(String(fromHeader.body)).not.toContain('"model"');
    expect(fromHeader.headers.vary).toBe('Origin, Accept-Encoding, cf-ipcountry');
    // The header is absent: the database, with the visitor's address from the trusted proxy.
    const proxied = await get(both, '10.1.2.3', { 'x-forwarded-for': GB });
    expect(String(proxied.body)).toContain('"model":"opt-out"');
    // An untrusted peer's claim is ignored: its own (unknown) address decides.
    const spoofed = await get(deps(source), '192.0.2.9', { 'x-forwarded-for': GB });
    expect(String(spoofed.body)).not.toContain('"model"');
  });

  it('stores the database’s country and the model with a consent record, never the address', async () => {
    const body = consentBody(site);
    const text = JSON.stringify(body);
    const res = await answerPublicRequest(deps(source), {
      method: 'POST',
      path: '/api/v1/consents',
      query: new URLSearchParams(),
      header: (n) =>
        (
          ({
            'content-type': 'text/plain;charset=UTF-8',
            'content-length': String(Buffer.byteLength(text)),
            origin: DEMO_ORIGIN,
          }) as Record<string, string>
        )[n] ?? null,
      readBody: async () => text,
      peer: GB,
    });
    expect(res.status).toBe(201);
    const [row] = await t.db
      .select()
      .from(consentRecords)
      .where(eq(consentRecords.id, body.recordId));
    expect([row!.region, row!.model, row!.ipTruncated]).toEqual(['GB', 'opt-out', '81.2.69.0']);
  });
});
