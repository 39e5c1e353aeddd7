import { assertPublicHost, checkUrl, type TNetPolicy, UnsafeUrlError } from '@smula/scanner/net';
import { env } from '~/env';
import { publicBaseUrl } from '../public-url';

/**
 * The network rules of server-side scans (issue 14, SSRF): never the admin's own host, never
 * loopback or private ranges unless SMULA_SCAN_ALLOW_PRIVATE=1 (tests, intranet sites).
 */
export function scanNetPolicy(): TNetPolicy {
  const own = new URL(publicBaseUrl()).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return { allowPrivate: env.SMULA_SCAN_ALLOW_PRIVATE === '1', deniedHosts: [own] };
}

/** A declared domain as a bare host name: `*.shop.se:8080` → `shop.se`. */
const bareDomain = (domain: string) =>
  domain.trim().toLowerCase().replace(/^\*\./, '').replace(/:\d+$/, '');

/** Whether a host is one of the declared domains or below one (www.shop.se under shop.se). */
export function onDeclaredDomain(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase();
  return domains.map(bareDomain).some((d) => d !== '' && (h === d || h.endsWith(`.${d}`)));
}

/** Where a scan starts when the editor does not say: the first declared domain's home page. */
export function defaultScanUrl(domains: readonly string[]): string | null {
  const first = domains[0]?.trim().toLowerCase().replace(/^\*\./, '');
  return first ? `https://${first}/` : null;
}

/**
 * Checks a start URL for a server-side scan: http(s), on one of the site's declared domains,
 * not the admin's own host, and (unless allowed) resolving only to public addresses. Throws
 * `UnsafeUrlError` with a message for the editor.
 */
export async function checkScanTarget(
  raw: string,
  domains: readonly string[],
  policy: TNetPolicy = scanNetPolicy(),
): Promise<URL> {
  const url = checkUrl(raw, policy);
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (!onDeclaredDomain(host, domains))
    throw new UnsafeUrlError(
      `${host} is not on the site's domains (${domains.join(', ') || 'none declared'}). Add it under Settings → Domains first.`,
      raw,
    );
  await assertPublicHost(host, policy);
  return url;
}
