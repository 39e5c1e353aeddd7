/**
 * Where a site's Smula lives: the admin's base URL and the site's public key. Everything the
 * plugin puts into a page or a request URL is built here, from validated parts only.
 */

/** The connection to one site in one Smula admin. */
export interface TSmulaConnection {
  /** Base URL of the Smula admin (or of a CDN holding its static export), e.g. `https://consent.example.se`. */
  adminUrl: string;
  /** The site's public key, shown on the site's page in the admin. */
  siteKey: string;
  /**
   * Accept a plain `http://` admin URL on `localhost`, `127.0.0.1` or `[::1]` (an admin on
   * the developer's own machine). Default `false`: https only.
   */
  allowHttpLocalhost?: boolean;
}

/** A setting that cannot work, with a message meant for the person who wrote it. */
export class SmulaConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SmulaConfigError';
  }
}

// The admin's own rule for keys (apps/admin delivery): anything else can never be a site.
const SITE_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/** True when `key` has the shape of a Smula site key. */
export function isSiteKey(key: unknown): key is string {
  return typeof key === 'string' && SITE_KEY.test(key);
}

// As `URL` spells them (it canonicalises 127.1, 0x7f.0.0.1 and [0:0::1] to these).
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The admin URL without a trailing slash, or a `SmulaConfigError`. Only `https:` is accepted:
 * the URL ends up in a `<script src>` on every page, so `javascript:` and friends must never
 * get through, and over plain http anyone on the network path could swap the banner for their
 * own script. Plain `http:` passes only for `localhost`, `127.0.0.1` and `[::1]`, and only with
 * `allowHttpLocalhost` (development).
 *
 * Called wherever a URL is used, not only where it is entered: a value stored before these
 * rules (or written to the database directly) is checked again on its way into a page.
 */
export function normalizeAdminUrl(
  url: unknown,
  options: { allowHttpLocalhost?: boolean | undefined } = {},
): string {
  if (typeof url !== 'string' || !url.trim())
    throw new SmulaConfigError('The Smula admin URL is not set.');
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new SmulaConfigError(`The Smula admin URL "${url}" is not a valid URL.`);
  }
  if (parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname)) {
    if (!options.allowHttpLocalhost)
      throw new SmulaConfigError(
        `The Smula admin URL must start with https:// (got "${url}"). A plain http:// admin on this machine needs the allowHttpLocalhost option, for development only.`,
      );
  } else if (parsed.protocol !== 'https:')
    throw new SmulaConfigError(`The Smula admin URL must start with https:// (got "${url}").`);
  if (parsed.search || parsed.hash || parsed.username || parsed.password)
    throw new SmulaConfigError(
      `The Smula admin URL must be a plain base URL without query, fragment or credentials (got "${url}").`,
    );
  return parsed.href.replace(/\/+$/, '');
}

/** Validates both parts; throws `SmulaConfigError` with what is wrong. */
export function checkConnectionSettings(c: Partial<TSmulaConnection>): TSmulaConnection {
  const adminUrl = normalizeAdminUrl(c.adminUrl, { allowHttpLocalhost: c.allowHttpLocalhost });
  if (!c.siteKey) throw new SmulaConfigError('The Smula site key is not set.');
  if (!isSiteKey(c.siteKey))
    throw new SmulaConfigError(
      `"${c.siteKey}" is not a Smula site key (8–64 letters, digits, "-" or "_"). Copy it from the site's page in the admin.`,
    );
  // The flag travels on, so the URL builders' own checks agree with this one.
  return c.allowHttpLocalhost
    ? { adminUrl, siteKey: c.siteKey, allowHttpLocalhost: true }
    : { adminUrl, siteKey: c.siteKey };
}

/** `{admin}/b/{siteKey}.js`: the banner with the live config inlined. */
export function bannerScriptUrl(c: TSmulaConnection): string {
  const { adminUrl, siteKey } = checkConnectionSettings(c);
  return `${adminUrl}/b/${siteKey}.js`;
}

/** `{admin}/api/v1/sites/{siteKey}/config`: the live published config as JSON. */
export function configUrl(c: TSmulaConnection): string {
  const { adminUrl, siteKey } = checkConnectionSettings(c);
  return `${adminUrl}/api/v1/sites/${siteKey}/config`;
}

/** `{admin}/api/v1/sites/{siteKey}/declaration?locale=…`: the declaration as an HTML fragment. */
export function declarationUrl(c: TSmulaConnection, locale?: string): string {
  const { adminUrl, siteKey } = checkConnectionSettings(c);
  const base = `${adminUrl}/api/v1/sites/${siteKey}/declaration`;
  return locale ? `${base}?locale=${encodeURIComponent(locale)}` : base;
}

/**
 * The Smula locale for a CMS locale: the mapping's entry, else the locale itself when it is a
 * plain language tag, else `fallback`. The admin negotiates further (an unknown locale gets the
 * site's default language), so this only has to translate the CMS's own names.
 *
 * @example mapLocale('sv-SE', { 'sv-SE': 'sv' }) // 'sv'
 */
export function mapLocale(
  locale: string | undefined,
  mapping: Readonly<Record<string, string>> = {},
  fallback?: string,
): string | undefined {
  if (locale && Object.hasOwn(mapping, locale)) return mapping[locale];
  if (locale && /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(locale)) return locale;
  return fallback;
}
