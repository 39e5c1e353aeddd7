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
  /**
   * Render nothing while Next.js's draft mode is on: Payload's live preview and preview routes
   * turn it on (after checking the Payload user), so editors are not shown, and do not
   * dismiss, the banner inside the preview frame. Default `true`; `false` keeps the banner there.
   */
  hideInDraftMode?: boolean;
};

/**
 * The banner's `<script>`: render it as the first child of `<head>` in the site's root layout.
 * A synchronous script on purpose: it must run before any script that could set a cookie.
 * Renders nothing when Smula is turned off or not configured yet (and says why in the server
 * log), and, unless `hideInDraftMode` is false, under Next.js's draft mode (live preview).
 *
 * With settings from `getSmulaSettings` the tag points at the plugin's route on this site
 * (`/api/smula/banner.js`, same-origin: no extra DNS/TLS on the critical path, and a down admin
 * cannot hold the page); with `bannerSource: 'direct'` (or settings without `bannerPath`) at
 * the admin's `/b/{siteKey}.js`.
 */
export async function SmulaBannerScript({ settings, locale, hideInDraftMode = true }: TProps) {
  if (!settings.enabled) return null;
  if (hideInDraftMode && (await isDraftMode())) return null;
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
  // The route's path may already carry `?tenant=`.
  if (lang) src += `${src.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
  // React escapes the attribute; the URL itself was validated (https only) above, or is our own path.
  return <script src={src} data-smula-banner="" />;
}

const warned = new Set<string>();
function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[smula] No banner: ${message}`);
}

/**
 * Whether Next.js's draft mode is on for this request. Not Next (no `next/headers`), or
 * outside a request (a static build, a test): false. Next's own control-flow errors (they
 * carry a `digest`) are rethrown, so a static/dynamic bailout still works.
 *
 * @see https://nextjs.org/docs/app/api-reference/functions/draft-mode
 */
async function isDraftMode(): Promise<boolean> {
  let headers: { draftMode: () => Promise<{ isEnabled: boolean }> };
  try {
    // With the extension: Node's own ESM resolution needs it (next has no exports map).
    headers = await import('next/headers.js');
  } catch {
    return false;
  }
  try {
    return (await headers.draftMode()).isEnabled === true;
  } catch (err) {
    if (err && typeof err === 'object' && 'digest' in err) throw err;
    return false;
  }
}
