import { registrableDomain } from '@smula/core/import';

/**
 * The site a host belongs to, for first/third party: its registrable domain by core's small
 * heuristic (last two labels, three under `co.uk`-like suffixes; not the Public Suffix List,
 * so `myshop.github.io` and `shop.test` count alike: a miss makes a first-party host look
 * third-party). An IP address or a single-label host (`localhost`) is its own site.
 */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return h;
  return registrableDomain(h);
}

// Files a crawl for pages does not open.
const NOT_PAGES =
  /\.(?:pdf|zip|gz|png|jpe?g|gif|webp|avif|svg|ico|mp4|webm|mp3|wav|css|js|json|xml|txt|docx?|xlsx?|pptx?)$/i;

/** An http(s) URL without its fragment, or undefined for anything else (mailto:, javascript:). */
export function pageUrl(href: string, base?: string): string | undefined {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  if (NOT_PAGES.test(u.pathname)) return undefined;
  u.hash = '';
  return u.href;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * The `<loc>` entries of a sitemap (`urls`) or of a sitemap index (`sitemaps`). A regular
 * expression is enough for the two flat formats the protocol defines; CDATA and the five XML
 * entities are read.
 */
export function parseSitemap(xml: string): { urls: string[]; sitemaps: string[] } {
  const locs = [
    ...xml.matchAll(/<(?:\w+:)?loc>\s*(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?\s*<\/(?:\w+:)?loc>/g),
  ].map((m) =>
    (m[1] ?? '').trim().replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!),
  );
  return /<(?:\w+:)?sitemapindex[\s>]/.test(xml)
    ? { urls: [], sitemaps: locs }
    : { urls: locs, sitemaps: [] };
}
