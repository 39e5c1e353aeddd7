import { assertPublicHost, checkUrl, type TNetPolicy } from './net.js';

/**
 * A `scanSite` guard from a network policy: every request the scanned pages make must be an
 * http(s) URL whose host is not denied and (unless `allowPrivate`) resolves only to public
 * addresses. Answers are kept per host for a minute: a page makes hundreds of requests to a
 * handful of hosts.
 *
 * Chromium resolves names itself after the guard has answered, so a host that changes its
 * answer between the two (DNS rebinding) is only caught by the guard's own lookup; the docs say
 * so. What the guard stops for certain is a page pointing the browser at a private address or
 * the admin's own host by name or literal.
 */
export function publicRequestGuard(
  policy: TNetPolicy = {},
): (url: string) => Promise<string | null> {
  const cache = new Map<string, { at: number; reason: string | null }>();
  return async (url) => {
    let host: string;
    try {
      host = checkUrl(url, { ...policy, allowedHosts: undefined }).hostname;
    } catch (err) {
      return (err as Error).message;
    }
    const hit = cache.get(host);
    if (hit && Date.now() - hit.at < 60_000) return hit.reason;
    const reason = await assertPublicHost(host.replace(/^\[|\]$/g, ''), policy).then(
      () => null,
      (err: unknown) => (err instanceof Error ? err.message : String(err)),
    );
    cache.set(host, { at: Date.now(), reason });
    return reason;
  };
}
