/**
 * `@smula/core`: Smula's domain, pure and browser-safe. The declaration model, published config
 * versions with their content and material hashes, diffs between versions, durations,
 * countries and transfer bases, default texts and the declaration renderer.
 *
 * zod schemas live at `@smula/core/schema`, importers at `@smula/core/import`, example
 * declarations at `@smula/core/fixtures`, so that the banner bundles none of them.
 *
 * @packageDocumentation
 */

export { ADEQUACY, type TAdequacyData, type TAdequacyDecision } from './adequacy.js';
export { autoBlockMap, autoBlockVendors, normaliseHost } from './auto-block.js';
export { canonicalJson } from './canonical-json.js';
export {
  bannerTextHash,
  CLIENT_TIME_RANGE,
  CONSENT_ACTIONS,
  checkRecordAgainstConfig,
  clientTimeInRange,
  consentExpiry,
  type TConsentAction,
  type TConsentRecordBody,
  type TConsentRecordProblem,
  unstorableText,
} from './consent.js';
export { consentSignalGates } from './consent-signals.js';
export {
  countryCodeFromName,
  countryName,
  isAdequate,
  isValidCountryCode,
  normaliseCountryCode,
  regionName,
  type TCountryBasis,
  transferBasis,
  vendorTransferBases,
} from './countries.js';
export {
  csvCell,
  csvRow,
  guardCsvText,
  parseCsv,
  parseCsvRecords,
  type TCsvParse,
  type TCsvRecord,
  type TCsvValue,
  toCsv,
  unguardCsvCell,
} from './csv.js';
export { createDeclaration, DEFAULT_APPEARANCE, DEFAULT_LIFETIMES } from './declaration.js';
export {
  DEFAULT_CATEGORIES,
  DEFAULT_LANGUAGES,
  DEFAULT_TEXTS,
  defaultTextsFor,
  hasDefaultTexts,
  type TDefaultLanguage,
  withDefaultCategoryTexts,
} from './default-texts.js';
export { diffConfigs, type TChangeEntity, type TConfigChange, type TConfigDiff } from './diff.js';
export {
  DIFF_FIELDS,
  DIFF_LINE_CODES,
  describeChange,
  describeChangeLine,
  describeDiff,
  type TDiffLine,
  type TDiffLineCode,
  type TDiffLineParams,
  type TDiffSummary,
} from './diff-wording.js';
// From duration-format.js directly, not through durations.js: a bundler keeps a module that
// re-exports what it uses, and the parser's tables would then ride along into the banner.
export {
  DAY_MS,
  durationSeconds,
  formatDuration,
  SECONDS_PER,
  type TDurationLabels,
  type TDurationUnit,
} from './duration-format.js';
export { parseDuration } from './durations.js';
export { suggestIdPattern } from './id-pattern.js';
export { itemNameMatcher } from './item-match.js';
export { KNOWN_VENDORS, type TKnownVendor } from './known-vendors.js';
export {
  BANNER_KEYS_SHOWN,
  contrastRatio,
  LINT_CODES,
  LINT_CONTRAST_FIELDS,
  LINT_ITEM_FIELDS,
  lintDeclaration,
  type TLintCode,
  type TLintFinding,
  type TLintItemField,
  type TLintParams,
  type TLintRef,
} from './lint.js';
export { baseLocale, negotiateLocale, pickText } from './locale.js';
export {
  categoryRecipients,
  materialContent,
  materialHash,
  recipientIdOf,
  type TRecipient,
} from './material.js';
export {
  BANNER_TEXT_KEYS,
  CONSENT_SIGNALS,
  GCM_SIGNALS,
  LEGAL_BASES,
  MATCH_KINDS,
  POLICY_TEXT_KEYS,
  REGION_MODELS,
  REGIONS,
  STANDARD_CATEGORIES,
  STANDARD_GCM_SIGNALS,
  STORAGE_TYPES,
  standardGcmSignals,
  type TAppearance,
  type TBannerTexts,
  type TCategory,
  type TConfigContent,
  type TConsentLifetimes,
  type TConsentSignal,
  type TContact,
  type TDeclaration,
  type TDuration,
  type TGcmSignal,
  type TGoogleConsentMode,
  type TLegalBasis,
  type TLocale,
  type TLocaleTexts,
  type TLocaleTextsDraft,
  type TLocalizedText,
  type TMatchKind,
  type TPolicySection,
  type TPolicyTexts,
  type TPublishedConfig,
  TRANSFER_MECHANISMS,
  type TRegion,
  type TRegionModel,
  type TRegionRules,
  type TSiteSettings,
  type TStandardCategory,
  type TStorageItem,
  type TStorageType,
  type TTransferMechanism,
  type TVendor,
} from './model.js';
export {
  buildPublishedConfig,
  CONFIG_SCHEMA_VERSION,
  configContent,
  configHash,
  MAX_CONSENT_MONTHS,
  normaliseDeclaration,
  resolveLocaleTexts,
  type TPublishMeta,
  verifyConfig,
} from './published-config.js';
export { isSiteOwner, visitorCategories } from './recipients.js';
export {
  DEFAULT_REGION_RULES,
  gcmRegionDefaults,
  initialGrants,
  regionModel,
  regionOfCountry,
  STRICTEST_MODEL,
  type TGcmRegionDefault,
} from './regions.js';
export {
  escapeHtml,
  renderDeclaration,
  renderPolicyPage,
  safeUrl,
  type TRenderOptions,
} from './render.js';
export { sha256Hex } from './sha256.js';
