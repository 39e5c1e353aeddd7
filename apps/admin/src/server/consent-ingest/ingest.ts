import type { BlockList } from 'node:net';
import { consentBodyProblem, ZConsentRecordBodySchema } from '@smula/core/schema';
import { type ConsentWriter, RecordRefusedError, WriterFullError } from '../consent-store/writer';
import type { DatabaseAvailability } from '../db/availability';
import { describeError } from '../db/errors';
import type { TDb } from '../db/types';
import { allowedOrigin } from '../delivery/deliver';
import { clientAddress, truncateIp } from './ip';
import type { RateLimiter } from './rate-limit';
import type { VersionCache } from './versions';

/** The largest body accepted: a record is a few hundred bytes. */
export const MAX_BODY_BYTES = 4096;

/** What the endpoint needs of a request, whatever server received it. */
export interface TIngestRequest {
  method: string;
  contentType: string | null;
  contentLength: string | null;
  /** Reads the body; `null` when it grew past `limit` bytes. */
  readBody: (limit: number) => Promise<string | null>;
  origin: string | null;
  userAgent: string | null;
  /** The TCP peer when the server knows it (the collector), else null (Next). */
  peer: string | null;
  forwardedFor: string | null;
  region: string | null;
}

export interface TIngestResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export interface TIngestDeps {
  db: TDb;
  versions: VersionCache;
  writer: ConsentWriter;
  perIp: RateLimiter;
  perSite: RateLimiter;
  proxies: BlockList;
  /** Answers 503 at once while the database is known to be away (see DatabaseAvailability). */
  availability: DatabaseAvailability;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

function fail(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): TIngestResponse {
  return {
    status,
    headers: { ...JSON_TYPE, ...headers },
    body: JSON.stringify({ error: { code, message } }),
  };
}

/** Preflight for `application/json` posts. The site is unknown until the body is read, so the
 * preflight allows the post and the answer to the post itself decides what the page may read. */
export function consentPreflight(origin: string | null): TIngestResponse {
  return {
    status: 204,
    headers: {
      ...(origin ? { 'access-control-allow-origin': origin } : {}),
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '86400',
      vary: 'Origin',
    },
    body: null,
  };
}

/** The answer while the database is away: nothing was stored, try again after `seconds`. */
function unavailable(seconds: number, headers: Record<string, string> = {}): TIngestResponse {
  return fail(503, 'unavailable', 'The record could not be stored; retry later.', {
    ...headers,
    'retry-after': String(seconds),
  });
}

/** A header value as stored: no NUL, at most `max` characters, never half a surrogate pair. */
function storableHeader(value: string, max: number): string {
  const cut = value.replaceAll('\u0000', '').slice(0, max);
  // Header values arrive as Latin-1 and hold no surrogates; this guards other transports.
  return (cut as unknown as { toWellFormed: () => string }).toWellFormed();
}

/**
 * The endpoint as a server mounts it: method and preflight are answered without the database,
 * and when the database cannot even be opened the client gets the documented 503.
 */
export async function answerConsentRequest(
  loadDeps: () => Promise<TIngestDeps>,
  req: TIngestRequest,
): Promise<TIngestResponse> {
  if (req.method === 'OPTIONS') return consentPreflight(req.origin);
  if (req.method !== 'POST') return methodNotAllowed();
  let deps: TIngestDeps;
  try {
    deps = await loadDeps();
  } catch (err) {
    console.error(`consent endpoint: database not available: ${describeError(err)}`);
    return unavailable(5);
  }
  return ingestConsent(deps, req);
}

function methodNotAllowed(): TIngestResponse {
  return fail(405, 'method_not_allowed', 'Use POST.', { allow: 'POST, OPTIONS' });
}

/**
 * `POST /api/v1/consents`: validates one proof-of-consent record against the version it names,
 * derives what the server decides (time, truncated address, expiry, text hash) and answers only
 * after the row is committed. Every refusal is a specific `{ error: { code, message } }` and
 * stores nothing.
 */
export async function ingestConsent(
  deps: TIngestDeps,
  req: TIngestRequest,
): Promise<TIngestResponse> {
  if (req.method === 'OPTIONS') return consentPreflight(req.origin);
  if (req.method !== 'POST') return methodNotAllowed();

  const type = (req.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'text/plain' && type !== 'application/json')
    return fail(
      415,
      'unsupported_media_type',
      'Send the record as text/plain or application/json.',
    );
  if (Number(req.contentLength ?? 0) > MAX_BODY_BYTES)
    return fail(413, 'payload_too_large', `A record is at most ${MAX_BODY_BYTES} bytes.`);

  const address = clientAddress(req.peer, req.forwardedFor, deps.proxies);
  const ipTruncated = truncateIp(address);
  const ipWait = deps.perIp.hit(ipTruncated ?? 'unknown');
  if (ipWait !== null)
    return fail(429, 'rate_limited', 'Too many records from this network; try again later.', {
      'retry-after': String(ipWait),
    });

  const text = await req.readBody(MAX_BODY_BYTES);
  if (text === null)
    return fail(413, 'payload_too_large', `A record is at most ${MAX_BODY_BYTES} bytes.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const parsed = ZConsentRecordBodySchema.safeParse(json);
  if (!parsed.success) {
    const problem = consentBodyProblem(parsed.error);
    return fail(400, problem.code, problem.message);
  }
  const body = parsed.data;

  // A version this process knows needs no database: while it is away such records are held
  // by the writer (within its bounds) rather than refused here.
  let facts: Awaited<ReturnType<TIngestDeps['versions']['get']>> =
    deps.versions.peek(body.siteKey, body.configVersion) ?? null;
  let known = true;
  if (!facts) {
    const away = deps.availability.retryAfter();
    if (away !== null) return unavailable(away);
    try {
      facts = await deps.versions.get(deps.db, body.siteKey, body.configVersion);
      if (!facts) known = await deps.versions.siteExists(deps.db, body.siteKey);
    } catch (err) {
      deps.availability.failed(err);
      console.error(`consent endpoint: version lookup failed: ${describeError(err)}`);
      return unavailable(deps.availability.retryAfter() ?? 5);
    }
  }
  if (!facts) {
    return known
      ? fail(
          400,
          'unknown_version',
          `Version ${body.configVersion} is not published for this site.`,
        )
      : fail(400, 'unknown_site', 'No site has this key.');
  }
  // Proof of consent comes from the site's own pages. Browsers send `Origin` with every POST,
  // so a record without one, or from another site, did not come from a visitor of this site:
  // refused and nothing stored (a page elsewhere must not fill this site's log).
  if (!req.origin)
    return fail(
      403,
      'origin_required',
      'Records are accepted only from web pages, which send an Origin header.',
      { vary: 'Origin' },
    );
  const cors = allowedOrigin(req.origin, facts.domains);
  if (!cors)
    return fail(
      403,
      'forbidden_origin',
      'Records for this site are accepted only from the domains in its settings.',
      { vary: 'Origin' },
    );
  const corsHeaders: Record<string, string> = {
    'access-control-allow-origin': cors,
    vary: 'Origin',
  };
  const problem = facts.check(body);
  if (problem) return fail(400, problem.code, problem.message, corsHeaders);

  const siteWait = deps.perSite.hit(facts.siteId);
  if (siteWait !== null)
    return fail(429, 'rate_limited', 'Too many records for this site; try again later.', {
      ...corsHeaders,
      'retry-after': String(siteWait),
    });

  const region = req.region?.trim().toUpperCase();
  let outcome: Awaited<ReturnType<ConsentWriter['write']>>;
  try {
    outcome = await deps.writer.write({
      id: body.recordId,
      siteId: facts.siteId,
      consentId: body.consentId,
      action: body.action,
      choices: body.choices,
      configVersion: body.configVersion,
      configHash: body.configHash,
      textHash: facts.textHash(body.locale),
      locale: body.locale,
      gpc: body.gpc,
      pagePath: body.pagePath,
      userAgent: req.userAgent ? storableHeader(req.userAgent, 512) : null,
      ipTruncated,
      region: region && /^[A-Z]{2}$/.test(region) ? region : null,
      model: facts.model(region ?? null),
      clientTime: body.clientTime ? new Date(body.clientTime) : null,
      expiry: (at) => facts.expiry(body.choices, at),
    });
  } catch (err) {
    // The writer has logged what failed (class, code, record ids: never the record's fields).
    if (err instanceof RecordRefusedError)
      return fail(
        400,
        'unstorable_record',
        'The database refused this record’s content; it was not stored.',
        corsHeaders,
      );
    // Held as long as allowed, or not taken because the writer already holds its maximum:
    // nothing was stored, and the banner keeps the record queued in the browser.
    if (err instanceof WriterFullError) return unavailable(5, corsHeaders);
    deps.availability.failed(err);
    return unavailable(deps.availability.retryAfter() ?? 5, corsHeaders);
  }
  deps.availability.succeeded();
  return {
    status: outcome === 'stored' ? 201 : 200,
    headers: { ...JSON_TYPE, ...corsHeaders },
    body: JSON.stringify({
      recordId: body.recordId,
      stored: true,
      duplicate: outcome === 'duplicate',
    }),
  };
}
