/**
 * Everything a visitor's browser or a CMS asks of Smula, as one function from a request to an
 * answer. The admin's route handlers and `smula public` both call it, so the two answer with
 * the same bytes and headers by construction (and a shared test table checks it).
 */
import { answerConsentRequest, type TIngestDeps } from '../consent-ingest/ingest';
import type { TDb } from '../db/types';
import { deliver, type TDeliveryCaches, type TDeliveryKind } from '../delivery/deliver';

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

export type TPublicRoute = 'script' | 'config' | 'declaration' | 'consents' | 'not_found';

export interface TPublicDeps {
  db: () => Promise<TDb>;
  ingest: () => Promise<TIngestDeps>;
  /** The base URL baked into scripts as the consent endpoint: configuration, never the Host. */
  publicUrl: string;
  /** Header with the visitor's country set by the edge (`SMULA_REGION_HEADER`). */
  regionHeader?: string;
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
const SITE_READ = /^\/api\/v1\/sites\/([^/]+)\/(config|declaration)$/;

/**
 * Routes and answers one public request: `GET /b/{key}.js`, `/b/{key}@{n}.js`,
 * `/api/v1/sites/{key}/config`, `/api/v1/sites/{key}/declaration`, `POST /api/v1/consents`.
 * HEAD answers as GET (the server drops the body).
 */
export async function answerPublicRequest(
  deps: TPublicDeps,
  req: TPublicRequest,
): Promise<TPublicAnswer> {
  const { path } = req;
  if (path === '/api/v1/consents') {
    const region = deps.regionHeader ? req.header(deps.regionHeader.toLowerCase()) : null;
    const out = await answerConsentRequest(deps.ingest, {
      method: req.method,
      contentType: req.header('content-type'),
      contentLength: req.header('content-length'),
      readBody: req.readBody,
      origin: req.header('origin'),
      userAgent: req.header('user-agent'),
      peer: req.peer,
      forwardedFor: req.header('x-forwarded-for'),
      region,
    });
    return { ...out, route: 'consents' };
  }
  let kind: TDeliveryKind;
  let siteKey: string;
  let version: string | null;
  const script = path.startsWith('/b/') ? SCRIPT.exec(path) : null;
  const read = script ? null : SITE_READ.exec(path);
  if (script) {
    kind = 'script';
    siteKey = script[1]!;
    version = script[2] ?? null;
  } else if (read) {
    kind = read[2] as TDeliveryKind;
    siteKey = safeDecode(read[1]!);
    version = req.query.get('version');
  } else if (path.startsWith('/b/')) {
    return notFound('Use /b/{siteKey}.js or /b/{siteKey}@{version}.js.');
  } else {
    return notFound('No such public endpoint.');
  }
  if (req.method === 'OPTIONS') return readPreflight(req.header('origin'), kind);
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return methodNotAllowed(kind, 'GET, HEAD, OPTIONS');
  const request = {
    kind,
    siteKey,
    version,
    locale: kind === 'declaration' ? req.query.get('locale') : null,
    origin: req.header('origin'),
    ifNoneMatch: req.header('if-none-match'),
    acceptEncoding: req.header('accept-encoding'),
    publicUrl: deps.publicUrl,
    // The script follows the visitor's region (issue 19) when the operator names its header.
    ...(kind === 'script' && deps.regionHeader
      ? {
          region: {
            header: deps.regionHeader,
            country: req.header(deps.regionHeader.toLowerCase()),
          },
        }
      : {}),
  };
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
      route: kind,
    };
  }
  const out = await deliver(db, request, deps.caches);
  return { ...out, route: kind };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
