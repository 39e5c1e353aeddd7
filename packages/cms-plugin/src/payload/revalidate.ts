import type { Payload } from 'payload';
import { fetchBannerScript } from '../helpers/index.js';
import type { TSmulaPluginOptions } from '../settings.js';
import { bannerFetchOptions } from './banner-endpoint.js';
import { getSmulaSettings } from './get-settings.js';
import { markSmulaCopiesOutdated } from './payload-store.js';

/**
 * What the plugin's webhook endpoint does on `config.published`: marks this site's copies of
 * the banner and the declarations outdated (the next policy page asks the admin at once) and
 * fetches the banner scripts this process serves now, so no visitor gets the old one or waits.
 * Only this process's memory is refreshed: with several server processes behind a balancer,
 * the others ask the admin when their window ends (or when their copy is read from the
 * database after this point). Returns the number of banner copies refreshed.
 */
export async function revalidateSmulaCopies(
  payload: Payload,
  siteKey: string,
  options: TSmulaPluginOptions,
): Promise<number> {
  const settings = await getSmulaSettings(payload);
  if (!settings.enabled || settings.siteKey !== siteKey) return 0;
  const keys = markSmulaCopiesOutdated(siteKey);
  // `banner:{key}` is every language; `banner:{key}:{lang}` one.
  const langs = new Set<string | undefined>([undefined, ...keys.map((k) => k.split(':')[2])]);
  await Promise.all(
    [...langs].map((lang) =>
      fetchBannerScript({ ...bannerFetchOptions(settings, options), ...(lang ? { lang } : {}) }),
    ),
  );
  return langs.size;
}
