import { autoBlockMap } from './auto-block.js';
import { canonicalJson } from './canonical-json.js';
import { DEFAULT_TEXTS, defaultTextsFor, withDefaultCategoryTexts } from './default-texts.js';
import { diffConfigs } from './diff.js';
import { baseLocale } from './locale.js';
import { materialHash } from './material.js';
import type {
  TConfigContent,
  TDeclaration,
  TLocaleTexts,
  TLocaleTextsDraft,
  TPublishedConfig,
} from './model.js';
import { byKey, sortedUnique, upperCodes } from './sets.js';
import { sha256Hex } from './sha256.js';

/** Consent may be kept at most this long (compliance.md N-04), whatever a site configures. */
export const MAX_CONSENT_MONTHS = 13;

/** The published-config format. Bump it, and teach the banner both, when the shape changes. */
export const CONFIG_SCHEMA_VERSION = 1 as const;

/** Where a draft locale's texts come from when the editor has not written them: its language, else en. */
function defaultsFor(locale: string): TLocaleTexts {
  return defaultTextsFor(locale) ?? DEFAULT_TEXTS.en;
}

/**
 * The complete texts of one locale: the editor's overrides over the defaults. Empty strings
 * count as "not written" so that clearing a field in the admin restores the default.
 */
export function resolveLocaleTexts(
  draft: TLocaleTextsDraft | undefined,
  locale: string,
): TLocaleTexts {
  const d = defaultsFor(locale);
  const banner = { ...d.banner };
  for (const [k, v] of Object.entries(draft?.banner ?? {})) {
    if (v) (banner as Record<string, string>)[k] = v;
  }
  const policy = { ...d.policy };
  for (const [k, v] of Object.entries(draft?.policy ?? {})) {
    if (k !== 'sections' && typeof v === 'string' && v) (policy as Record<string, unknown>)[k] = v;
  }
  if (draft?.policy?.sections) policy.sections = draft.policy.sections.map((s) => ({ ...s }));
  return { banner, policy };
}

/** Drops empty strings from optional text fields so `''` and missing hash the same. */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === '') continue;
    if (
      v &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      Object.getPrototypeOf(v) === Object.prototype
    ) {
      const inner = compact(v as object);
      out[k] = inner;
    } else out[k] = v;
  }
  return out as T;
}

/**
 * The content of a published config, normalised: entities in a fixed order, sets sorted, texts
 * complete for every site locale. Same meaning in, same bytes out.
 */
export function normaliseDeclaration(draft: TDeclaration): TConfigContent {
  const site = compact({
    ...draft.site,
    domains: sortedUnique(draft.site.domains.map((d) => d.trim().toLowerCase())),
    locales: sortedUnique(draft.site.locales.map(baseLocale)),
    defaultLocale: baseLocale(draft.site.defaultLocale),
    contact: compact({ ...draft.site.contact }),
    consentLifetimes: {
      acceptMonths: Math.min(draft.site.consentLifetimes.acceptMonths, MAX_CONSENT_MONTHS),
      rejectMonths: Math.min(draft.site.consentLifetimes.rejectMonths, MAX_CONSENT_MONTHS),
    },
  });
  // A standard category gets its default name and description in any default language the
  // editor has not written (issue 19), as the banner and policy texts do.
  const categories = draft.categories
    .map((c) => withDefaultCategoryTexts(c, site.locales))
    .map((c) => compact({ ...c, gcmSignals: sortedUnique(c.gcmSignals) as typeof c.gcmSignals }))
    .sort((a, b) => a.order - b.order || byKey(a.key, b.key));
  const order = new Map(categories.map((c, i) => [c.key, i]));
  const vendors = draft.vendors
    .map((v) => compact({ ...v, countries: upperCodes(v.countries) }))
    .sort((a, b) => byKey(a.id, b.id));
  const items = draft.items
    .map((i) =>
      compact({
        ...i,
        ...(i.recipientCountries ? { recipientCountries: upperCodes(i.recipientCountries) } : {}),
      }),
    )
    .sort(
      (a, b) =>
        (order.get(a.category) ?? 1e9) - (order.get(b.category) ?? 1e9) ||
        byKey(a.name, b.name) ||
        byKey(a.host ?? '', b.host ?? '') ||
        byKey(a.type, b.type) ||
        byKey(a.id, b.id),
    );
  const texts: Record<string, TLocaleTexts> = {};
  for (const locale of site.locales)
    texts[locale] = resolveLocaleTexts(draft.texts[locale], locale);
  return {
    schemaVersion: CONFIG_SCHEMA_VERSION,
    site,
    categories,
    vendors,
    items,
    texts,
    appearance: draft.appearance,
  };
}

/** The hashed part of a published config (drops the envelope). */
export function configContent(config: TConfigContent): TConfigContent {
  const { schemaVersion, site, categories, vendors, items, texts, appearance } = config;
  return { schemaVersion, site, categories, vendors, items, texts, appearance };
}

/** SHA-256 (hex) of the canonical JSON of a config's content. */
export function configHash(config: TConfigContent): string {
  return sha256Hex(canonicalJson(configContent(config)));
}

export interface TPublishMeta {
  siteKey: string;
  /** The new version's number: the live version's plus one. */
  version: number;
  /** ISO 8601 time of publishing. */
  publishedAt: string;
  /** The live version being replaced, to carry `materialSince` forward. */
  previous?: TPublishedConfig;
}

/**
 * Freezes a draft into a published config: normalised content, its hash, its material hash,
 * and for each category the version since which its consent is valid.
 *
 * @example
 * const v1 = buildPublishedConfig(draft, { siteKey, version: 1, publishedAt: new Date().toISOString() });
 * const v2 = buildPublishedConfig(edited, { siteKey, version: 2, publishedAt, previous: v1 });
 */
export function buildPublishedConfig(draft: TDeclaration, meta: TPublishMeta): TPublishedConfig {
  const content = normaliseDeclaration(draft);
  const stale = meta.previous
    ? new Set(diffConfigs(meta.previous, content).invalidatedCategories)
    : undefined;
  const materialSince: Record<string, number> = {};
  for (const c of content.categories) {
    const before = meta.previous?.materialSince[c.key];
    materialSince[c.key] =
      stale && before !== undefined && !stale.has(c.key) ? before : meta.version;
  }
  // Derived from the hashed content (items, categories, domains, `site.autoBlocking`), so it
  // stays out of `configContent`: the hash already pins it, and older versions hash the same.
  const autoBlock = content.site.autoBlocking ? autoBlockMap(content) : {};
  return {
    ...content,
    siteKey: meta.siteKey,
    version: meta.version,
    publishedAt: meta.publishedAt,
    hash: configHash(content),
    materialHash: materialHash(content),
    materialSince,
    ...(Object.keys(autoBlock).length ? { autoBlock } : {}),
  };
}

/** True when a config's stored hashes match its content (it was not edited after publishing). */
export function verifyConfig(config: TPublishedConfig): boolean {
  return config.hash === configHash(config) && config.materialHash === materialHash(config);
}
