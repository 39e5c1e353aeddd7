import {
  fetchDeclaration,
  mapLocale,
  type TDeclarationCache,
  type TDeclarationResult,
} from '../helpers/index.js';
import type { TSmulaSettings } from '../settings.js';

const UNAVAILABLE: Record<string, string> = {
  en: 'The list of cookies cannot be shown right now. Please try again later.',
  sv: 'Listan över kakor kan inte visas just nu. Försök igen senare.',
};

type TProps = {
  settings: TSmulaSettings;
  /** The page's (CMS) locale; mapped with `settings.localeMapping`. */
  locale?: string | null;
  /** Shown when no copy of the declaration could ever be fetched. */
  unavailableText?: string;
  /** Default: `settings.store` (the plugin's collection, with `getSmulaSettings`), else memory. */
  cache?: TDeclarationCache;
};

/**
 * The site's cookie declaration from the live published version in Smula, rendered on the
 * server: the policy page is complete with JavaScript off and indexable. Cached for
 * `settings.revalidateSeconds`; when the admin is down the last good copy is shown, and when
 * there never was one a short notice (never an error page, never a stack trace).
 *
 * Render it in a dynamic route (`export const dynamic = 'force-dynamic'` in Next.js) so the
 * revalidation window applies per request rather than per build.
 */
export async function SmulaDeclaration({ settings, locale, unavailableText, cache }: TProps) {
  if (!settings.enabled) return null;
  const wanted =
    mapLocale(locale ?? undefined, settings.localeMapping) ?? settings.defaultLocale ?? undefined;
  let result: TDeclarationResult;
  try {
    result = await fetchDeclaration({
      adminUrl: settings.adminUrl ?? '',
      siteKey: settings.siteKey ?? '',
      allowHttpLocalhost: settings.allowHttpLocalhost,
      allowPrivateNetworks: settings.allowPrivateNetworks,
      revalidateSeconds: settings.revalidateSeconds,
      ...(wanted ? { locale: wanted } : {}),
      ...(cache ? { cache } : settings.store ? { cache: settings.store } : {}),
    });
  } catch (err) {
    // fetchDeclaration does not throw; this guards the promise that the page never breaks.
    result = {
      html: null,
      source: 'unavailable',
      version: null,
      fetchedAt: null,
      error: String(err),
    };
  }
  if (result.error) warnOnce(result.error);
  if (result.html === null) {
    const lang = (wanted ?? 'en').slice(0, 2).toLowerCase();
    return (
      <p className="smula-unavailable" data-smula-source="unavailable" role="status">
        {unavailableText ?? UNAVAILABLE[lang] ?? UNAVAILABLE.en}
      </p>
    );
  }
  return (
    <div
      className="smula-declaration-host"
      data-smula-source={result.source}
      // fetchDeclaration has reduced the fetched HTML to core's renderer output (its tags and
      // attributes only, every text escaped again): nothing the admin URL serves gets through.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by fetchDeclaration (see above)
      dangerouslySetInnerHTML={{ __html: result.html }}
    />
  );
}

// One log line per distinct problem: a down admin must not flood the log on every request.
const warned = new Set<string>();
function warnOnce(message: string) {
  if (warned.has(message)) return;
  if (warned.size > 100) warned.clear();
  warned.add(message);
  console.warn(`[smula] ${message} (showing the last good copy if there is one)`);
}
