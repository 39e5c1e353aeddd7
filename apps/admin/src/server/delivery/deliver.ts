/**
 * The public delivery path: what sites load. Immutable versions make it cache-friendly: a
 * built response is keyed by (site, version, what varies) and never goes stale; the only
 * per-request database work is one indexed lookup of the site's live version, at most once a
 * second per site. Answers are precomputed at publish time (bytes, ETag, brotli, gzip: the
 * `delivery_answers` table), so even a cold instance only reads ready bytes.
 */
import { createHash } from 'node:crypto';
import { bannerDetail, bannerScript } from '@smula/banner/serve';
import {
  negotiateLocale,
  regionOfCountry,
  renderDeclaration,
  type TPublishedConfig,
  type TRegion,
} from '@smula/core';
import { and, eq } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { TDb, TDbOrTx } from '../db/client';
import { describeError } from '../db/errors';
import { deliveryAnswers } from '../db/schema/answers';
import { sites } from '../db/schema/sites';
import { configVersions } from '../db/schema/versions';
import { compressAnswer, negotiateEncoding, type TEncoding } from './encoding';

/**
 * `detail`: the preferences layer's providers and items for one version and locale, which the
 * banner fetches when that layer opens (`/b/{key}@{n}.detail.{locale}.json`, issue 16).
 */
export type TDeliveryKind = 'script' | 'config' | 'declaration' | 'detail';

export interface TDeliveryRequest {
  kind: TDeliveryKind;
  siteKey: string;
  /** Raw `version` from the path (`@3`) or query (`?version=3`); null for the live one. */
  version: string | null;
  locale?: string | null;
  origin: string | null;
  ifNoneMatch: string | null;
  /** The request's `Accept-Encoding`; absent or null: the plain bytes. */
  acceptEncoding?: string | null;
  /** Base URL of this admin, for the consent endpoint baked into the script. */
  publicUrl: string;
  /**
   * The visitor's country (the operator's `SMULA_REGION_HEADER`, else `SMULA_GEOIP_DB`): the
   * script varies by the region it maps to (issue 19) and says so in `Vary` (the header), so
   * that a cache keeps one copy per region. Absent: every visitor gets the opt-in script.
   */
  region?: {
    header: string | null;
    country: string | null;
    /** The country came (or may come) from the visitor's address: no shared cache may keep it. */
    private?: boolean;
  };
}

export interface TDeliveryResponse {
  status: number;
  headers: Record<string, string>;
  /** A string for plain answers, the ready bytes for brotli or gzip ones. */
  body: string | Uint8Array | null;
}

/** One served answer in all its encodings, as stored in `delivery_answers`. */
interface TBuilt {
  body: Buffer;
  brotli: Buffer;
  gzip: Buffer;
  etag: string;
  contentType: string;
}

/**
 * `stale-if-error` lets a CDN (and this server, see below) keep serving an answer for a day
 * while the origin fails: a banner that keeps working beats a fresh one that is not there.
 */
const LATEST = 'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400';
const IMMUTABLE = 'public, max-age=31536000, immutable';

function jsonError(
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): TDeliveryResponse {
  return {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...extra,
    },
    body: JSON.stringify({ error: { code, message } }),
  };
}

/** The request's Origin when it is one of the site's declared domains (or a *.domain match). */
export function allowedOrigin(origin: string | null, domains: readonly string[]): string | null {
  if (!origin) return null;
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
  const bare = host.replace(/:\d+$/, '');
  for (const d of domains) {
    if (
      d.startsWith('*.')
        ? bare.endsWith(d.slice(1)) || bare === d.slice(2)
        : host === d || bare === d
    )
      return origin;
  }
  return null;
}

const KEY = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * How long a site's live-version pointer is trusted before it is read again. One second keeps
 * the database out of the hot path under load, while a publish still shows within a second on
 * every instance (far inside the 60 s the answers may be cached by browsers and CDNs anyway).
 */
