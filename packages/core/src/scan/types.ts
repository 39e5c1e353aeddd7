import type { TStandardCategory } from '../model.js';

/**
 * The three states a scanner visits every page in, each in a fresh browser profile: `none` (the
 * banner left alone: what a visitor gets before choosing), `rejected` (after Reject all, page
 * loaded again) and `accepted` (after Accept all, page loaded again).
 */
export const SCAN_STATES = ['none', 'rejected', 'accepted'] as const;
export type TScanState = (typeof SCAN_STATES)[number];

/** What a scan observes: the storage ePrivacy Art. 5(3) covers, and requests to other sites. */
export const OBSERVATION_KINDS = [
  'cookie',
  'local_storage',
  'session_storage',
  'indexeddb',
  'request',
] as const;
export type TObservationKind = (typeof OBSERVATION_KINDS)[number];

/** How consent was given on a page: `none` when no method worked (the state then equals `none`). */
export const CONSENT_METHODS = ['smula', 'cmp', 'button', 'none'] as const;
export type TConsentMethod = (typeof CONSENT_METHODS)[number];

export interface TScanConsent {
  method: TConsentMethod;
  /** For `cmp`: which one (`cookiebot`, `onetrust` …). */
  cmp?: string;
  /** For `button`: the accessible name of the button pressed. */
  label?: string;
}

export interface TScanPage {
  url: string;
  /** How the crawl found it. */
  foundBy: 'start' | 'sitemap' | 'link';
  status: 'ok' | 'failed';
  /** The HTTP status of the page's response, when there was one. */
  httpStatus?: number;
  /** Why it failed: a network error, a timeout, an HTTP status, not HTML. */
  error?: string;
  /** Whether `window.Smula` was present: the Smula tag is installed on this page. */
  smula?: boolean;
  /** How Reject all and Accept all were given on this page. */
  consent?: { rejected: TScanConsent; accepted: TScanConsent };
}

export interface TScanObservation {
  kind: TObservationKind;
  /** The cookie or storage key, the IndexedDB database; for a request, the host. */
  name: string;
  /**
   * Cookies: the domain without its leading dot; storage: the host of the frame that holds it;
   * requests: the host requested.
   */
  host: string;
  /** Cookies: the domain as the browser keeps it (`.shop.test` for a Domain cookie). */
  domain?: string;
  path?: string;
  /** Cookies: lifetime in seconds from when it was set, `null` for a session cookie. */
  expires?: number | null;
  secure?: boolean;
  httpOnly?: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
  /** By registrable domain against the scanned site's (a heuristic, see the docs). */
  party: 'first' | 'third';
  /**
   * Who set it: the script URL from the setter's call stack, or the response URL of a
   * `Set-Cookie` header; for a request, the document that made it. Empty when unknown (e.g. a
   * key found only in the final snapshot).
   */
  initiators: string[];
  /** Requests: the resource types seen (`script`, `image`, `document`, `fetch`, `ping` …). */
  resourceTypes?: string[];
  pages: string[];
  states: TScanState[];
}

export const SCAN_FINDING_KINDS = [
  'undeclared',
  'set_before_consent',
  'kept_after_reject',
  'request_before_consent',
  'declared_not_seen',
] as const;
export type TScanFindingKind = (typeof SCAN_FINDING_KINDS)[number];

/** An Open Cookie Database row suggested for an undeclared observation. */
export interface TScanSuggestion {
  ocdId: string;
  /** The database's name (a prefix when `wildcard`). */
  name: string;
  wildcard: boolean;
  /** Where the database's category points (Functional/Security → `necessary`, for review). */
  category: TStandardCategory;
  vendor: string;
  description?: string;
}

export interface TScanFinding {
  kind: TScanFindingKind;
  /** Index into `observations` (all kinds but `declared_not_seen`). */
  observation?: number;
  /** The declared item (or, for requests, the vendor) it concerns. */
  itemId?: string;
  vendorId?: string;
  /** The category the verdict rests on, and where it came from. */
  category?: string;
  categoryFrom?: 'declaration' | 'suggestion' | 'unknown';
  suggestion?: TScanSuggestion;
  /** One sentence for people. */
  message: string;
}

/** What `scanSite` returns and `matchScan` reads: one scan of one site. */
export interface TScanReport {
  schemaVersion: 1;
  /** The URL the scan started from. */
  url: string;
  startedAt: string;
  finishedAt: string;
  /** Why the crawl stopped before running out of pages (time budget), if it did. */
  stopped?: string;
  /**
   * Requests the scanner's guard refused (a server-side scan never follows a page into private
   * addresses or the admin's own host): the URL and why, at most 100.
   */
  refused?: { url: string; reason: string }[];
  pages: TScanPage[];
  observations: TScanObservation[];
  /** Filled by `matchScan` against a declaration; empty from the scanner alone. */
  findings: TScanFinding[];
}
