import { createHash } from 'node:crypto';
import { requestAdmin } from './admin-request.js';
import { bannerScriptUrl, SmulaConfigError, type TSmulaConnection } from './connection.js';
import {
  describeFailure,
  reason,
  type TCachedDeclaration,
  type TDeclarationCache,
} from './fetch-declaration.js';

export interface TFetchBannerScriptOptions extends TSmulaConnection {
  /** How long a copy is served before it is refreshed (in the background). Default 60 s. */
  refreshSeconds?: number;
  /**
   * How long to wait for the admin when there is no copy at all (the first request ever);
   * with a copy, nobody waits. Default 1500 ms: the script is render-blocking.
   */
  timeoutMs?: number;
  /** See `TFetchDeclarationOptions.allowPrivateNetworks`. Default `false`. */
  allowPrivateNetworks?: boolean;
  /**
   * One language only (`?lang=` on the admin's script, already mapped to a Smula locale): the
   * script carries just that language's texts. Absent: every published language. Each language
   * is its own copy (`banner:{siteKey}:{lang}`).
   */
  lang?: string;
  /**
   * Where copies are kept (key `banner:{siteKey}`, or `banner:{siteKey}:{lang}`); default one
   * in-memory map per process. A copy read back with `checkedAt: 0` is known to be outdated (a
   * publish was announced): the request then waits for the admin (at most `timeoutMs`) instead
   * of serving it, and falls back to it on failure.
   */
  cache?: TDeclarationCache;
}

export interface TBannerScriptResult {
  /** The script, or null when there never was a good copy. */
  body: string | null;
  /** A strong validator of `body`, for `ETag`. */
  etag: string | null;
  /**
   * `fresh`: fetched just now (the first request); `cached`: the copy, refreshed in the
   * background when due; `stale`: the copy, and the last refresh failed; `unavailable`: none.
   */
  source: 'fresh' | 'cached' | 'stale' | 'unavailable';
  fetchedAt: number | null;
  /** Why the admin could not be used, for logs; never shown to visitors. */
  error?: string;
}

const DEFAULT_REFRESH_SECONDS = 60;
const DEFAULT_TIMEOUT_MS = 1500;

const SHARED = Symbol.for('smula.cms-plugin.banner-cache');
function sharedCache(): TDeclarationCache {
  const g = globalThis as { [SHARED]?: Map<string, TCachedDeclaration> };
  g[SHARED] ??= new Map();
  return g[SHARED];
}
const inFlight = new Map<string, Promise<TCachedDeclaration>>();

/** The cache key of a site's banner script: the site (and language), never the admin URL. */
export const bannerCacheKey = (siteKey: string, lang?: string) =>
  lang ? `banner:${siteKey}:${lang}` : `banner:${siteKey}`;

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/;

/**
 * The site's live banner script (`{admin}/b/{siteKey}.js`), for serving it from the site's
 * own origin. Stale-while-revalidate: once there is a copy, it is returned at once and
 * refreshed in the background when older than `refreshSeconds`, so a slow or hanging admin
 * never delays a page; a failed refresh keeps the copy (and is retried once per window). Only
 * the very first request, with no copy anywhere, waits for the admin, at most `timeoutMs`.
 * Never throws.
 *
 * The script is passed on as the admin serves it (the admin bakes its own consent endpoint
 * into it, so the banner still records consent there): the same trust as a direct script tag,
 * which is why the admin URL has the same rules (https, public addresses, no redirects).
 */
export async function fetchBannerScript(
  options: TFetchBannerScriptOptions,
): Promise<TBannerScriptResult> {
  let url: string;
  // Anything not shaped like a language tag is dropped, not passed on or used as a key.
  const lang = options.lang && LANGUAGE_TAG.test(options.lang) ? options.lang : undefined;
  try {
    url = bannerScriptUrl(options);
    if (lang) url += `?lang=${encodeURIComponent(lang)}`;
  } catch (err) {
    const error = err instanceof SmulaConfigError ? err.message : String(err);
    return { body: null, etag: null, source: 'unavailable', fetchedAt: null, error };
  }
  const key = bannerCacheKey(options.siteKey, lang);
  const cache = options.cache ?? sharedCache();
  const windowMs = Math.max(0, options.refreshSeconds ?? DEFAULT_REFRESH_SECONDS) * 1000;

  let cached: TCachedDeclaration | undefined;
  try {
    cached = await cache.get(key);
  } catch {
    cached = undefined;
  }
  const refreshing = () => {
    let pending = inFlight.get(key);
    if (!pending) {
      pending = refresh(url, key, cached, cache, options).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };

  // checkedAt 0: a publish made this copy outdated, so wait for the new one (bounded).
  if (typeof cached?.html === 'string' && cached.checkedAt > 0) {
    if (Date.now() - cached.checkedAt >= windowMs) void refreshing();
    return toResult(cached, 'cached');
  }
  const entry = await refreshing();
  return toResult(entry, 'fresh');
}

/**
 * Which language a same-origin banner request may ask for: the page's CMS locale after
 * `localeMapping`, and only one of `allowed` (the CMS's locales and the mapping's targets), so
 * a visitor cannot fill the cache with a copy per made-up tag. Anything else: undefined (the
 * script with every language).
 */
export function bannerLanguage(
  requested: string | null | undefined,
  mapping: Readonly<Record<string, string>>,
  allowed: ReadonlySet<string>,
): string | undefined {
  if (!requested || requested.length > 35) return undefined;
  const lang = Object.hasOwn(mapping, requested) ? mapping[requested] : requested;
  return lang && allowed.has(lang) && LANGUAGE_TAG.test(lang) ? lang : undefined;
}

function toResult(e: TCachedDeclaration, source: 'fresh' | 'cached'): TBannerScriptResult {
  if (e.html === null)
    return { body: null, etag: null, source: 'unavailable', fetchedAt: null, error: e.error };
  const result: TBannerScriptResult = {
    body: e.html,
    etag: e.etag,
    source: e.error ? 'stale' : source,
    fetchedAt: e.fetchedAt,
  };
  if (e.error) result.error = e.error;
  return result;
}

const etagOf = (body: string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

async function refresh(
  url: string,
  key: string,
  cached: TCachedDeclaration | undefined,
  cache: TDeclarationCache,
  options: TFetchBannerScriptOptions,
): Promise<TCachedDeclaration> {
  const checkedAt = Date.now();
  let entry: TCachedDeclaration;
  try {
    const res = await requestAdmin(url, {
      headers: { accept: 'text/javascript, */*;q=0.1' },
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      allowPrivateNetworks: options.allowPrivateNetworks,
    });
    const type = String(res.headers['content-type'] ?? '');
    if (res.status !== 200) throw new Error(describeFailure(res));
    // An HTML error page from a proxy is not a script: keep the last good one instead.
    if (!/javascript|ecmascript/i.test(type) || !res.body.trim())
      throw new Error(`HTTP 200 but not a script (content-type "${type.slice(0, 60)}")`);
    entry = {
      html: res.body,
      etag: etagOf(res.body),
      version: null,
      fetchedAt: checkedAt,
      checkedAt,
    };
  } catch (err) {
    entry = {
      html: cached?.html ?? null,
      etag: cached?.etag ?? null,
      version: null,
      fetchedAt: cached?.fetchedAt ?? null,
      checkedAt,
      error: `Smula banner from ${url}: ${reason(err)}`,
    };
  }
  try {
    await cache.set(key, entry);
  } catch {
    // Keeping the copy failed; this answer is still good.
  }
  return entry;
}
