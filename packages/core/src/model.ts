/**
 * The declaration model: what an editor keeps true in the admin and what a published config
 * version freezes. Plain TypeScript types so that browser code (the banner) can use them without
 * pulling in zod; the zod schemas in `@smula/core/schema` are checked against these types.
 *
 * @packageDocumentation
 */
/** A BCP 47 language tag as used in `<html lang>`, lower-case primary subtag: `sv`, `en`. */
export type TLocale = string;

/** Text per locale: `{ sv: 'Statistik', en: 'Statistics' }`. A missing locale falls back. */
export type TLocalizedText = Readonly<Record<TLocale, string>>;

/** The seven Google Consent Mode v2 consent types. */
export const GCM_SIGNALS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
export type TGcmSignal = (typeof GCM_SIGNALS)[number];

/** Regions with their own consent rules: EU/EEA, United Kingdom, Switzerland, US, the rest. */
export const REGIONS = ['eu', 'uk', 'ch', 'us', 'other'] as const;
export type TRegion = (typeof REGIONS)[number];

/** Opt-in (ask first), opt-out (chosen categories start granted, refusal offered), no banner. */
export const REGION_MODELS = ['opt-in', 'opt-out', 'none'] as const;
export type TRegionModel = (typeof REGION_MODELS)[number];

/** A site's region rules (`regions.ts`): the model per region, what starts granted under opt-out. */
export interface TRegionRules {
  models: Readonly<Record<TRegion, TRegionModel>>;
  /** Category keys that start granted where the model is `opt-out`; never a required one. */
  optOutCategories: readonly string[];
}

/** The five categories every Smula declaration starts with; sites may add their own. */
export const STANDARD_CATEGORIES = [
  'necessary',
  'preferences',
  'statistics',
  'marketing',
  'unclassified',
] as const;
export type TStandardCategory = (typeof STANDARD_CATEGORIES)[number];

/**
 * The Consent Mode signals each standard category grants (the mapping compliance.md suggests):
 * the one source for the default categories, the categories importers create, the fixtures and
 * the demo site. Custom categories grant none until an editor picks some.
 */
export const STANDARD_GCM_SIGNALS: Readonly<Record<TStandardCategory, readonly TGcmSignal[]>> = {
  necessary: ['security_storage'],
  preferences: ['functionality_storage', 'personalization_storage'],
  statistics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  unclassified: [],
};

/** A category's own (mutable) copy of a standard category's signals. */
export function standardGcmSignals(category: TStandardCategory): TGcmSignal[] {
  return [...STANDARD_GCM_SIGNALS[category]];
}

/**
 * Legal basis declared for a category, vendor or item. Under ePrivacy Art. 5(3) storage that is
 * not strictly necessary needs consent; `legitimate_interest` is modelled only so the publish
 * lint can reject it for non-necessary storage (compliance.md B-10).
 */
export const LEGAL_BASES = [
  'consent',
  'strictly_necessary',
  'legitimate_interest',
  'contract',
  'legal_obligation',
] as const;
export type TLegalBasis = (typeof LEGAL_BASES)[number];

export interface TCategory {
  /** Stable identifier, lower-case: `necessary`, `statistics`, `security` … */
  key: string;
  /** Required categories are always on and cannot be refused (strictly necessary storage). */
  required: boolean;
  /** Display order, ascending. */
  order: number;
  /** Google Consent Mode signals granted when this category is granted. */
  gcmSignals: TGcmSignal[];
  name: TLocalizedText;
  description: TLocalizedText;
  legalBasis?: TLegalBasis;
}

/** How a personal-data transfer to a vendor's recipient country is made lawful (GDPR ch. V). */
export const TRANSFER_MECHANISMS = [
  'eea',
  'adequacy',
  'dpf',
  'scc',
  'bcr',
  'none',
  'unknown',
] as const;
export type TTransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