export const LIVE_POINTER_TTL_MS = 1000;
type TSiteRow = { id: string; liveVersion: number | null; settings: { domains: string[] } };
// `site` undefined remembers that no site has the key (lru-cache cannot store undefined).
type TPointer = { site: TSiteRow | undefined };

/** The database could not be read and nothing is in memory to answer with. */
const UNAVAILABLE = (cors: Record<string, string> = {}) =>
  jsonError(503, 'unavailable', 'The answer cannot be read right now; retry later.', {
    ...cors,
    'retry-after': '5',
  });

/** Entries per cache: sites × versions × kinds × locales a busy instance serves. */
const MAX_ENTRIES = 2000;
/** Built answers are bounded by bytes too: a banner script with a large declaration is ~100 KB. */
const MAX_BUILT_BYTES = 64 * 1024 * 1024;

/** A millisecond clock; `performance` in production, a test's own to move time without waiting. */
export interface TClock {
  now(): number;
}

/**
 * The delivery path's in-memory caches, least recently used out first: built answers (immutable,
 * keyed by site, version and what varies, so they need no expiry) and live-version pointers
 * (trusted for {@link LIVE_POINTER_TTL_MS}). One pair per process; tests make their own.
 */
export interface TDeliveryCaches {
  built: LRUCache<string, TBuilt>;
  pointers: LRUCache<string, TPointer>;
  /**
   * The last pointer read per site, kept past its TTL: when the database cannot be reached, a
   * site this instance has served keeps being served from memory (stale-if-error).
   */
  lastKnown: LRUCache<string, TSiteRow>;
  /** Pointer reads under way: concurrent requests for one site share one query. */
  reading: Map<string, Promise<TSiteRow | undefined | null>>;
}

/** Delivery caches on `clock` (default `performance`), at most `max` entries each. */
export function createDeliveryCaches(
  options: { clock?: TClock; max?: number } = {},
): TDeliveryCaches {
  const max = options.max ?? MAX_ENTRIES;
  return {
    built: new LRUCache<string, TBuilt>({
      max,
      maxSize: MAX_BUILT_BYTES,
      sizeCalculation: (b) => Math.max(1, b.body.length + b.brotli.length + b.gzip.length),
    }),
    pointers: new LRUCache<string, TPointer>({
      max,
      ttl: LIVE_POINTER_TTL_MS,
      // Read the clock on every check: lru-cache otherwise reuses one reading for a moment
      // through a real timer, which an injected clock cannot move.
      ttlResolution: 0,
      ...(options.clock && { perf: options.clock }),
    }),
    lastKnown: new LRUCache<string, TSiteRow>({ max: max * 5 }),
    reading: new Map(),
  };
}

// One set per process, on globalThis: Next gives each route bundle its own module copy, and a
// publish in one must clear the pointer the others read.
const holder = globalThis as typeof globalThis & { __smulaDelivery?: TDeliveryCaches };
holder.__smulaDelivery ??= createDeliveryCaches();
const processCaches = holder.__smulaDelivery;

/** The process's delivery caches (the public server warms and invalidates them). */
export function deliveryCaches(): TDeliveryCaches {
  return processCaches;
}

/** Notes a failed read of the database; the public server counts them for its metrics. */
export type TDeliveryObserver = { readFailed?: (err: unknown) => void };
let observer: TDeliveryObserver = {};
export function observeDelivery(o: TDeliveryObserver): void {
  observer = o;
}

function readFailed(what: string, err: unknown): void {
  observer.readFailed?.(err);
  console.error(`delivery: ${what} failed: ${describeError(err)}`);
}

/** The site, `undefined` for no such key, or `null` when it cannot be read (database away). */
async function lookupSite(
  db: TDb,
  caches: TDeliveryCaches,
  siteKey: string,
): Promise<TSiteRow | undefined | null> {
  const hit = caches.pointers.get(siteKey);
  if (hit) return hit.site;
  // When the pointer expires under load, every request in flight for the site would otherwise
  // send its own query at the same moment.
  let reading = caches.reading.get(siteKey);
  if (!reading) {
    reading = readSite(db, caches, siteKey).finally(() => caches.reading.delete(siteKey));
    caches.reading.set(siteKey, reading);
  }
  return reading;
}

