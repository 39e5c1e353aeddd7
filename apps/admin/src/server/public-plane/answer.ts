/**
 * Everything a visitor's browser or a CMS asks of Smula, as one function from a request to an
 * answer. The admin's route handlers and `smula public` both call it, so the two answer with
 * the same bytes and headers by construction (and a shared test table checks it).
 */
import type { BlockList } from 'node:net';
import { answerConsentRequest, type TIngestDeps } from '../consent-ingest/ingest';
import { clientAddress } from '../consent-ingest/ip';
import type { TDb } from '../db/types';
import {
  deliver,
  deliverFromMemoryKept,
  type TDeliveryCaches,
  type TDeliveryKind,
  type TDeliveryRequest,
} from '../delivery/deliver';
import { type TRegionSource, visitorCountry } from '../geo/country-db';

/** A request as any server hands it over. */
export interface TPublicRequest {
  method: string;
  /** The path without the query, as received (`/b/abc.js`). */
  path: string;
  query: URLSearchParams;
  header: (name: string) => string | null;
  /** Reads the body; `null` when it grew past `limit` bytes. */
  readBody: (limit: number) => Promise<string | null>;
  /** The visitor's TCP peer when the server knows it (null: unknown). */
  peer: string | null;
}

export interface TPublicAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array | null;
  /** Which route answered, for metrics and logs (a fixed set, never the path). */
  route: TPublicRoute;
}

export type TPublicRoute =
  | 'script'
  | 'config'
  | 'declaration'
  | 'detail'
  | 'consents'
  | 'not_found';

