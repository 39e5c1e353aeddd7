import { requestAdmin, type TAdminResponse } from './admin-request.js';
import {
  declarationUrl,
  mapLocale,
  SmulaConfigError,
  type TSmulaConnection,
} from './connection.js';
import { sanitizeDeclarationHtml } from './sanitize-declaration.js';

/**
 * What a cache keeps for one declaration (or, in `html`, the banner script). Plain JSON, so
 * any store can hold it.
 */
export interface TCachedDeclaration {
  html: string | null;
  etag: string | null;
  version: number | null;
  /** When the admin last answered with this HTML (ms since the epoch), or null if it never did. */
  fetchedAt: number | null;
  /** When we last asked, successfully or not: the revalidation window counts from here. */
  checkedAt: number;
  /** Why the last attempt failed; absent when it succeeded. */
  error?: string;
}

/**
 * Where declarations are kept between requests, keyed by site key and locale
 * (`declaration:{siteKey}:{locale}`), not by URL: a changed admin URL keeps the copy. The
 * default is one in-memory map per process; pass another (a KV store, the Payload plugin's
 * collection) to keep the last good copy across restarts.
 */
export interface TDeclarationCache {
  get(key: string): TCachedDeclaration | undefined | Promise<TCachedDeclaration | undefined>;
  set(key: string, value: TCachedDeclaration): unknown;
}

export interface TFetchDeclarationOptions extends TSmulaConnection {
  /** The page's locale (after `localeMapping`); the admin falls back to the site's default. */
  locale?: string;
  /** CMS locale → Smula locale, e.g. `{ 'sv-SE': 'sv' }`. */
  localeMapping?: Readonly<Record<string, string>>;
  /** How long an answer is used before asking the admin again. Default 60 s. */
  revalidateSeconds?: number;
  /** How long to wait for the admin before using the last good copy. Default 5000 ms. */
  timeoutMs?: number;
  cache?: TDeclarationCache;
  /**
   * Let the fetch reach loopback, private, link-local and other non-public addresses: for an
   * admin on this machine or an internal network. Default `false`.
   */
  allowPrivateNetworks?: boolean;
}

export interface TDeclarationResult {
  /** The declaration HTML fragment, or null when there never was a good copy. */
  html: string | null;
  /**
   * `fresh`: fetched (or confirmed unchanged) just now; `cached`: within the revalidation
   * window; `stale`: the admin could not be asked, this is the last good copy; `unavailable`:
   * no copy at all.
   */
  source: 'fresh' | 'cached' | 'stale' | 'unavailable';
  /** The published version the HTML shows. */
  version: number | null;
  fetchedAt: number | null;
  /** Why the admin could not be used, for logs; never shown to visitors. */
  error?: string;
}

export const DEFAULT_REVALIDATE_SECONDS = 60;
const DEFAULT_TIMEOUT_MS = 5000;

// One map per process even when a bundler loads this module more than once (Next does, per
// route bundle): otherwise each route would keep, and lose, its own copy.
const SHARED = Symbol.for('smula.cms-plugin.declaration-cache');
function sharedCache(): TDeclarationCache {
  const g = globalThis as { [SHARED]?: Map<string, TCachedDeclaration> };
  g[SHARED] ??= new Map();
  return g[SHARED];
}

// Concurrent requests for the same URL share one fetch.
const inFlight = new Map<string, Promise<TCachedDeclaration>>();

/**
 * The site's cookie declaration as an HTML fragment from the Smula admin, for server-side
 * rendering of the cookie policy page. Cached for `revalidateSeconds`; after that the next
 * call asks again (with `If-None-Match`). When the admin is unreachable, slow or answers with
 * an error, the last good copy is returned (`source: 'stale'`), and failures are retried only
 * once per window so a down admin never slows every page. It never throws: a page that shows
 * the declaration must not break because of it.
 *
 * The HTML is treated as untrusted (it comes from whatever the admin URL points at): it is
 * cleaned with `sanitizeDeclarationHtml`, which keeps exactly what core's renderer writes, before
 * it is kept or returned. Copies read back from a `cache` you pass are cleaned again, since such
 * a store may be shared; the default in-process map only ever holds cleaned copies.
 */
