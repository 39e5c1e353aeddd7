/**
 * Proof-of-consent records (compliance.md R-01 … R-05): what a decision looks like on the wire, and
 * the facts a server derives from the immutable config version it was made under. Pure: the
 * admin's ingestion endpoint and any other collector use the same rules.
 */
import { canonicalJson } from './canonical-json.js';
import type { TPublishedConfig } from './model.js';
import { sha256Hex } from './sha256.js';

/** Why a record was written; the banner sends one of these on every decision. */
export const CONSENT_ACTIONS = ['accept_all', 'reject_all', 'custom', 'withdraw', 'renew'] as const;
export type TConsentAction = (typeof CONSENT_ACTIONS)[number];

/** The body the banner posts to `POST /api/v1/consents`. */
export interface TConsentRecordBody {
  /** UUIDv7 made by the client: the idempotency key of a retried beacon. */
  recordId: string;
  /** The pseudonymous id kept in the visitor's cookie and shown on the policy page. */
  consentId: string;
  siteKey: string;
  configVersion: number;
  configHash: string;
  action: TConsentAction;
  /** Category key → granted. */
  choices: Record<string, boolean>;
  locale: string;
  gpc: boolean;
  pagePath: string;
  clientTime?: string;
}

// A UTF-16 surrogate without its partner: JSON's "\ud800" escape makes one, and no encoding
// can store it (PostgreSQL would keep U+FFFD instead, and the record's hash would no longer
// match). The same test as String.prototype.isWellFormed, which ES2022 does not type.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored exactly as received, or null when it can: a NUL character
 * (PostgreSQL's text and jsonb refuse it) or a lone surrogate (not well-formed Unicode).
 */
export function unstorableText(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(value)) return 'is not well-formed Unicode (a lone surrogate)';
  return null;
}

/**
 * The client times a record may carry, in UTC: from the Unix epoch (where a device without a
 * clock starts) through year 9999. Outside this, PostgreSQL or a four-digit ISO year cannot
 * hold the time exactly, so the record would not read back as it was hashed.
 */
export const CLIENT_TIME_RANGE = {
  from: Date.UTC(1970, 0, 1),
  to: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
} as const;

/** Whether an ISO 8601 time with offset lies in `CLIENT_TIME_RANGE` once turned to UTC. */
export function clientTimeInRange(iso: string): boolean {
  const t = Date.parse(iso);
  return Number.isFinite(t) && t >= CLIENT_TIME_RANGE.from && t <= CLIENT_TIME_RANGE.to;
}

/** Why a body does not fit the version it names; the endpoint answers 400 with the code. */
export interface TConsentRecordProblem {
  code: 'hash_mismatch' | 'unknown_category' | 'required_category_refused' | 'unknown_locale';
  message: string;
}

/** Checks a structurally valid body against its version: hash, categories, locale. */
export function checkRecordAgainstConfig(
  body: Pick<TConsentRecordBody, 'configHash' | 'choices' | 'locale'>,
  config: Pick<TPublishedConfig, 'hash' | 'categories' | 'texts' | 'version'>,
): TConsentRecordProblem | null {
  if (body.configHash !== config.hash)
    return {
      code: 'hash_mismatch',
      message: `configHash does not match version ${config.version}'s hash.`,
    };
  const byKey = new Map(config.categories.map((c) => [c.key, c]));
  for (const [key, granted] of Object.entries(body.choices)) {
    const category = byKey.get(key);
    if (!category)
      return {
        code: 'unknown_category',
        message: `Category "${key}" is not in version ${config.version}.`,
      };
    if (category.required && !granted)
      return {
        code: 'required_category_refused',
        message: `Category "${key}" is required and cannot be refused.`,
      };
  }
  if (!Object.hasOwn(config.texts, body.locale))
    return {
      code: 'unknown_locale',
      message: `Locale "${body.locale}" is not published in version ${config.version}.`,
    };
  return null;
}

/**
 * When a decision expires: the accept lifetime when any optional category is granted, the
 * reject lifetime otherwise (the banner applies the same rule), in calendar months, UTC.
 */
export function consentExpiry(
  config: Pick<TPublishedConfig, 'categories' | 'site'>,
  choices: Record<string, boolean>,
  at: Date,
): Date {
  const anyGranted = config.categories.some((c) => !c.required && choices[c.key] === true);
  const months = config.site.consentLifetimes[anyGranted ? 'acceptMonths' : 'rejectMonths'];
  const e = new Date(at.getTime());
  e.setUTCMonth(e.getUTCMonth() + months);
  return e;
}

/**
 * SHA-256 of the exact strings the visitor was shown in `locale`: the banner texts and each
 * category's name and description. A record stores it so the wording behind a decision is
 * provable even when only the hash is kept (compliance.md R-02).
 */
export function bannerTextHash(
  config: Pick<TPublishedConfig, 'texts' | 'categories'>,
  locale: string,
): string {
  const texts = config.texts[locale];
  if (!texts) throw new Error(`Locale "${locale}" is not in this config.`);
  return sha256Hex(
    canonicalJson({
      banner: texts.banner,
      categories: config.categories.map((c) => ({
        key: c.key,
        name: c.name[locale] ?? '',
        description: c.description[locale] ?? '',
      })),
    }),
  );
}
