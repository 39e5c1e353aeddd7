import type { GlobalSlug, Payload } from 'payload';
import {
  resolveSettings,
  type TSmulaPluginOptions,
  type TSmulaSettings,
  type TSmulaSettingsDoc,
} from '../settings.js';
import { BANNER_PATH, CUSTOM_KEY, SETTINGS_GLOBAL_SLUG } from './constants.js';
import { layeredCache, payloadStore } from './payload-store.js';

/**
 * The settings for the site's frontend: the plugin options merged with the Smula settings
 * global, with the same-origin banner route's path and the store of last good copies (the
 * plugin's collection). If the global cannot be read (a database hiccup), the options alone
 * are used: the banner keeps working.
 *
 * @example
 * const payload = await getPayload({ config });
 * const smula = await getSmulaSettings(payload);
 * // <head><SmulaBannerScript settings={smula} />…
 */
export async function getSmulaSettings(payload: Payload): Promise<TSmulaSettings> {
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
  return {
    ...resolveSettings(options, doc, `${api}${BANNER_PATH}`),
    store: layeredCache(payloadStore(payload)),
  };
}