export async function fetchDeclaration(
  options: TFetchDeclarationOptions,
): Promise<TDeclarationResult> {
  let url: string;
  let key: string;
  try {
    const locale = mapLocale(options.locale, options.localeMapping);
    url = declarationUrl(options, locale);
    key = declarationCacheKey(options.siteKey, locale);
  } catch (err) {
    const error = err instanceof SmulaConfigError ? err.message : String(err);
    return { html: null, source: 'unavailable', version: null, fetchedAt: null, error };
  }
  const cache = options.cache ?? sharedCache();
  const windowMs = Math.max(0, options.revalidateSeconds ?? DEFAULT_REVALIDATE_SECONDS) * 1000;

  let cached: TCachedDeclaration | undefined;
  try {
    cached = await cache.get(key);
  } catch {
    cached = undefined; // a broken store only costs a fetch
  }
  if (options.cache && typeof cached?.html === 'string')
    cached = { ...cached, html: sanitizeDeclarationHtml(cached.html) };
  if (cached && Date.now() - cached.checkedAt < windowMs) return toResult(cached, 'cached');

  let pending = inFlight.get(url);
  if (!pending) {
    pending = refresh(url, key, cached, cache, options).finally(() => inFlight.delete(url));
    inFlight.set(url, pending);
  }
  const entry = await pending;
  return toResult(entry, entry.error ? 'stale' : 'fresh');
}

/** The cache key of a declaration: the site and the locale asked for, never the admin URL. */
export function declarationCacheKey(siteKey: string, locale: string | undefined): string {
  return `declaration:${siteKey}:${locale ?? ''}`;
}

function toResult(e: TCachedDeclaration, source: 'fresh' | 'cached' | 'stale'): TDeclarationResult {
  if (e.html === null)
    return { html: null, source: 'unavailable', version: null, fetchedAt: null, error: e.error };
  const result: TDeclarationResult = {
    html: e.html,
    source: e.error ? 'stale' : source,
    version: e.version,
    fetchedAt: e.fetchedAt,
  };
  if (e.error) result.error = e.error;
  return result;
}

async function refresh(
  url: string,
  key: string,
  cached: TCachedDeclaration | undefined,
  cache: TDeclarationCache,
  options: TFetchDeclarationOptions,
): Promise<TCachedDeclaration> {
  const checkedAt = Date.now();
  let entry: TCachedDeclaration;
  try {
    const headers: Record<string, string> = { accept: 'text/html' };
    if (cached?.etag && cached.html !== null) headers['if-none-match'] = cached.etag;
    // Not fetch(): no redirects, public addresses only (unless allowed), a bounded body; and
    // Next's data cache stays out of it (we cache ourselves, with the stale fallback it lacks).
    const res = await requestAdmin(url, {
      headers,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      allowPrivateNetworks: options.allowPrivateNetworks,
    });
    if (res.status === 304 && cached) {
      entry = { ...cached, checkedAt, fetchedAt: checkedAt };
      delete entry.error;
    } else if (res.status >= 200 && res.status < 300) {
      const html = sanitizeDeclarationHtml(res.body);
      const etag = res.headers.etag;
      entry = {
        html,
        etag: typeof etag === 'string' ? etag : null,
        version: versionOf(html),
        fetchedAt: checkedAt,
        checkedAt,
      };
    } else {
      throw new Error(describeFailure(res));
    }
  } catch (err) {
    entry = {
      html: cached?.html ?? null,
      etag: cached?.etag ?? null,
      version: cached?.version ?? null,
      fetchedAt: cached?.fetchedAt ?? null,
      checkedAt,
      error: `Smula declaration from ${url}: ${reason(err)}`,
    };
  }
  try {
    await cache.set(key, entry);
  } catch {
    // Keeping the copy failed; this answer is still good.
  }
  return entry;
}

function versionOf(html: string): number | null {
  const m = /data-version="(\d+)"/.exec(html);
  return m ? Number(m[1]) : null;
}

// For the server log only: one line, short, whatever the other side sent.
const oneLine = (s: string) => s.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').slice(0, 200);

/**
 * Why an answer is not a declaration, for the server's log: the admin's
 * `{ error: { code, message } }`, else the status alone; a redirect is named as such.
 */
export function describeFailure(res: TAdminResponse): string {
  if (res.status >= 300 && res.status < 400)
    return `HTTP ${res.status}: a redirect, which is not followed (set the admin URL to where it leads)`;
  try {
    const body = JSON.parse(res.body) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.message === 'string')
      return `HTTP ${res.status} ${oneLine(String(body.error.code))}: ${oneLine(body.error.message)}`;
  } catch {}
  return `HTTP ${res.status}`;
}

/** A one-line reason for a failed request: the network error's code rather than "fetch failed". */
export function reason(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError') return 'no answer in time';
    if (err.name === 'SmulaBlockedAddressError')
      return `${err.message}; set allowPrivateNetworks to connect there`;
    const code =
      (err as { code?: unknown }).code ?? (err as { cause?: { code?: unknown } }).cause?.code;
    if (typeof code === 'string') return `could not connect (${code})`;
    return err.message;
  }
  return String(err);
}
