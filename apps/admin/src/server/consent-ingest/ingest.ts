import type { BlockList } from 'node:net';
import { formatIssues, ZConsentRecordBodySchema } from '@smula/core/schema';
import type { ConsentWriter } from '../consent-store/writer';
import type { TDb } from '../db/client';
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
  if (req.method !== 'POST')
    return fail(405, 'method_not_allowed', 'Use POST.', { allow: 'POST, OPTIONS' });

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
  if (!parsed.success) return fail(400, 'invalid_record', formatIssues(parsed.error).join('; '));
  const body = parsed.data;

  const facts = await deps.versions.get(deps.db, body.siteKey, body.configVersion);
  if (!facts) {
    const known = await deps.versions.siteExists(deps.db, body.siteKey);
    return known
      ? fail(
          400,
          'unknown_version',
          `Version ${body.configVersion} is not published for this site.`,
        )
      : fail(400, 'unknown_site', 'No site has this key.');
  }
  const cors = allowedOrigin(req.origin, facts.domains);
  const corsHeaders: Record<string, string> = cors
    ? { 'access-control-allow-origin': cors, vary: 'Origin' }
    : { vary: 'Origin' };
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
      userAgent: req.userAgent ? req.userAgent.slice(0, 512) : null,
      ipTruncated,
      region: region && /^[A-Z]{2}$/.test(region) ? region : null,
      clientTime: body.clientTime ? new Date(body.clientTime) : null,
      expiry: (at) => facts.expiry(body.choices, at),
    });
  } catch (err) {
    // The cause goes to the server log; the client only learns to retry.
    console.error(
      'consent record not stored:',
      (err as Error).message,
      (err as { cause?: Error }).cause?.message,
    );
    return fail(503, 'unavailable', 'The record could not be stored; retry later.', {
      ...corsHeaders,
      'retry-after': '5',
    });
  }
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
