/**
 * Framework-agnostic helpers for any host that renders HTML on a server (Express, plain
 * Next.js, a static-site build): put the banner first in `<head>`, fetch the declaration and the
 * banner script with caching and a stale fallback, check a connection. No CMS, no React.
 *
 * @packageDocumentation
 */
export {
  checkConnection,
  hostDeclared,
  type TConnectionCheck,
  type TConnectionProblem,
} from './check-connection.js';
export {
  bannerScriptUrl,
  checkConnectionSettings,
  configUrl,
  declarationUrl,
  isSiteKey,
  mapLocale,
  normalizeAdminUrl,
  SmulaConfigError,
  type TSmulaConnection,
} from './connection.js';
export {
  bannerCacheKey,
  bannerLanguage,
  fetchBannerScript,
  type TBannerScriptResult,
  type TFetchBannerScriptOptions,
} from './fetch-banner-script.js';
export {
  DEFAULT_REVALIDATE_SECONDS,
  declarationCacheKey,
  fetchDeclaration,
  type TCachedDeclaration,
  type TDeclarationCache,
  type TDeclarationResult,
  type TFetchDeclarationOptions,
} from './fetch-declaration.js';
export { BANNER_MARKER, bannerScriptTag, injectHead, moveBannerFirst } from './inject-head.js';
export { bannerFirstInResponse } from './node-response.js';
export { sanitizeDeclarationHtml } from './sanitize-declaration.js';