async function readSite(
  db: TDb,
  caches: TDeliveryCaches,
  siteKey: string,
): Promise<TSiteRow | undefined | null> {
  let site: TSiteRow | undefined;
  try {
    [site] = await db
      .select({ id: sites.id, liveVersion: sites.liveVersion, settings: sites.settings })
      .from(sites)
      .where(eq(sites.key, siteKey));
  } catch (err) {
    readFailed('live pointer read', err);
    const known = caches.lastKnown.get(siteKey);
    // Trusted for another TTL: the database is asked again once a second, not per request
    // (an unreachable host takes the connect timeout to fail).
    if (known) caches.pointers.set(siteKey, { site: known });
    return known ?? null;
  }
  caches.pointers.set(siteKey, { site });
  if (site) caches.lastKnown.set(siteKey, site);
  else caches.lastKnown.delete(siteKey);
  return site;
}

/**
 * Reads every site's live pointer into `caches` (up to what they hold), so a fresh instance
 * answers its first requests without a database round trip and can serve them stale.
 */
export async function warmLivePointers(db: TDb, caches: TDeliveryCaches): Promise<number> {
  const rows = await db
    .select({
      key: sites.key,
      id: sites.id,
      liveVersion: sites.liveVersion,
      settings: sites.settings,
    })
    .from(sites)
    .limit(caches.lastKnown.max);
  for (const { key, ...site } of rows) {
    caches.pointers.set(key, { site });
    caches.lastKnown.set(key, site);
  }
  return rows.length;
}

/**
 * One delivery answer: the banner script, the config JSON or the declaration HTML of a site's
 * live or pinned version, with caching headers, ETag/304 and CORS for the site's domains.
 * `caches` defaults to the process's own.
 */
export async function deliver(
  db: TDb,
  req: TDeliveryRequest,
  caches: TDeliveryCaches = processCaches,
): Promise<TDeliveryResponse> {
  const bad = badRequest(req);
  if (bad) return bad;
  const site = await lookupSite(db, caches, req.siteKey);
  const p = plan(req, site);
  if (!('cacheKey' in p)) return p;
  let entry = caches.built.get(p.cacheKey);
  if (!entry) {
    let found: TBuilt | typeof NO_LOCALE | null;
    try {
      found = await readAnswer(db, p.siteId, p.version, req.kind, p.variant);
    } catch (err) {
      readFailed('answer read', err);
      return UNAVAILABLE(p.cors);
    }
    if (!found)
      return jsonError(
        404,
        'version_not_found',
        `Version ${p.version} of this site does not exist.`,
        p.cors,
      );
    if (found === NO_LOCALE)
      return jsonError(
        404,
        'locale_not_found',
        `Version ${p.version} of this site is not published in this locale.`,
        p.cors,
      );
    entry = found;
    caches.built.set(p.cacheKey, entry);
  }
  return respond(req, p, entry);
}

/**
 * The same answer as {@link deliver} when everything it needs is in memory (the site's live
 * pointer and the built answer), without waiting on anything: the public server writes it in
 * the same turn as it read the request. `undefined` when the database must be asked.
 */
export function deliverFromMemory(
  req: TDeliveryRequest,
  caches: TDeliveryCaches = processCaches,
): TDeliveryResponse | undefined {
  return deliverFromMemoryKept(req, caches)?.answer;
}

/**
 * {@link deliverFromMemory}, with how long its answer holds: `current()` is true while the cache
 * still has the very pointer the answer was made from (not expired, not replaced by a publish
 * or a refresh), and until then the same request gets the same answer, byte for byte (built
 * answers never change). A server may keep the answer for the request while `current()` says
 * so. Requests refused before any site is read have no `current`: not worth keeping.
 */
