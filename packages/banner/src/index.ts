/**
 * `@smula/banner`: the consent banner for bundler users. `init(config, options)` starts the same
 * runtime as the `<script>` build, with core's renderer for `[data-smula-declaration]` and the
 * preferences layer's detail rendered in place (the `<script>` build fetches it).
 * Call it as early as possible (before any tag reads consent), once per page.
 *
 * @example
 * import { init } from '@smula/banner';
 * import config from './smula-config.json';
 * init(config, { endpoint: 'https://consent.example.com/api/v1/consents' });
 *
 * @packageDocumentation
 */
import { renderDeclaration, type TPublishedConfig, visitorCategories } from '@smula/core';
import { categoryDetail, vendorCount } from './detail.js';
import { boot } from './runtime.js';
import type { TBannerOptions } from './types.js';

export type {
  TBannerOptions,
  TChoices,
  TConsent,
  TConsentAction,
  TConsentEventDetail,
  TConsentRecord,
  TSmulaApi,
  TSmulaEvent,
} from './types.js';

/** The runtime's version; the delivery endpoint may expose it for support. */
export const BANNER_RUNTIME_VERSION = '0.1.0';

/**
 * Starts the banner with a published config. A missing or invalid config fails closed: the
 * Consent Mode default is still pushed (all denied), nothing blocked runs, one console error.
 */
export function init(config: TPublishedConfig | unknown, options: TBannerOptions = {}): void {
  const c = config as TPublishedConfig | null;
  const valid = !!(
    c?.texts &&
    c.site &&
    Array.isArray(c.items) &&
    Array.isArray(c.vendors) &&
    Array.isArray(c.categories)
  );
  boot(
    // What a visitor can choose, as the served script has it (see `bannerConfig`).
    valid ? { ...c, categories: visitorCategories(c) } : config,
    valid
      ? {
          vendorCount: vendorCount(c),
          detail: Object.fromEntries(Object.keys(c.texts).map((l) => [l, categoryDetail(c, l)])),
          ...options,
        }
      : options,
    renderDeclaration,
  );
}
