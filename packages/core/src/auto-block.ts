import { isHostLike, sameSite } from './import/hosts.js';
import type { TConfigContent } from './model.js';

/**
 * A declared host as the banner compares it: lower-case, no leading dot (a cookie domain
 * `.doubleclick.net` covers its subdomains anyway), no port. Undefined when it is not a host.
 */
export function normaliseHost(raw: string): string | undefined {
  const h = raw
    .trim()
    .toLowerCase()
    .replace(/^\*?\.+/, '')
    .replace(/:\d+$/, '');
  return isHostLike(h) ? h : undefined;
}

/**
 * Each declared host with the categories and vendor that name it: the hosts of storage items
 * (with the item's category) and the hosts a vendor lists (with its default category, else the
 * categories of its items). Hosts of the site itself are left out.
 */
function declaredHosts(
  content: TConfigContent,
): { host: string; category: string; vendor?: string }[] {
  const own = content.site.domains.map((d) => normaliseHost(d)).filter((d) => d !== undefined);
  const out: { host: string; category: string; vendor?: string }[] = [];
  const add = (raw: string | undefined, category: string, vendor?: string) => {
    const host = raw && normaliseHost(raw);
    if (host && !own.some((d) => sameSite(d, host))) out.push({ host, category, vendor });
  };
  for (const item of content.items) add(item.host, item.category, item.vendor);
  for (const v of content.vendors) {
    const cats = v.defaultCategory
      ? [v.defaultCategory]
      : [...new Set(content.items.filter((i) => i.vendor === v.id).map((i) => i.category))];
    for (const h of v.hosts ?? []) for (const c of cats) add(h, c, v.id);
  }
  return out;
}

/**
 * Hosts of Google's tags that read Consent Mode themselves (gtag.js, GTM, Analytics, Ads and
 * Floodlight). In advanced mode the site asks for them to load before consent and send
 * cookieless pings, so automatic blocking must let them through; Consent Mode's denied defaults
 * keep them from storing anything. Other Google hosts (YouTube, Maps, fonts) ignore Consent Mode
 * and stay blocked.
 */
const GOOGLE_TAG_DOMAINS = [
  'googletagmanager.com',
  'google-analytics.com',
  'analytics.google.com',
  'googleadservices.com',
  'doubleclick.net',
];

function isGoogleTagHost(host: string): boolean {
  return GOOGLE_TAG_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * The host → categories map the banner's automatic blocking works from, built at publish time
 * from the declaration's storage items (each names the host that sets or reads it, its vendor
 * and its category) and the hosts vendors list (`TVendor.hosts`, under the vendor's default
 * category, else its items' categories).
 *
 * - Hosts of the site itself (same registrable domain as one of `site.domains`) are never
 *   blocked: first-party scripts carry the site, and its consent is the banner's own business.
 * - A host that any item in a required (necessary) category names is left out: the declaration
 *   says the site needs it to work, so it must load before any decision.
 * - With Google Consent Mode in advanced mode, Google's own tag hosts are left out (see
 *   `GOOGLE_TAG_DOMAINS`): advanced mode means they load and wait for the consent signals.
 * - A host several items name in different optional categories needs all of them, so the value
 *   lists every key (sorted, space-separated: the `data-category` format the banner restores).
 *
 * Keys and values are sorted so that the same declaration gives the same bytes.
 *
 * @example
 * autoBlockMap(content) // { "connect.facebook.net": "marketing", "www.youtube.com": "marketing preferences" }
 */
export function autoBlockMap(content: TConfigContent): Record<string, string> {
  const gcm = content.site.googleConsentMode;
  const advanced = gcm.enabled && gcm.mode === 'advanced';
  const required = new Set(content.categories.filter((c) => c.required).map((c) => c.key));
  const known = new Set(content.categories.map((c) => c.key));
  const needs = new Map<string, Set<string>>();
  const keep = new Set<string>();
  for (const { host, category } of declaredHosts(content)) {
    if (required.has(category)) keep.add(host);
    else if (known.has(category)) {
      const set = needs.get(host) ?? new Set<string>();
      set.add(category);
      needs.set(host, set);
    }
  }
  const map: Record<string, string> = {};
  for (const host of [...needs.keys()].sort())
    if (!keep.has(host) && !(advanced && isGoogleTagHost(host)))
      map[host] = [...needs.get(host)!].sort().join(' ');
  return map;
}

/**
 * Host → the vendor that serves it, for the hosts of {@link autoBlockMap}: the banner's
 * click-to-load placeholders name it. A vendor's own `hosts` win over an item's vendor.
 */
export function autoBlockVendors(content: TConfigContent): Record<string, string> {
  const map = autoBlockMap(content);
  const out: Record<string, string> = {};
  const hosts = declaredHosts(content);
  // Items first, vendors' own hosts after: the later assignment wins.
  for (const { host, vendor } of hosts) if (vendor && map[host]) out[host] = vendor;
  return out;
}