export function deliverFromMemoryKept(
  req: TDeliveryRequest,
  caches: TDeliveryCaches = processCaches,
): { answer: TDeliveryResponse; current?: () => boolean } | undefined {
  const bad = badRequest(req);
  if (bad) return { answer: bad };
  const hit = caches.pointers.get(req.siteKey);
  if (!hit) return undefined;
  const current = () => caches.pointers.get(req.siteKey) === hit;
  const p = plan(req, hit.site);
  if (!('cacheKey' in p)) return { answer: p, current };
  const entry = caches.built.get(p.cacheKey);
  return entry && { answer: respond(req, p, entry), current };
}

/** What is wrong with the request itself, before any site is looked at. */
function badRequest(req: TDeliveryRequest): TDeliveryResponse | undefined {
  if (!KEY.test(req.siteKey)) return jsonError(404, 'site_not_found', 'No site has this key.');
  if (req.version !== null && !/^[1-9]\d{0,8}$/.test(req.version))
    return jsonError(400, 'bad_version', 'The version must be a positive whole number.');
  return undefined;
}

/** Which stored answer a request for `site` needs, or the answer when it needs none. */
interface TPlan {
  cacheKey: string;
  siteId: string;
  version: number;
  variant: string;
  /** A pinned version (`@n`) rather than the live one: immutable caching. */
  pinned: boolean;
  cors: Record<string, string>;
}

function plan(req: TDeliveryRequest, site: TSiteRow | undefined | null): TPlan | TDeliveryResponse {
  const wanted = req.version === null ? null : Number(req.version);
  if (site === null) return UNAVAILABLE();
  if (!site) return jsonError(404, 'site_not_found', 'No site has this key.');
  const origin = allowedOrigin(req.origin, site.settings.domains);
  const cors: Record<string, string> = origin
    ? { 'access-control-allow-origin': origin, vary: 'Origin' }
    : { vary: 'Origin' };

  const version = wanted ?? site.liveVersion;
  if (version === null) {
    if (req.kind === 'script') {
      // A site that installed the tag before publishing must never break: a no-op that says why.
      return {
        status: 200,
        headers: {
          'content-type': 'text/javascript; charset=utf-8',
          'cache-control': LATEST,
          ...cors,
        },
        body: `console.warn(${JSON.stringify(`[smula] Site ${req.siteKey} has no published declaration yet; no banner is shown.`)});\n`,
      };
    }
    return jsonError(404, 'not_published', 'This site has not published a declaration yet.', cors);
  }

  const locale = req.locale ?? '';
  if (
    (req.kind === 'declaration' && locale && !LANGUAGE_TAG.test(locale)) ||
    (req.kind === 'detail' && !LANGUAGE_TAG.test(locale))
  ) {
    return jsonError(
      400,
      'bad_locale',
      'The locale must be a language tag such as "sv" or "en-GB".',
      cors,
    );
  }
  // Scripts vary by region only (five at most), never by country: the region joins the variant,
  // and so does `?lang=` when it is a language tag (anything else is ignored: the tag still works).
  const region = req.region ? (regionOfCountry(req.region.country) ?? '') : '';
  const lang = req.kind === 'script' && LANGUAGE_TAG.test(locale) ? locale : '';
  const variant =
    req.kind === 'script'
      ? scriptVariant(scriptEndpoint(req.publicUrl), region, lang)
      : req.kind === 'config'
        ? ''
        : locale;
  return {
    cacheKey: `${req.kind}:${req.siteKey}@${version}:${variant}`,
    siteId: site.id,
    version,
    variant,
    pinned: wanted !== null,
    cors,
  };
}