export interface TVendor {
  /** Stable slug, unique within the declaration: `google`, `hotjar`. */
  id: string;
  name: string;
  legalName?: string;
  privacyPolicyUrl?: string;
  optOutUrl?: string;
  /** ISO 3166-1 alpha-2 codes (upper-case) of the countries data is sent to. Empty = unknown. */
  countries: string[];
  /** Certified under the EU–US Data Privacy Framework. */
  dpfCertified: boolean;
  /** The mechanism the site relies on where no adequacy applies (e.g. `scc`). */
  transferMechanism?: TTransferMechanism;
  /** How long the vendor keeps what it collects, as the vendor words it. */
  retention?: TLocalizedText;
  /** The narrative: what the vendor does, which data, anonymisation, storage location. */
  description: TLocalizedText;
  defaultCategory?: string;
  legalBasis?: TLegalBasis;
  /**
   * Hosts the vendor serves scripts, embeds or pixels from (`www.youtube.com`), beside the hosts
   * its storage items name: automatic blocking holds them too (see `autoBlockMap`).
   */
  hosts?: string[];
  /** `false`: a blocked embed of this vendor stays blank instead of showing a placeholder. */
  embedPlaceholder?: boolean;
  /** The vendor's own consent API the banner calls on every decision (`CONSENT_SIGNALS`). */
  consentSignal?: TConsentSignal;
}

/** Structured storage duration; `raw` keeps the text it was parsed from. */
export type TDuration =
  | { kind: 'session'; raw?: string }
  | { kind: 'persistent'; raw?: string }
  | { kind: 'unknown'; raw?: string }
  | { kind: 'seconds'; seconds: number; raw?: string };

export const STORAGE_TYPES = [
  'cookie',
  'local_storage',
  'session_storage',
  'indexeddb',
  'pixel',
] as const;
export type TStorageType = (typeof STORAGE_TYPES)[number];

/**
 * How `name` matches real keys: `exact`; `prefix` (`_hj` matches `_hjSession_123`); `pattern`
 * where `#` stands for an ID of letters and digits (GA4's `_ga_#` ends in the
 * measurement ID, e.g. `_ga_HFVYCJEN26`) and a run of `X` for any characters
 * (`amp.cookie.test.XXXXXX`).
 */
export const MATCH_KINDS = ['exact', 'prefix', 'pattern'] as const;
export type TMatchKind = (typeof MATCH_KINDS)[number];

/**
 * Vendors whose own consent API the banner can call (see `signals.ts` in `@smula/banner` for the
 * exact calls). Hotjar is not among them: it documents no consent-signal API, so it is blocked
 * until consent instead.
 */
export const CONSENT_SIGNALS = [
  'microsoft-uet',
  'microsoft-clarity',
  'meta-pixel',
  'tiktok-pixel',
  'matomo',
] as const;
export type TConsentSignal = (typeof CONSENT_SIGNALS)[number];

export interface TStorageItem {
  /** Stable identifier (a UUID in the admin, a slug in fixtures). */
  id: string;
  name: string;
  matchKind: TMatchKind;
  type: TStorageType;
  /** Host or domain that sets or reads it: `.example.se`, `files.imbox.io`. */
  host?: string;
  party: 'first' | 'third';
  duration: TDuration;
  purpose: TLocalizedText;
  category: string;
  /** The vendor (provider) id. */
  vendor?: string;
  /** Required for items in a required category (compliance.md D-06). Not shown to visitors. */
  necessityJustification?: string;
  /** Recipient countries for this item when they differ from its vendor's. */
  recipientCountries?: string[];
  legalBasis?: TLegalBasis;
  /** Provenance from an import or scan. */
  initiator?: string;
  source?: string;
  firstFoundUrl?: string;
}

export interface TConsentLifetimes {
  /** Months an acceptance (full or partial) is kept. Default 12, hard maximum 13. */
  acceptMonths: number;
  /** Months a rejection is kept. Default 6, hard maximum 13. */
  rejectMonths: number;
}

export interface TContact {
  name?: string;
  email?: string;
  phone?: string;
  url?: string;
}

