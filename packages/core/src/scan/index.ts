/**
 * `@smula/core/scan`: what a cookie scan reports ({@link TScanReport}, validated by
 * {@link ZScanReportSchema}) and how it is held to a declaration ({@link matchScan}). Pure: the
 * scanner itself (`@smula/scanner`) drives the browser. A subpath of its own because the schema
 * brings zod, which the banner must never bundle.
 *
 * @packageDocumentation
 */

export { itemCovers, matchScan, type TMatchScanOptions, type TScanDeclaration } from './match.js';
export { ZScanReportSchema } from './schema.js';
export {
  CONSENT_METHODS,
  OBSERVATION_KINDS,
  SCAN_FINDING_KINDS,
  SCAN_STATES,
  type TConsentMethod,
  type TObservationKind,
  type TScanConsent,
  type TScanFinding,
  type TScanFindingKind,
  type TScanObservation,
  type TScanPage,
  type TScanReport,
  type TScanState,
  type TScanSuggestion,
} from './types.js';
