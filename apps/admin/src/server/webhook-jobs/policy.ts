import { assertPublicHost, checkUrl, type TNetPolicy, UnsafeUrlError } from '@smula/scanner/net';
import { env } from '~/env';
import { publicBaseUrl } from '../public-url';

/**
 * Where webhooks may go (SSRF, issue 20): http(s) only, never the admin's own host, never
 * loopback or private ranges unless SMULA_WEBHOOK_ALLOW_PRIVATE=1. Checked when an endpoint is
 * saved, for the editor's sake, and again on the address dialled at every attempt (a name may
 * resolve elsewhere by then).
 */
export function webhookNetPolicy(): TNetPolicy {
  const own = new URL(publicBaseUrl()).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return { allowPrivate: env.SMULA_WEBHOOK_ALLOW_PRIVATE === '1', deniedHosts: [own] };
}

/** Checks a webhook URL; throws `UnsafeUrlError` with a message fit for the editor. */
export async function checkWebhookUrl(
  raw: string,
  policy: TNetPolicy = webhookNetPolicy(),
): Promise<URL> {
  const url = checkUrl(raw, policy);
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  try {
    await assertPublicHost(host, policy);
  } catch (err) {
    if (err instanceof UnsafeUrlError) throw err;
    throw new UnsafeUrlError(`${host} could not be resolved (${(err as Error).message}).`, raw);
  }
  return url;
}
