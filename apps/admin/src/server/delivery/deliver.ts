/**
 * The public delivery path: what sites load. Immutable versions make it cache-friendly: a
 * built response is keyed by (site, version, hash) and never goes stale; the only per-request
 * database work is one indexed lookup of the site's live version.
 */
import { createHash } from 'node:crypto';
import { bannerScript } from '@smula/banner/serve';
import { negotiateLocale, renderDeclaration, type TPublishedConfig } from '@smula/core';
import { and, eq } from 'drizzle-orm';
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
const MAX_ENTRIES = 2000;
const built = new Map<string, TBuilt>();

/** Insertion-ordered Map as a small LRU: re-inserting on hit keeps hot entries. */
function remember(key: string, value: TBuilt): TBuilt {
  built.set(key, value);
  if (built.size > MAX_ENTRIES) built.delete(built.keys().next().value as string);
  return value;
}

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
const pointers = new Map<string, { at: number; site: TSiteRow | undefined }>();

async function lookupSite(db: TDb, siteKey: string): Promise<TSiteRow | undefined> {
  const hit = pointers.get(siteKey);
  const now = Date.now();
  if (hit && now - hit.at < LIVE_POINTER_TTL_MS) return hit.site;
  const [site] = await db
    .select({ id: sites.id, liveVersion: sites.liveVersion, settings: sites.settings })
    .from(sites)
    .where(eq(sites.key, siteKey));
  pointers.set(siteKey, { at: now, site });
  if (pointers.size > MAX_ENTRIES) pointers.delete(pointers.keys().next().value as string);
  return site;
}

export async function deliver(db: TDb, req: TDeliveryRequest): Promise<TDeliveryResponse> {
  if (!KEY.test(req.siteKey)) return jsonError(404, 'site_not_found', 'No site has this key.');
  let wanted: number | null = null;
  if (req.version !== null) {
    if (!/^[1-9]\d{0,8}$/.test(req.version))
      return jsonError(400, 'bad_version', 'The version must be a positive whole number.');
    wanted = Number(req.version);
  }
  const site = await lookupSite(db, req.siteKey);
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
  const cacheKey = `${req.kind}:${req.siteKey}@${version}:${req.kind === 'script' ? req.publicUrl : locale}`;
  let entry = built.get(cacheKey);
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
    entry = remember(cacheKey, build(req, row.config, locale));
  }
  const headers = {
    'content-type': entry.contentType,
    'cache-control': wanted === null ? LATEST : IMMUTABLE,
    etag: entry.etag,
    'x-content-type-options': 'nosniff',
    ...cors,
  };
  if (req.ifNoneMatch?.split(/\s*,\s*/).includes(entry.etag))
    return { status: 304, headers, body: null };
  return { status: 200, headers, body: entry.body };
}

function build(req: TDeliveryRequest, config: TPublishedConfig, locale: string): TBuilt {
  let body: string;
  let contentType: string;
  if (req.kind === 'script') {
    body = bannerScript(config, {
      endpoint: `${req.publicUrl.replace(/\/$/, '')}/api/v1/consents`,
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
  pointers.delete(siteKey);
}

/** For tests and the static export: forget built responses. */
export function clearDeliveryCache(): void {
  built.clear();
  pointers.clear();
}