export interface TPublicDeps {
  db: () => Promise<TDb>;
  ingest: () => Promise<TIngestDeps>;
  /** The base URL baked into scripts as the consent endpoint: configuration, never the Host. */
  publicUrl: string;
  /**
   * Where the visitor's country comes from (`SMULA_REGION_HEADER`, `SMULA_GEOIP_DB`); absent:
   * unknown, the strictest model. A promise, so the database file opens once, on first use.
   */
  region?: () => Promise<TRegionSource>;
  /** Trusted proxies (`SMULA_TRUSTED_PROXIES`), for the address a country database looks up. */
  proxies?: BlockList;
  caches?: TDeliveryCaches;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function notFound(message: string): TPublicAnswer {
  return {
    status: 404,
    headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' },
    body: JSON.stringify({ error: { code: 'not_found', message } }),
    route: 'not_found',
  };
}

function methodNotAllowed(route: TPublicRoute, allow: string): TPublicAnswer {
  return {
    status: 405,
    headers: { 'content-type': JSON_TYPE, allow },
    body: JSON.stringify({ error: { code: 'method_not_allowed', message: `Use ${allow}.` } }),
    route,
  };
}

/** CORS preflight for the reads: they are simple GETs, so only GET is ever allowed. */
function readPreflight(origin: string | null, route: TPublicRoute): TPublicAnswer {
  return {
    status: 204,
    headers: {
      ...(origin ? { 'access-control-allow-origin': origin } : {}),
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-max-age': '86400',
      vary: 'Origin',
    },
    body: null,
    route,
  };
}

const SCRIPT = /^\/b\/([^/@]+?)(?:@([^/@]*))?\.js$/;
/** The preferences layer's detail of a version in one locale (fetched by the banner). */
const DETAIL = /^\/b\/([^/@]+)@([^/@]+)\.detail\.([^/]+)\.json$/;
const SITE_READ = /^\/api\/v1\/sites\/([^/]+)\/(config|declaration)$/;

/**
 * Routes and answers one public request: `GET /b/{key}.js`, `/b/{key}@{n}.js`,
 * `/b/{key}@{n}.detail.{locale}.json`, `/api/v1/sites/{key}/config`,
 * `/api/v1/sites/{key}/declaration`, `POST /api/v1/consents`.
 * HEAD answers as GET (the server drops the body).
 */
export async function answerPublicRequest(
  deps: TPublicDeps,
  req: TPublicRequest,
): Promise<TPublicAnswer> {
  const source = (await deps.region?.()) ?? {};
  const routed = routePublicRequest(deps, req, source);
  if ('status' in routed) return routed;
  if (routed.kind === 'consents') {
    const out = await answerConsentRequest(deps.ingest, {
      method: req.method,
      contentType: req.header('content-type'),
      contentLength: req.header('content-length'),
      readBody: (limit) => req.readBody(limit),
      origin: req.header('origin'),
      userAgent: req.header('user-agent'),
      peer: req.peer,
      forwardedFor: req.header('x-forwarded-for'),
      region: routed.country,
    });
    return { ...out, route: 'consents' };
  }
  let db: TDb;
  try {
    db = await deps.db();
  } catch {
    return {
      status: 503,
      headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', 'retry-after': '5' },
      body: JSON.stringify({
        error: {
          code: 'unavailable',
          message: 'The answer cannot be read right now; retry later.',
        },
      }),
      route: routed.kind,
    };
  }
  const out = await deliver(db, routed.request, deps.caches);
  return { ...out, route: routed.kind };
}

/**
 * {@link answerPublicRequest} without waiting: the answer when it needs nothing but memory (a
 * warmed site's script, config, declaration or detail), `undefined` otherwise. `source` is the
 * region source the deps resolve to. Same function underneath, so the same bytes and headers.
 */
export function answerPublicRequestNow(
  deps: TPublicDeps,
  req: TPublicRequest,
  source: TRegionSource,
): TPublicAnswer | undefined {
  return answerPublicRequestKept(deps, req, source)?.answer;
}

/**
 * {@link answerPublicRequestNow} with `current()` from the delivery caches (see
 * deliverFromMemoryKept): while it is true, the same request gets the same answer.
 */
export function answerPublicRequestKept(
  deps: TPublicDeps,
  req: TPublicRequest,
  source: TRegionSource,
): { answer: TPublicAnswer; current?: () => boolean } | undefined {
  const routed = routePublicRequest(deps, req, source);
  if ('status' in routed) return { answer: routed };
  if (routed.kind === 'consents') return undefined;
  const out = deliverFromMemoryKept(routed.request, deps.caches);
  return out && { answer: { ...out.answer, route: routed.kind }, current: out.current };
}

type TRouted =
  | TPublicAnswer
  | { kind: 'consents'; country: string | null }
  | { kind: TDeliveryKind; request: TDeliveryRequest };

/** Which endpoint a request is for, with its delivery request; or the answer when that is all. */
function routePublicRequest(
  deps: TPublicDeps,
  req: TPublicRequest,
  source: TRegionSource,
): TRouted {
  const { path } = req;
  if (path === '/api/v1/consents')
    return { kind: 'consents', country: countryOf(deps, req, source) };
  let kind: TDeliveryKind;
  let siteKey: string;
  let version: string | null;
  let locale: string | null = null;
  const detail = path.startsWith('/b/') ? DETAIL.exec(path) : null;
  const script = path.startsWith('/b/') && !detail ? SCRIPT.exec(path) : null;
  const read = script || detail ? null : SITE_READ.exec(path);
  if (detail) {
    kind = 'detail';
    siteKey = detail[1]!;
    version = detail[2]!;
    locale = detail[3]!;
  } else if (script) {
    kind = 'script';
    siteKey = script[1]!;
    version = script[2] ?? null;
  } else if (read) {
    kind = read[2] as TDeliveryKind;
    siteKey = safeDecode(read[1]!);
    version = req.query.get('version');
  } else if (path.startsWith('/b/')) {
    return notFound(
      'Use /b/{siteKey}.js, /b/{siteKey}@{version}.js or /b/{siteKey}@{version}.detail.{locale}.json.',
    );
  } else {
    return notFound('No such public endpoint.');
  }
  if (req.method === 'OPTIONS') return readPreflight(req.header('origin'), kind);
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return methodNotAllowed(kind, 'GET, HEAD, OPTIONS');
  return {
    kind,
    request: {
      kind,
      siteKey,
      version,
      // A script's `?lang=` asks for one language's texts only (a CMS knows its page's language).
      locale:
        kind === 'declaration'
          ? req.query.get('locale')
          : kind === 'script'
            ? req.query.get('lang')
            : locale,
      origin: req.header('origin'),
      ifNoneMatch: req.header('if-none-match'),
      acceptEncoding: req.header('accept-encoding'),
      publicUrl: deps.publicUrl,
      // The script follows the visitor's region (issue 19) when the operator gives a source:
      // shared caches key on the header, and never keep a copy chosen by the visitor's address.
      ...(kind === 'script' && (source.header || source.lookup)
        ? {
            region: {
              header: source.header ?? null,
              country: countryOf(deps, req, source),
              private: !!source.lookup,
            },
          }
        : {}),
    },
  };
}

/** The visitor's country from the operator's source (header, else country database), if any. */
function countryOf(deps: TPublicDeps, req: TPublicRequest, source: TRegionSource): string | null {
  return visitorCountry(
    source,
    (name) => req.header(name),
    () =>
      deps.proxies ? clientAddress(req.peer, req.header('x-forwarded-for'), deps.proxies) : null,
  ).country;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