/** The answer from a built entry: headers, then 304 for a matching validator, else the bytes. */
function respond(req: TDeliveryRequest, p: TPlan, entry: TBuilt): TDeliveryResponse {
  const encoding = negotiateEncoding(req.acceptEncoding);
  const etag = etagFor(entry.etag, encoding);
  const headers: Record<string, string> = {
    'content-type': entry.contentType,
    'cache-control': p.pinned ? IMMUTABLE : LATEST,
    etag,
    'x-content-type-options': 'nosniff',
    ...(req.kind === 'declaration' ? { 'content-security-policy': DECLARATION_CSP } : {}),
    ...p.cors,
    vary: 'Origin, Accept-Encoding',
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
  };
  // A cache keeps one copy per region when the script depends on the operator's region header;
  // a script chosen by a country database is the browser's alone (`Vary` cannot name an address).
  if (req.kind === 'script' && req.region?.header)
    headers.vary = `${headers.vary}, ${req.region.header}`;
  if (req.kind === 'script' && req.region?.private)
    headers['cache-control'] = headers['cache-control']!.replace('public', 'private');
  if (req.ifNoneMatch?.split(/\s*,\s*/).includes(etag)) return { status: 304, headers, body: null };
  const body =
    encoding === 'br' ? entry.brotli : encoding === 'gzip' ? entry.gzip : entry.body.toString();
  return { status: 200, headers, body };
}

/**
 * Each encoding is its own representation and gets its own strong validator (RFC 9110 8.8.3):
 * the plain bytes' hash, with `-br` or `-gz` for the encoded ones.
 */
