/**
 * Refresh on publish (issue 20): a Payload endpoint that receives the Smula admin's signed
 * webhooks and calls the revalidate hook it is given, so the site shows a new version at once
 * instead of at the end of its polling window. Self-contained: Web Crypto only, no Node APIs,
 * so it runs wherever Payload's endpoints run.
 */
import type { Endpoint, PayloadRequest } from 'payload';

/** Where `smulaWebhookEndpoint` listens by default: `POST /api/smula/webhook`. */
export const WEBHOOK_PATH = '/smula/webhook';
/** How old a signature's timestamp may be, either way, before the request is refused. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/** The event as the admin sends it (docs: Webhooks → Payload). */
export interface TSmulaWebhookEvent {
  id: string;
  type: 'config.published' | 'webhook.test' | (string & {});
  createdAt: string;
  data: {
    siteKey: string;
    version?: number;
    hash?: string;
    publishedAt?: string;
    configUrl?: string;
    rollbackOf?: number | null;
    [key: string]: unknown;
  };
}

export type TSignatureCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'missing' | 'malformed' | 'expired' | 'mismatch' };

const encoder = new TextEncoder();

function hexBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * Checks a `Smula-Signature` header (`t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`)
 * against the endpoint's secret. The comparison is Web Crypto's HMAC verify, which does not
 * stop at the first differing byte (a timing leak would let a forger learn the MAC byte by
 * byte). Any of several `v1` values may match (the header may carry more than one).
 */
export async function verifySmulaSignature(
  secret: string,
  body: string,
  header: string | null | undefined,
  options: { toleranceSeconds?: number; now?: () => number } = {},
): Promise<TSignatureCheck> {
  if (!header) return { ok: false, reason: 'missing' };
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string?]);
  const t = parts.find(([k]) => k === 't')?.[1];
  const macs = parts.filter(([k]) => k === 'v1').map(([, v]) => hexBytes(v ?? ''));
  if (!t || !/^\d{1,12}$/.test(t) || !macs.length) return { ok: false, reason: 'malformed' };
  const timestamp = Number(t);
  const now = (options.now ?? Date.now)() / 1000;
  // Refused when too old (a replay) or too far ahead (a clock to fix).
  const tolerance = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  if (Math.abs(now - timestamp) > tolerance) return { ok: false, reason: 'expired' };
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['verify'],
  );
  const signed = encoder.encode(`${t}.${body}`);
  for (const mac of macs)
    if (mac && (await crypto.subtle.verify('HMAC', key, mac, signed)))
      return { ok: true, timestamp };
  return { ok: false, reason: 'mismatch' };
}

export interface TSmulaWebhookOptions {
  /**
   * The endpoint's secret as the Smula admin showed it (`whsec_…`), or a function that reads
   * it (from the environment, say). Without one every request is refused.
   */
  secret: string | (() => string | undefined);
  /**
   * Called once per verified `config.published` event: drop cached declarations and banner
   * scripts, call Next's `revalidatePath`/`revalidateTag`, purge a CDN. A throw answers 500,
   * and the admin retries.
   */
  revalidate: (event: TSmulaWebhookEvent, req: PayloadRequest) => void | Promise<void>;
  /**
   * Only events for this site key are accepted (others answer 422); a function is asked per
   * request (the plugin reads the key an editor may have saved in the settings global).
   */
  siteKey?:
    | string
    | ((req: PayloadRequest) => string | null | undefined | Promise<string | null | undefined>);
  /** Default `/smula/webhook` (Payload mounts it under `/api`). */
  path?: string;
  toleranceSeconds?: number;
  /** The clock, for tests. */
  now?: () => number;
}

const problem = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status });

/**
 * A Payload endpoint for Smula's webhooks. Add it to `endpoints` in your Payload config and
 * give its URL (`https://cms.example/api/smula/webhook`) and the shown secret to the site's
 * Webhooks tab in the Smula admin.
 *
 * @example
 * endpoints: [smulaWebhookEndpoint({
 *   secret: () => process.env.SMULA_WEBHOOK_SECRET,
 *   revalidate: () => revalidateTag('smula'),
 * })]
 */
export function smulaWebhookEndpoint(options: TSmulaWebhookOptions): Endpoint {
  return {
    path: options.path ?? WEBHOOK_PATH,
    method: 'post',
    handler: async (req) => {
      const secret = typeof options.secret === 'function' ? options.secret() : options.secret;
      if (!secret)
        return problem(503, 'not_configured', 'No webhook secret is configured on this site.');
      const body = (await req.text?.()) ?? '';
      const check = await verifySmulaSignature(
        secret,
        body,
        req.headers?.get('smula-signature'),
        options,
      );
      if (!check.ok)
        return problem(401, `signature_${check.reason}`, 'The webhook signature does not verify.');
      let event: TSmulaWebhookEvent;
      try {
        event = JSON.parse(body) as TSmulaWebhookEvent;
      } catch {
        return problem(400, 'bad_json', 'The body is not JSON.');
      }
      const siteKey =
        typeof options.siteKey === 'function' ? await options.siteKey(req) : options.siteKey;
      if (siteKey && event.data?.siteKey !== siteKey)
        return problem(422, 'other_site', 'This event is about another site.');
      if (event.type === 'config.published') await options.revalidate(event, req);
      return Response.json({ received: event.id, type: event.type });
    },
  };
}
