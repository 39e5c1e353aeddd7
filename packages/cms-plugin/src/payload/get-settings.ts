import type { GlobalSlug, Payload } from 'payload';
import {
  resolveSettings,
  type TSmulaPluginOptions,
  type TSmulaSettings,
  type TSmulaSettingsDoc,
} from '../settings.js';
import { BANNER_PATH, CUSTOM_KEY, SETTINGS_GLOBAL_SLUG } from './constants.js';
import { layeredCache, payloadStore } from './payload-store.js';
import { type TSmulaTenant, tenantSiteKey, tenantsConfig } from './tenants.js';

/**
 * The settings for the site's frontend: the plugin options merged with the Smula settings
 * global, with the same-origin banner route's path and the store of last good copies (the
 * plugin's collection). If the global cannot be read (a database hiccup), the options alone
 * are used: the banner keeps working.
 *
 * With the `tenants` option, pass the page's tenant (its id, or its document) to get that
 * tenant's site: its own key, and the banner route for it (`/api/smula/banner.js?tenant=<id>`).
 * A tenant without a valid key (or one that does not exist) gets Smula turned off for its
 * pages (`enabled: false`), never the default key of the settings global.
 *
 * @example
 * const payload = await getPayload({ config });
 * const smula = await getSmulaSettings(payload);
 * // <head><SmulaBannerScript settings={smula} />…
 * const tenantSmula = await getSmulaSettings(payload, { tenant }); // multi-tenant
 */
export async function getSmulaSettings(
  payload: Payload,
  { tenant }: { tenant?: TSmulaTenant | null } = {},
): Promise<TSmulaSettings> {
  const options = (payload.config.custom?.[CUSTOM_KEY] ?? null) as TSmulaPluginOptions | null;
  if (!options) {
    throw new Error(
      'getSmulaSettings: smulaPlugin() is not in this Payload config (add it to `plugins`).',
    );
  }
  let doc: TSmulaSettingsDoc | null = null;
  try {
    doc = (await payload.findGlobal({
      slug: SETTINGS_GLOBAL_SLUG as GlobalSlug,
      depth: 0,
    })) as TSmulaSettingsDoc;
  } catch (err) {
    payload.logger.warn(
      `Smula: could not read the settings global, using the plugin options (${String(err)}).`,
    );
  }
  const api = (payload.config.routes?.api ?? '/api').replace(/\/+$/, '');
  const settings: TSmulaSettings = {
    ...resolveSettings(options, doc, `${api}${BANNER_PATH}`),
    store: layeredCache(payloadStore(payload)),
  };
  if (tenant === undefined || tenant === null) return settings;

  const tenants = tenantsConfig(options);
  if (!tenants)
    throw new Error(
      'getSmulaSettings: a tenant was given, but smulaPlugin has no `tenants` option.',
    );
  const found = await tenantSiteKey(payload, tenants, tenant);
  return {
    ...settings,
    enabled: settings.enabled && Boolean(found?.siteKey),
    siteKey: found?.siteKey ?? null,
    tenant: found ? String(found.id) : null,
    bannerPath:
      settings.bannerPath && found
        ? `${settings.bannerPath}?tenant=${encodeURIComponent(String(found.id))}`
        : null,
  };
}
