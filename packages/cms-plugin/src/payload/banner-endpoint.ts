import type { Config, Endpoint } from 'payload';
import {
  bannerLanguage,
  fetchBannerScript,
  type TFetchBannerScriptOptions,
} from '../helpers/index.js';
import type { TSmulaPluginOptions, TSmulaSettings } from '../settings.js';
import { BANNER_PATH } from './constants.js';
import { getSmulaSettings } from './get-settings.js';
import { isTenantId, tenantsConfig } from './tenants.js';

const js = 'text/javascript; charset=utf-8';

/** The connection and cache part of `fetchBannerScript`'s options, from the settings. */
export function bannerFetchOptions(
  settings: TSmulaSettings,
  options: TSmulaPluginOptions,
): TFetchBannerScriptOptions {
  return {
    adminUrl: settings.adminUrl ?? '',
    siteKey: settings.siteKey ?? '',
    allowHttpLocalhost: settings.allowHttpLocalhost,
    allowPrivateNetworks: settings.allowPrivateNetworks,
    refreshSeconds: settings.revalidateSeconds,
    ...(options.bannerTimeoutMs ? { timeoutMs: options.bannerTimeoutMs } : {}),
    ...(settings.store ? { cache: settings.store } : {}),
  };
}

/**
 * The languages `?lang=` may ask for: the CMS's own locales (Payload's `localization`) and
 * the plugin's `localeMapping` and `defaultLocale`, each as Smula names them. Nothing else,
 * so a made-up tag cannot add a cached copy.
 */
export function cmsLanguages(
  localization: Config['localization'],
  settings: Pick<TSmulaSettings, 'localeMapping' | 'defaultLocale'>,
): Set<string> {
  const out = new Set<string>(Object.values(settings.localeMapping));
  if (settings.defaultLocale) out.add(settings.defaultLocale);
  if (localization)
    for (const l of localization.locales as (string | { code: string })[]) {
      const code = typeof l === 'string' ? l : l.code;
      out.add(settings.localeMapping[code] ?? code);
    }
  return out;
}

/**
 * `GET /api/smula/banner.js[?lang=sv][&tenant=<id>]`: the site's live banner script (with
 * `lang`, one of the CMS's languages, only that language's texts; with `tenant`, that
 * tenant's site, from the key saved on it), served from this site's origin
 * out of a cache refreshed in the background (`fetchBannerScript`), so the render-blocking
 * tag never waits on the admin. 503 (a comment, not cached) only when there never was a copy.
 */
export function bannerEndpoint(options: TSmulaPluginOptions): Endpoint {
  return {
    path: BANNER_PATH,
    method: 'get',
    handler: async (req) => {
      const headers = new Headers({ 'content-type': js, 'x-content-type-options': 'nosniff' });
      // Never a service worker: a script on the site's own origin could otherwise be
      // registered as one and outlive the page (the tag's script needs no such power).
      if (req.headers.get('service-worker')) {
        headers.set('cache-control', 'no-store');
        return new Response('/* not a service worker */\n', { status: 403, headers });
      }
      const params = new URL(req.url ?? '/', 'http://x').searchParams;
      // A tenant's banner: only ever with the key saved on that tenant (a visitor picks a
      // tenant, never a key), and nothing at all without the tenants option.
      const tenant = params.get('tenant');
      if (tenant !== null && !(tenantsConfig(options) && isTenantId(tenant))) {
        headers.set('cache-control', 'no-store');
        return new Response('/* No such tenant */\n', { status: 404, headers });
      }
      const settings = await getSmulaSettings(req.payload, tenant === null ? {} : { tenant });
      if (!settings.enabled) {
        headers.set('cache-control', 'no-store');
        return new Response('/* Smula is turned off on this site */\n', { status: 404, headers });
      }
      const lang = bannerLanguage(
        params.get('lang'),
        settings.localeMapping,
        cmsLanguages(req.payload.config.localization, settings),
      );
      const result = await fetchBannerScript({
        ...bannerFetchOptions(settings, options),
        ...(lang ? { lang } : {}),
      });
      if (result.error) warnOnce(req.payload.logger, result.error);
      if (result.body === null) {
        headers.set('cache-control', 'no-store');
        return new Response('/* The Smula banner is not available yet */\n', {
          status: 503,
          headers,
        });
      }
      // Short: the browser asks again within the refresh window, and gets a 304 when unchanged.
      headers.set('cache-control', 'public, max-age=60, stale-while-revalidate=600');
      if (result.etag) {
        headers.set('etag', result.etag);
        if (req.headers.get('if-none-match') === result.etag)
          return new Response(null, { status: 304, headers });
      }
      headers.set('x-smula-source', result.source);
      return new Response(result.body, { status: 200, headers });
    },
  };
}

// One log line per distinct problem: a down admin must not flood the log on every request.
const warned = new Set<string>();
function warnOnce(logger: { warn: (m: string) => void }, message: string) {
  if (warned.has(message)) return;
  if (warned.size > 100) warned.clear();
  warned.add(message);
  logger.warn(`[smula] ${message} (serving the last good banner if there is one)`);
}
