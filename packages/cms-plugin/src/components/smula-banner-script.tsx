import { bannerScriptUrl, mapLocale, SmulaConfigError } from '../helpers/index.js';
import type { TSmulaSettings } from '../settings.js';

type TProps = {
  settings: Pick<TSmulaSettings, 'enabled' | 'adminUrl' | 'siteKey'> &
    Partial<Pick<TSmulaSettings, 'allowHttpLocalhost' | 'bannerPath' | 'localeMapping'>>;
  /**
   * The page's (CMS) locale, e.g. Payload's `locale`: the banner then carries only that
   * language (`?lang=`, after `localeMapping`) and shows it whatever the browser prefers.
   * Absent: every published language, chosen by the visitor's browser.
   */
  locale?: string | null;
};

/**
 * The banner's `<script>`: render it as the first child of `<head>` in the site's root layout.
 * Synchronous on purpose: it must run before any script that could set a cookie. Renders
 * nothing when Smula is turned off or not configured yet (and says why in the server log).
 *
 * With settings from `getSmulaSettings` the tag points at the plugin's route on this site
 * (`/api/smula/banner.js`, same-origin: no extra DNS/TLS on the critical path, and a down admin
 * cannot hold the page); with `bannerSource: 'direct'` (or settings without `bannerPath`) at
 * the admin's `/b/{siteKey}.js`.
 */
export function SmulaBannerScript({ settings, locale }: TProps) {
  if (!settings.enabled) return null;
  let src: string;
  try {
    // Checked here again, not only when saved: a stored value is not trusted. Also for the
    // same-origin route, which would otherwise answer every page with an error.
    src = bannerScriptUrl({
      adminUrl: settings.adminUrl ?? '',
      siteKey: settings.siteKey ?? '',
      allowHttpLocalhost: settings.allowHttpLocalhost === true,
    });
  } catch (err) {
    warnOnce(err instanceof SmulaConfigError ? err.message : String(err));
    return null;
  }
  if (settings.bannerPath) src = settings.bannerPath;
  // A language tag or the mapping's value only (mapLocale drops anything else).
  const lang = mapLocale(locale ?? undefined, settings.localeMapping);
  if (lang) src += `?lang=${encodeURIComponent(lang)}`;
  // React escapes the attribute; the URL itself was validated (https only) above, or is our own path.
  return <script src={src} data-smula-banner="" />;
}

const warned = new Set<string>();
function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[smula] No banner: ${message}`);
}