function etagFor(plain: string, encoding: TEncoding): string {
  if (encoding === 'identity') return plain;
  return `${plain.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

const scriptEndpoint = (publicUrl: string) => `${publicUrl.replace(/\/$/, '')}/api/v1/consents`;

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/;

/**
 * A script variant: its consent endpoint, then `|region` when the region changes the script and
 * `|lang` when one language was asked for (`endpoint||sv` without a region).
 */
const scriptVariant = (endpoint: string, region: string, lang = '') =>
  lang ? `${endpoint}|${region}|${lang}` : region ? `${endpoint}|${region}` : endpoint;

/** {@link readAnswer}: the version exists, but not in the asked locale (detail only). */
const NO_LOCALE = 'no_locale';

/**
 * A version's answer: its precomputed row, else built from the config and stored for next time
 * (versions published before answers were precomputed, or another endpoint or locale). Only
 * canonical variants are stored, so odd locale spellings cannot grow the table. `null`: no
 * such version.
 */
async function readAnswer(
  db: TDb,
  siteId: string,
  version: number,
  kind: TDeliveryKind,
  variant: string,
): Promise<TBuilt | typeof NO_LOCALE | null> {
  const [stored] = await db
    .select({
      body: deliveryAnswers.body,
      brotli: deliveryAnswers.brotli,
      gzip: deliveryAnswers.gzip,
      etag: deliveryAnswers.etag,
      contentType: deliveryAnswers.contentType,
    })
    .from(deliveryAnswers)
    .where(
      and(
        eq(deliveryAnswers.siteId, siteId),
        eq(deliveryAnswers.version, version),
        eq(deliveryAnswers.kind, kind),
        eq(deliveryAnswers.variant, variant),
      ),
    );
  if (stored) return stored;
  const [row] = await db
    .select({ config: configVersions.config })
    .from(configVersions)
    .where(and(eq(configVersions.siteId, siteId), eq(configVersions.version, version)));
  if (!row) return null;
  if (kind === 'detail' && !row.config.texts[variant]) return NO_LOCALE;
  const { built, canonical } = buildAnswer(kind, row.config, variant);
  if (canonical) {
    try {
      await storeAnswers(db, siteId, version, [{ kind, variant, built }]);
    } catch (err) {
      // Derived data: serving the answer matters, storing it only saves the next build.
      readFailed('answer backfill', err);
    }
  }
  return built;
}

type TAnswerRow = { kind: TDeliveryKind; variant: string; built: TBuilt };

async function storeAnswers(
  db: TDbOrTx,
  siteId: string,
  version: number,
  answers: TAnswerRow[],
): Promise<void> {
  await db
    .insert(deliveryAnswers)
    .values(
      answers.map(({ kind, variant, built }) => ({
        siteId,
        version,
        kind,
        variant,
        contentType: built.contentType,
        etag: built.etag,
        body: built.body,
        brotli: built.brotli,
        gzip: built.gzip,
      })),
    )
    .onConflictDoNothing();
}

/**
 * Precomputes every answer of a freshly published version inside the publish transaction: the
 * script for this deployment's consent endpoint (with every language, and with each one alone
 * for `?lang=`), the config, the declaration in each of its locales (and without one), and
 * the preferences layer's detail in each locale. The public plane then never builds on a request.
 */
export async function precomputeAnswers(
  tx: TDbOrTx,
  siteId: string,
  config: TPublishedConfig,
  publicUrl: string,
): Promise<void> {
  const variants: { kind: TDeliveryKind; variant: string }[] = [
    { kind: 'script', variant: scriptEndpoint(publicUrl) },
    ...config.site.locales.map((l) => ({
      kind: 'script' as const,
      variant: scriptVariant(scriptEndpoint(publicUrl), '', l),
    })),
    { kind: 'config', variant: '' },
    { kind: 'declaration', variant: '' },
    ...config.site.locales.map((l) => ({ kind: 'declaration' as const, variant: l })),
    ...Object.keys(config.texts).map((l) => ({ kind: 'detail' as const, variant: l })),
  ];
  const seen = new Set<string>();
  const rows: TAnswerRow[] = [];
  for (const v of variants) {
    if (seen.has(`${v.kind}:${v.variant}`)) continue;
    seen.add(`${v.kind}:${v.variant}`);
    rows.push({ ...v, built: buildAnswer(v.kind, config, v.variant).built });
  }
  await storeAnswers(tx, siteId, config.version, rows);
}

/**
 * The declaration is HTML served from the admin's own origin, where admin sessions live. Opened
 * directly, it runs as a sandboxed document that may load nothing and run nothing, so even a
 * future escaping slip in the renderer could not become stored XSS on the admin. Sites fetch it
 * as text (CMS plugin, fetch), where this header does not apply.
 */
export const DECLARATION_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'";

/**
 * `variant`: the consent endpoint for the script, the requested locale for the declaration, one
 * of the config's locales for the detail.
 */
function buildAnswer(
  kind: TDeliveryKind,
  config: TPublishedConfig,
  variant: string,
): { built: TBuilt; canonical: boolean } {
  let text: string;
  let contentType: string;
  let canonical = true;
  if (kind === 'script') {
    const [endpoint, region, lang] = variant.split('|');
    text = bannerScript(config, {
      endpoint: endpoint ?? '',
      region: (region || null) as TRegion | null,
      locale: lang || null,
    });
    // A language the site does not publish gets every language: not a variant worth storing.
    canonical = !lang || lang in config.texts;
    contentType = 'text/javascript; charset=utf-8';
  } else if (kind === 'detail') {
    // The caller checked the locale; `{}` only if it did not.
    text = bannerDetail(config, variant) ?? '{}';
    contentType = 'application/json; charset=utf-8';
  } else if (kind === 'config') {
    text = JSON.stringify(config);
    contentType = 'application/json; charset=utf-8';
  } else {
    const chosen = negotiateLocale(
      variant ? [variant] : [],
      config.site.locales,
      config.site.defaultLocale,
    );
    canonical = variant === '' || variant === chosen;
    text = renderDeclaration(config, { locale: chosen });
    contentType = 'text/html; charset=utf-8';
  }
  const body = Buffer.from(text);
  // Strong validator: the bytes' own hash.
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { built: { body, etag, contentType, ...compressAnswer(body) }, canonical };
}

/** Called after a publish in this process, so this instance serves the new version at once. */
export function forgetLivePointer(siteKey: string): void {
  processCaches.pointers.delete(siteKey);
  processCaches.reading.delete(siteKey);
}

/** For tests and the static export: forget built responses. */
export function clearDeliveryCache(): void {
  processCaches.built.clear();
  processCaches.pointers.clear();
  processCaches.lastKnown.clear();
}
