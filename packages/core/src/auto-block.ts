import { isHostLike, sameSite } from './import/hosts.js';
import type { TConfigContent } from './model.js';

/**
 * A declared host as the banner compares it: lower-case, no leading dot (a cookie domain
 * `.doubleclick.net` covers its subdomains anyway), no port. Undefined when it is not a host.
 */
function normaliseHost(raw: string): string | undefined {
  const h = raw
    .trim()
    .toLowerCase()
    .replace(/^\*?\.+/, '')
    .replace(/:\d+$/, '');
  return isHostLike(h) ? h : undefined;
}

/**
 * The host → categories map the banner's automatic blocking works from, built at publish time
 * from the declaration's storage items (each names the host that sets or reads it, its vendor
 * and its category).
 *
 * - Hosts of the site itself (same registrable domain as one of `site.domains`) are never
 *   blocked: first-party scripts carry the site, and its consent is the banner's own business.
 * - A host that any item in a required (necessary) category names is left out: the declaration
 *   says the site needs it to work, so it must load before any decision.
 * - A host several items name in different optional categories needs all of them, so the value
 *   lists every key (sorted, space-separated: the `data-category` format the banner restores).
 *
 * Keys and values are sorted so that the same declaration gives the same bytes.
 *
 * @example
 * autoBlockMap(content) // { "connect.facebook.net": "marketing", "www.youtube.com": "marketing preferences" }
 */
export function autoBlockMap(content: TConfigContent): Record<string, string> {
  const required = new Set(content.categories.filter((c) => c.required).map((c) => c.key));
  const known = new Set(content.categories.map((c) => c.key));
  const own = content.site.domains.map((d) => normaliseHost(d)).filter((d) => d !== undefined);
  const needs = new Map<string, Set<string>>();
  const keep = new Set<string>();
  for (const item of content.items) {
    const host = item.host && normaliseHost(item.host);
    if (!host || own.some((d) => sameSite(d, host))) continue;
    if (required.has(item.category)) keep.add(host);
    else if (known.has(item.category)) {
      const set = needs.get(host) ?? new Set<string>();
      set.add(item.category);
      needs.set(host, set);
    }
  }
  const map: Record<string, string> = {};
  for (const host of [...needs.keys()].sort())
    if (!keep.has(host)) map[host] = [...needs.get(host)!].sort().join(' ');
  return map;
}
