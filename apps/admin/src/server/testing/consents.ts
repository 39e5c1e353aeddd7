import type { TPublishedConfig } from '@smula/core';
import { desc, eq } from 'drizzle-orm';
import type { TIngestDeps, TIngestRequest } from '../consent-ingest/ingest';
import { parseTrustedProxies } from '../consent-ingest/ip';
import { RateLimiter } from '../consent-ingest/rate-limit';
import { VersionCache } from '../consent-ingest/versions';
import { ConsentWriter } from '../consent-store/writer';
import { DatabaseAvailability } from '../db/availability';
import { configVersions } from '../db/schema/versions';
import type { TDb } from '../db/types';
import { createOrRefreshDemo } from '../demo/create-or-refresh-demo';
import { publishSite } from '../services/publish/publish-site';
import { makeOrganisation } from './actors';

/** An origin of the demo site's declared domain: consent records are accepted only from it. */
export const DEMO_ORIGIN = 'https://etjanster.almi.se';

let n = 0;

/** A fresh lower-case UUIDv7-shaped record id per call, unique within a test process. */
export function testRecordId(): string {
  n++;
  const hex = (Date.now().toString(16).padStart(12, '0') + n.toString(16).padStart(20, '0')).slice(
    0,
    32,
  );
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A published demo site of a new organisation, for tests that post consent records to it. */
export async function makeConsentSite(db: TDb) {
  const { ctx } = await makeOrganisation(db);
  const demo = await createOrRefreshDemo(db, { actorId: ctx.owner.actor!.id });
  await publishSite({ db, actor: ctx.owner.actor }, { siteId: demo.siteId, note: 'first' });
  const [row] = await db
    .select({ config: configVersions.config })
    .from(configVersions)
    .where(eq(configVersions.siteId, demo.siteId))
    .orderBy(desc(configVersions.version))
    .limit(1);
  return {
    siteId: demo.siteId,
    siteKey: demo.siteKey,
    config: row!.config as TPublishedConfig,
    /** The site's owner, to publish again. */
    owner: ctx.owner,
  };
}

/** A body the banner would send for `config`, one optional category granted; `over` wins. */
export function consentBody(
  site: { siteKey: string; config: TPublishedConfig },
  over: Record<string, unknown> = {},
): { recordId: string; [k: string]: unknown } {
  const optional = site.config.categories.filter((c) => !c.required);
  return {
    recordId: testRecordId(),
    consentId: 'c0ffee'.padEnd(32, '0'),
    siteKey: site.siteKey,
    configVersion: site.config.version,
    configHash: site.config.hash,
    action: 'custom',
    choices: Object.fromEntries(
      site.config.categories.map((c) => [c.key, c.required || c.key === optional[0]!.key]),
    ),
    locale: 'sv',
    gpc: false,
    pagePath: '/kontakt',
    clientTime: '2026-12-01T10:00:00.000Z',
    ...over,
  };
}

/** A request as a server hands it to ingestion; `body` as text (or JSON-encoded). */
export function consentRequest(body: unknown, over: Partial<TIngestRequest> = {}): TIngestRequest {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    method: 'POST',
    contentType: 'text/plain;charset=UTF-8',
    contentLength: String(Buffer.byteLength(text)),
    readBody: async (limit) => (Buffer.byteLength(text) > limit ? null : text),
    origin: DEMO_ORIGIN,
    userAgent: 'Mozilla/5.0 (test)',
    peer: '203.0.113.77',
    forwardedFor: null,
    region: null,
    ...over,
  };
}

/** Ingestion's parts without limits, over `db`; `over` replaces any of them. */
export function testIngestDeps(db: TDb, over: Partial<TIngestDeps> = {}): TIngestDeps {
  return {
    db,
    versions: new VersionCache(),
    writer: new ConsentWriter(db),
    perIp: new RateLimiter(0),
    perSite: new RateLimiter(0),
    proxies: parseTrustedProxies(''),
    availability: new DatabaseAvailability(),
    ...over,
  };
}
