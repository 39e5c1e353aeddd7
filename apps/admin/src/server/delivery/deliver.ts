/**
 * The public delivery path: what sites load. Immutable versions make it cache-friendly: a
 * built response is keyed by (site, version, hash) and never goes stale; the only per-request
 * database work is one indexed lookup of the site's live version.
 */
import { createHash } from 'node:crypto';
import { bannerScript } from '@smula/banner/serve';
import {
  negotiateLocale,
  regionOfCountry,
  renderDeclaration,
  type TPublishedConfig,
} from '@smula/core';
import { and, eq } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { TDb } from '../db/client';
import { sites } from '../db/schema/sites';
import { configVersions } from '../db/schema/versions';

export type TDeliveryKind = 'script' | 'config' | 'declaration';

export interface TDeliveryRequest {
  kind: TDeliveryKind;
  siteKey: string;
  /** Raw `version` from the path (`@3`) or query (`?version=3`); null for the live one. */
  version: string | null;
  locale?: string | null;
  origin: string | null;
  ifNoneMatch: string | null;
  /** Base URL of this admin, for the consent endpoint baked into the script. */
  publicUrl: string;
  /**
   * The operator's region header (`SMULA_REGION_HEADER`) and its value, the visitor's country:
   * the script varies by the region it maps to (issue 19), and says so in `Vary`, so that a
   * cache keeps one copy per region. Absent: every visitor gets the opt-in script.
   */
  region?: { header: string; country: string | null };
}

export interface TDeliveryResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

interface TBuilt {
  body: string;
  etag: string;
  contentType: string;
}

const LATEST = 'public, max-age=60, stale-while-revalidate=600';
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
      sizeCalculation: (b) => Math.max(1, b.body.length),
    }),
    pointers: new LRUCache<string, TPointer>({
      max,
      ttl: LIVE_POINTER_TTL_MS,
      // Read the clock on every check: lru-cache otherwise reuses one reading for a moment
      // through a real timer, which an injected clock cannot move.
      ttlResolution: 0,
      ...(options.clock && { perf: options.clock }),
    }),
  };
}

const processCaches = createDeliveryCaches();

async function lookupSite(
  db: TDb,
  caches: TDeliveryCaches,
  siteKey: string,
): Promise<TSiteRow | undefined> {
  const hit = caches.pointers.get(siteKey);
  if (hit) return hit.site;
  const [site] = await db
    .select({ id: sites.id, liveVersion: sites.liveVersion, settings: sites.settings })
    .from(sites)
    .where(eq(sites.key, siteKey));
  caches.pointers.set(siteKey, { site });
  return site;
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
  if (!KEY.test(req.siteKey)) return jsonError(404, 'site_not_found', 'No site has this key.');
  let wanted: number | null = null;
  if (req.version !== null) {
    if (!/^[1-9]\d{0,8}$/.test(req.version))
      return jsonError(400, 'bad_version', 'The version must be a positive whole number.');
    wanted = Number(req.version);
  }
  const site = await lookupSite(db, caches, req.siteKey);
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
    req.kind === 'declaration' &&
    locale &&
    !/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(locale)
  ) {
    return jsonError(
      400,
      'bad_locale',
      'The locale must be a language tag such as "sv" or "en-GB".',
      cors,
    );
  }
  // Scripts vary by region only (5 variants at most, and an unknown one), never by country.
  const region = req.region ? (regionOfCountry(req.region.country) ?? '?') : '';
  const cacheKey = `${req.kind}:${req.siteKey}@${version}:${req.kind === 'script' ? `${req.publicUrl}:${region}` : locale}`;
  let entry = caches.built.get(cacheKey);
  if (!entry) {
    const [row] = await db
      .select({ config: configVersions.config })
      .from(configVersions)
      .where(and(eq(configVersions.siteId, site.id), eq(configVersions.version, version)));
    if (!row)
      return jsonError(
        404,
        'version_not_found',
        `Version ${version} of this site does not exist.`,
        cors,
      );
    entry = build(req, row.config, locale);
    caches.built.set(cacheKey, entry);
  }
  const headers: Record<string, string> = {
    'content-type': entry.contentType,
    'cache-control': wanted === null ? LATEST : IMMUTABLE,
    etag: entry.etag,
    'x-content-type-options': 'nosniff',
    ...(req.kind === 'declaration' ? { 'content-security-policy': DECLARATION_CSP } : {}),
    ...cors,
  };
  if (req.kind === 'script' && req.region)
    headers.vary = [headers.vary, req.region.header].filter(Boolean).join(', ');
  if (req.ifNoneMatch?.split(/\s*,\s*/).includes(entry.etag))
    return { status: 304, headers, body: null };
  return { status: 200, headers, body: entry.body };
}

/**
 * The declaration is HTML served from the admin's own origin, where admin sessions live. Opened
 * directly, it runs as a sandboxed document that may load nothing and run nothing, so even a
 * future escaping slip in the renderer could not become stored XSS on the admin. Sites fetch it
 * as text (CMS plugin, fetch), where this header does not apply.
 */
export const DECLARATION_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'";

function build(req: TDeliveryRequest, config: TPublishedConfig, locale: string): TBuilt {
  let body: string;
  let contentType: string;
  if (req.kind === 'script') {
    body = bannerScript(config, {
      endpoint: `${req.publicUrl.replace(/\/$/, '')}/api/v1/consents`,
      country: req.region?.country ?? null,
    });
    contentType = 'text/javascript; charset=utf-8';
  } else if (req.kind === 'config') {
    body = JSON.stringify(config);
    contentType = 'application/json; charset=utf-8';
  } else {
    const chosen = negotiateLocale(
      locale ? [locale] : [],
      config.site.locales,
      config.site.defaultLocale,
    );
    body = renderDeclaration(config, { locale: chosen });
    contentType = 'text/html; charset=utf-8';
  }
  // Strong validator: the bytes' own hash.
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { body, etag, contentType };
}

/** Called after a publish in this process, so this instance serves the new version at once. */
export function forgetLivePointer(siteKey: string): void {
  processCaches.pointers.delete(siteKey);
}

/** For tests and the static export: forget built responses. */
export function clearDeliveryCache(): void {
  processCaches.built.clear();
  processCaches.pointers.clear();
}