export interface TGoogleConsentMode {
  enabled: boolean;
  /** `basic`: Google tags blocked until consent (safe default); `advanced`: cookieless pings. */
  mode: 'basic' | 'advanced';
  waitForUpdateMs?: number;
  adsDataRedaction?: boolean;
  urlPassthrough?: boolean;
}

export interface TSiteSettings {
  name: string;
  domains: string[];
  locales: TLocale[];
  defaultLocale: TLocale;
  consentLifetimes: TConsentLifetimes;
  privacyPolicyUrl?: string;
  cookiePolicyUrl?: string;
  contact: TContact;
  googleConsentMode: TGoogleConsentMode;
  /**
   * Automatic blocking: the banner holds back scripts, iframes, pixels and preloads to hosts the
   * declaration ties to optional categories until those are granted. Absent (sites created
   * before the setting existed) means off; new sites start with it on.
   */
  autoBlocking?: boolean;
  /**
   * Which consent model applies in each region (`regions.ts`). Absent means
   * `DEFAULT_REGION_RULES`; the publish check refuses anything but opt-in for the EU/EEA.
   */
  regionRules?: TRegionRules;
}

/** Every string the banner shows. `{categories}` and `{vendorCount}` are filled in at render. */
export interface TBannerTexts {
  title: string;
  description: string;
  withdrawal: string;
  acceptAll: string;
  rejectAll: string;
  customise: string;
  save: string;
  preferencesTitle: string;
  preferencesDescription: string;
  alwaysOn: string;
  cookiePolicyLink: string;
  privacyPolicyLink: string;
  close: string;
  gpcNotice: string;
  openSettings: string;
  vendorsHeading: string;
  itemsHeading: string;
  /**
   * Click-to-load placeholder of an embed automatic blocking holds (auto-block.ts in the
   * banner). `{vendor}`: the vendor's name (or the host); `{category}`: the category names.
   */
  placeholderText: string;
  /** The placeholder's button, which grants `{category}`. */
  placeholderAllow: string;
  /** The placeholder's link to the content on the provider's own site (`{vendor}`). */
  placeholderLink: string;
  /** Shown after a withdrawal when content of that category has already run. */
  reloadNotice: string;
  reloadButton: string;
}

/** A free-text section of the policy page (what cookies are, how to remove them, …). */
export interface TPolicySection {
  id: string;
  heading: string;
  /** Plain text. Blank lines separate paragraphs; lines starting with `- ` form a list. */
  body: string;
}

/** The policy page's texts and the declaration table's labels. */
export interface TPolicyTexts {
  title: string;
  intro: string;
  sections: TPolicySection[];
  declarationHeading: string;
  vendorsHeading: string;
  lastUpdated: string;
  version: string;
  itemCount: string;
  colName: string;
  colProvider: string;
  colPurpose: string;
  colDuration: string;
  colType: string;
  colCountry: string;
  firstParty: string;
  thirdParty: string;
  typeCookie: string;
  typeLocalStorage: string;
  typeSessionStorage: string;
  typeIndexedDb: string;
  typePixel: string;
  durationSession: string;
  durationPersistent: string;
  durationUnknown: string;
  countryUnknown: string;
  basisEea: string;
  basisAdequacy: string;
  basisDpf: string;
  basisScc: string;
  basisBcr: string;
  basisNone: string;
  basisUnknown: string;
  vendorData: string;
  vendorRetention: string;
  vendorCountries: string;
  privacyPolicyLink: string;
  optOutLink: string;
  consentStateHeading: string;
  /** Live consent state (filled by the banner): the change and withdraw buttons, and no decision yet. */
  changeConsent: string;
  withdrawConsent: string;
  noConsent: string;
  noItems: string;
}

/** Every key of {@link TBannerTexts}, for validators and translation checks. */
export const BANNER_TEXT_KEYS = [
  'title',
  'description',
  'withdrawal',
  'acceptAll',
  'rejectAll',
  'customise',
  'save',
  'preferencesTitle',
  'preferencesDescription',
  'alwaysOn',
  'cookiePolicyLink',
  'privacyPolicyLink',
  'close',
  'gpcNotice',
  'openSettings',
  'vendorsHeading',
  'itemsHeading',
  'placeholderText',
  'placeholderAllow',
  'placeholderLink',
  'reloadNotice',
  'reloadButton',
] as const satisfies readonly (keyof TBannerTexts)[];

