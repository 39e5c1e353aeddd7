/**
 * Host names as they appear in declarations: `etjanster.almi.se`, `.nr-data.net`,
 * `community.kicks.se tokywoky.com(for chat only)`. Pure string work: no DNS, no Public Suffix
 * List download (core runs in the browser and must not fetch).
 */

// Second-level labels under which registrations happen one level deeper (`shop.co.uk`). Not the
// Public Suffix List, only the common cases: a miss makes a first-party item look third-party,
// which is the conservative error for a declaration.
const SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gov',
  'ltd',
  'me',
  'net',
  'nhs',
  'or',
  'org',
  'plc',
  'sch',
]);

const HOST_RE = /^\.?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/i;

/** Whether `token` reads as a host name (`files.imbox.io`, `.nr-data.net`), not prose. */
export function isHostLike(token: string): boolean {
  return HOST_RE.test(token);
}

/**
 * The first host-like token in free text, with trailing notes cut off:
 * `community.kicks.se tokywoky.com(for chat only)` → `community.kicks.se`,
 * `cookiebot.com (3rd party)` → `cookiebot.com`. Undefined when there is none.
 */
export function firstHost(text: string): string | undefined {
  for (const token of text.split(/[\s,;/()]+/)) {
    if (isHostLike(token)) return token.toLowerCase();
  }
  return undefined;
}

/** The host of a URL, or undefined when `url` is not one. */
export function hostOfUrl(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return m?.[1]?.toLowerCase();
}

/**
 * The registrable domain ("eTLD+1") of a host by a small heuristic: the last two labels, or three
 * under a known second-level label (`shop.co.uk`). `.etjanster.almi.se` → `almi.se`.
 */
export function registrableDomain(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^\.+|\.+$/g, '')
    .split('.');
  const n = labels.length;
  const keep = n >= 3 && SECOND_LEVEL.has(labels[n - 2] ?? '') ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Whether two hosts share a registrable domain (`gtm.almi.se` and `almi.se` do). */
export function sameSite(a: string, b: string): boolean {
  return registrableDomain(a) === registrableDomain(b);
}

/**
 * First or third party for an imported row the input does not say: by its host against the
 * site's domain when both are known; with no host, a row naming a provider is the provider's,
 * and a row naming neither is the site's own storage.
 */
export function assumedParty(
  host: string | undefined,
  siteDomain: string | undefined,
  hasProvider: boolean,
): 'first' | 'third' {
  if (host) return siteDomain && sameSite(host, siteDomain) ? 'first' : 'third';
  return hasProvider ? 'third' : 'first';
}
