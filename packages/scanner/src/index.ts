/**
 * `@smula/scanner`: scans a site in real Chromium (through `playwright-core`) in the three
 * consent states and reports what it stores and whom it calls: {@link scanSite}. The report's
 * type, schema and the matching against a declaration live in `@smula/core/scan`.
 *
 * @packageDocumentation
 */

export { BUTTON_NAMES, CMP_SELECTORS, giveConsent, hasSmula, type TChoice } from './consent.js';
export { parseCookieWrite, type TCookieWrite } from './cookie-header.js';
export { publicRequestGuard } from './guard.js';
export {
  CHROMIUM_FLAGS,
  launchScanBrowser,
  scanSite,
  type TLaunchOptions,
  type TScanOptions,
  type TScanProgress,
} from './scan.js';
export { pageUrl, parseSitemap, siteOf } from './site.js';