/** Every key of {@link TPolicyTexts} except `sections`. */
export const POLICY_TEXT_KEYS = [
  'title',
  'intro',
  'declarationHeading',
  'vendorsHeading',
  'lastUpdated',
  'version',
  'itemCount',
  'colName',
  'colProvider',
  'colPurpose',
  'colDuration',
  'colType',
  'colCountry',
  'firstParty',
  'thirdParty',
  'typeCookie',
  'typeLocalStorage',
  'typeSessionStorage',
  'typeIndexedDb',
  'typePixel',
  'durationSession',
  'durationPersistent',
  'durationUnknown',
  'countryUnknown',
  'basisEea',
  'basisAdequacy',
  'basisDpf',
  'basisScc',
  'basisBcr',
  'basisNone',
  'basisUnknown',
  'vendorData',
  'vendorRetention',
  'vendorCountries',
  'privacyPolicyLink',
  'optOutLink',
  'consentStateHeading',
  'changeConsent',
  'withdrawConsent',
  'noConsent',
  'noItems',
] as const satisfies readonly Exclude<keyof TPolicyTexts, 'sections'>[];

export interface TLocaleTexts {
  banner: TBannerTexts;
  policy: TPolicyTexts;
}

/** What an editor may override per locale; the rest comes from the defaults. */
export interface TLocaleTextsDraft {
  banner?: Partial<TBannerTexts>;
  policy?: Partial<Omit<TPolicyTexts, 'sections'>> & { sections?: TPolicySection[] };
}

export interface TAppearance {
  layout: 'bar' | 'box' | 'modal';
  position: 'bottom' | 'top' | 'bottom-left' | 'bottom-right' | 'center';
  /**
   * One style for Accept, Reject and Customise alike: equal weight is built in rather than
   * checked after the fact (compliance.md B-03).
   */
  colors: {
    background: string;
    text: string;
    buttonBackground: string;
    buttonText: string;
    link: string;
    focus: string;
  };
  radius: number;
  floatingButton: { enabled: boolean; position: 'left' | 'right' };
}

/** The editable declaration of one site: the draft that publishing freezes. */
export interface TDeclaration {
  site: TSiteSettings;
  categories: TCategory[];
  vendors: TVendor[];
  items: TStorageItem[];
  texts: Readonly<Record<TLocale, TLocaleTextsDraft>>;
  appearance: TAppearance;
}

/** The part of a published config that its content hash covers. */
export interface TConfigContent {
  schemaVersion: 1;
  site: TSiteSettings;
  categories: TCategory[];
  vendors: TVendor[];
  items: TStorageItem[];
  /** Complete texts for every site locale: defaults already merged in. */
  texts: Readonly<Record<TLocale, TLocaleTexts>>;
  appearance: TAppearance;
}

/**
 * An immutable published version. `hash` covers {@link TConfigContent}; the envelope (site key,
 * number, time, hashes, `materialSince`) does not, so a rollback republishes the same hash.
 */
export interface TPublishedConfig extends TConfigContent {
  siteKey: string;
  version: number;
  publishedAt: string;
  /** SHA-256 (hex) of the canonical JSON of the content. */
  hash: string;
  /** SHA-256 (hex) of what would force re-consent (see `materialContent`). */
  materialHash: string;
  /**
   * For each category, the version in which it last changed materially (added, a vendor or
   * recipient country added, required flag changed). A visitor who granted a category under an
   * older version is asked again about it.
   */
  materialSince: Readonly<Record<string, number>>;
  /**
   * Host → the category keys (space-separated, as in `data-category`) a request to it needs;
   * present only when `site.autoBlocking` is on and some host qualifies (see `autoBlockMap`).
   * Outside the content hash: it is derived from hashed content, so the hash already fixes it.
   */
  autoBlock?: Readonly<Record<string, string>>;
}
