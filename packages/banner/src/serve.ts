/**
 * `@smula/banner/serve`: the delivery side, for Node. Builds the one response a site's
 * `<script src>` gets: the runtime followed by the call that hands it the config.
 *
 * @example
 * import { bannerScript } from '@smula/banner/serve';
 * res.setHeader('content-type', 'text/javascript; charset=utf-8');
 * res.end(bannerScript(config, { endpoint: 'https://admin.example/api/v1/consents' }));
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import {
  autoBlockVendors,
  consentSignalGates,
  GCM_SIGNALS,
  gcmRegionDefaults,
  initialGrants,
  pickText,
  regionModel,
  regionOfCountry,
  type TLocalizedText,
  type TPublishedConfig,
  type TRegion,
  visitorCategories,
} from '@smula/core';
import { categoryDetail, vendorCount } from './detail.js';
import type { TBannerOptions } from './types.js';

let runtime: string | undefined;
let autoBlockRuntime: string | undefined;
let signalsRuntime: string | undefined;

/** The minified runtime (`dist/banner.min.js`), read once per process. */
export function bannerRuntime(): string {
  runtime ??= readFileSync(new URL('./banner.min.js', import.meta.url), 'utf8').trim();
  return runtime;
}

/** The minified automatic-blocking chunk (`dist/auto-block.min.js`), read once per process. */
export function autoBlockChunk(): string {
  autoBlockRuntime ??= readFileSync(new URL('./auto-block.min.js', import.meta.url), 'utf8').trim();
  return autoBlockRuntime;
}

/** The minified consent-signals chunk (`dist/signals.min.js`), read once per process. */
export function signalsChunk(): string {
  signalsRuntime ??= readFileSync(new URL('./signals.min.js', import.meta.url), 'utf8').trim();
  return signalsRuntime;
}

/**
 * JSON that is safe inside an inline or external `<script>`: `<` cannot close the element or
 * open a comment, and U+2028/U+2029 (valid JSON, line terminators in old JS parsers) are escaped.
 */
export function scriptJson(value: unknown): string {
  return (JSON.stringify(value) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const JS_STRING_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '<': '\\x3c',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * `smulaBoot`'s config argument as `JSON.parse('…')` of its JSON, which is as safe in a
 * `<script>` as {@link scriptJson}. Why not a literal: V8 parses JSON text much faster than it
 * runs an object literal of the same data once (every nested object takes the slow path), and
 * this runs on the visitor's critical path: the script's task got about a third shorter under the
 * banner benchmark's throttled profile (issue 16). Inside the quotes `\` and `'` are escaped for
 * the string, `<` is `\x3c` and U+2028/U+2029 are escapes. Anything but an object stays a literal.
 */
export function scriptJsonParse(value: unknown): string {
  if (value === null || typeof value !== 'object') return scriptJson(value);
  const text = JSON.stringify(value).replace(/[\\'<\u2028\u2029]/g, (c) => JS_STRING_ESCAPES[c]!);
  return `JSON.parse('${text}')`;
}

export interface TBannerScriptOptions {
  /** Absolute URL of `POST /api/v1/consents`; default: that path on the script's origin. */
  endpoint?: string;
  /** Pre-rendered declaration HTML per locale for `[data-smula-declaration]`, if wanted. */
  declaration?: Record<string, string>;
  /**
   * The visitor's country (ISO 3166-1 alpha-2) from the operator's edge header, when one is
   * configured. With the site's region rules it decides the consent model (issue 19); absent
   * or not a country, the strictest (opt-in) applies and the script is the same as without.
   */
  country?: string | null;
  /** The visitor's region when the caller has already mapped the country (precomputed answers). */
  region?: TRegion | null;
  /**
   * One of the site's published locales (the tag's `?lang=`): only that language's texts are
   * sent, each localized text already resolved with the default-locale fallback the runtime
   * would apply. Anything else (absent, not published) sends every locale.
   */
  locale?: string | null;
  /**
   * Inline the preferences layer's detail for the locales sent, instead of the runtime fetching
   * it: for a preview of a draft, which has no published version to fetch from.
   */
  inlineDetail?: boolean;
}

/**
 * The banner texts the runtime reads itself; the providers' and items' headings go with the
 * detail ({@link bannerDetail}), the placeholder and reload texts only to a site whose script
 * carries the automatic-blocking chunk.
 */
const BANNER_TEXTS = [
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
];
const AUTO_BLOCK_TEXTS = [
  'placeholderText',
  'placeholderAllow',
  'placeholderLink',
  'reloadNotice',
  'reloadButton',
];
const ITEM_KEYS = ['name', 'type', 'category'];
/** The policy labels of the live consent state; the table's labels go with the detail. */
const POLICY_LABELS = ['changeConsent', 'withdrawConsent', 'noConsent'];

const pick = <T extends object>(o: T, keys: readonly string[]): Partial<T> => {
  const out: Record<string, unknown> = {};
  for (const k of keys)
    if ((o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
  return out as Partial<T>;
};

/**
 * The first layer's config: the published config minus what the runtime does not read before
 * the preferences layer opens. Categories (without their descriptions, which come with the
 * detail) and the banner texts stay; of the items only what
 * purging a refused category's first-party cookies needs (name, match, type, category), and no
 * vendors: their detail is fetched with the preferences layer ({@link bannerDetail}), and the
 * declaration is rendered from the full version on the server. Of the envelope, `siteKey`,
 * `version` and `hash` are kept, so records still point at the full, immutable version, and
 * `materialSince`, which decides re-consent. Anything
 * that does not look like a published config is returned unchanged, for the runtime to reject.
 */
export function bannerConfig(config: unknown, locale?: string | null): unknown {
  const c = config as TPublishedConfig | null;
  if (
    !c ||
    !Array.isArray(c.categories) ||
    !Array.isArray(c.items) ||
    !Array.isArray(c.vendors) ||
    !c.texts ||
    !c.site
  )
    return config;
  // One language only when it is a published one: each localized text becomes that language's
  // entry, resolved as the runtime would (the default locale, then any, when it is missing).
  const one = locale && c.texts[locale] ? locale : undefined;
  const lt = (t: TLocalizedText | undefined) =>
    one && t ? { [one]: pickText(t, one, c.site.defaultLocale) } : t;
  const texts: Record<string, unknown> = {};
  const blocking = !!autoBlockArgs(c);
  const required = new Set(c.categories.filter((x) => x.required).map((x) => x.key));
  const bannerKeys = blocking ? [...BANNER_TEXTS, ...AUTO_BLOCK_TEXTS] : BANNER_TEXTS;
  for (const [l, t] of Object.entries(c.texts))
    if (!one || l === one)
      texts[l] = {
        banner: t?.banner && pick(t.banner, bannerKeys),
        policy: t?.policy && pick(t.policy, POLICY_LABELS),
      };
  return {
    // `hash` and `version` name the full version in every record; `materialSince` decides
    // re-consent. The rest of the envelope is the server's.
    ...pick(c, ['siteKey', 'version', 'hash', 'materialSince', 'appearance']),
    site: pick(c.site, [
      'domains',
      'defaultLocale',
      'consentLifetimes',
      'privacyPolicyUrl',
      'cookiePolicyUrl',
      'googleConsentMode',
    ]),
    // Only what a visitor can choose: no empty "unclassified" (see visitorCategories). The
    // descriptions come with the detail, unless a placeholder of the blocking chunk shows them.
    categories: visitorCategories(c).map((x) => ({
      ...pick(x, ['key', 'required', 'order', 'gcmSignals']),
      name: lt(x.name),
      ...(blocking ? { description: lt(x.description) } : {}),
    })),
    vendors: [],
    // The runtime purges first-party storage only (a third party's cookies are not readable)
    // of refused categories (a required one never is), so only those are sent, without
    // `party`; `matchKind` only when not the default, exact.
    items: c.items
      .filter((i) => i.party === 'first' && !required.has(i.category))
      .map((i) => pick(i, i.matchKind === 'exact' ? ITEM_KEYS : [...ITEM_KEYS, 'matchKind'])),
    texts,
  };
}

/** Whether `config` has the parts {@link bannerConfig} and the detail read. */
function isPublished(config: unknown): config is TPublishedConfig {
  const c = config as TPublishedConfig | null;
  return (
    !!c &&
    Array.isArray(c.categories) &&
    Array.isArray(c.items) &&
    Array.isArray(c.vendors) &&
    !!c.texts &&
    !!c.site
  );
}

/**
 * The preferences layer's detail for one of the config's locales, as the JSON the runtime
 * fetches from `/b/{key}@{n}.detail.{locale}.json`: `{ categoryKey: html }` (see `detail.ts`).
 * `null` when `locale` is not one of the config's.
 */
export function bannerDetail(config: TPublishedConfig, locale: string): string | null {
  if (!isPublished(config) || !config.texts[locale]) return null;
  return scriptJson(categoryDetail(config, locale));
}

/**
 * The exact JavaScript to serve for a site: runtime, then `smulaBoot(config, options)` with the
 * config reduced to what the first layer reads ({@link bannerConfig}) and the number of vendors
 * its text names. The preferences layer's detail is fetched when it opens ({@link bannerDetail}).
 * The runtime validates the shape and fails closed. For a config with an `autoBlock` map the
 * automatic-blocking chunk goes first and its hook into the same call (see {@link wrapRuntime}).
 */
export function bannerScript(config: unknown, options: TBannerScriptOptions = {}): string {
  return wrapRuntime(bannerRuntime(), config, options, {
    autoBlock: autoBlockChunk,
    signals: signalsChunk,
  });
}

/** The chunks {@link wrapRuntime} may put before the runtime, each read only when needed. */
export interface TChunks {
  autoBlock?: () => string;
  signals?: () => string;
}

/**
 * The argument of `smulaSignals(gates)` when a declared vendor enables a consent signal, else
 * undefined (no signal code is sent then).
 */
export function signalsArgs(config: unknown): string | undefined {
  const c = config as TPublishedConfig | null;
  if (!c || !Array.isArray(c.vendors) || !Array.isArray(c.items)) return undefined;
  const gates = consentSignalGates(c);
  return Object.keys(gates).length ? scriptJson(gates) : undefined;
}

/**
 * The arguments of `smulaAutoBlock(map, vendors)` for a config with a non-empty `autoBlock`
 * map, else undefined (the chunk is not sent at all then). `vendors` names the vendor behind
 * each host for the click-to-load placeholder; '' where the vendor turned placeholders off.
 */
export function autoBlockArgs(config: unknown): string | undefined {
  const c = config as TPublishedConfig | null;
  const map = c?.autoBlock;
  if (!map || typeof map !== 'object' || !Object.keys(map).length) return undefined;
  const vendors: Record<string, string> = {};
  if (Array.isArray(c.items) && Array.isArray(c.vendors) && c.site)
    for (const [host, id] of Object.entries(autoBlockVendors(c))) {
      const v = c.vendors.find((x) => x.id === id);
      if (v && host in map) vendors[host] = v.embedPlaceholder === false ? '' : v.name;
    }
  return `${scriptJson(map)},${scriptJson(vendors)}`;
}

/**
 * Google Consent Mode defaults for the regions whose model is not opt-in, ready for the runtime
 * to push after its global default; undefined when there are none or Consent Mode is off.
 * Google's tags take the most specific default for the visitor's own location, so a cached
 * script (a CDN, the static export) still gives a UK visitor the UK model before any choice.
 * Regions with the same signals share one call (the UK, Switzerland and the US by default).
 */
export function gcmRegionOptions(config: unknown): Record<string, unknown>[] | undefined {
  const c = config as Partial<TPublishedConfig> | null;
  const gcm = c?.site?.googleConsentMode;
  if (!gcm?.enabled || !Array.isArray(c?.categories)) return undefined;
  const byState = new Map<string, string[]>();
  for (const d of gcmRegionDefaults(c.site!.regionRules, c.categories)) {
    if (!d.region) continue;
    const state: Record<string, unknown> = {};
    for (const k of GCM_SIGNALS) state[k] = d.granted.includes(k) ? 'granted' : 'denied';
    if (gcm.waitForUpdateMs) state.wait_for_update = gcm.waitForUpdateMs;
    const key = JSON.stringify(state);
    byState.set(key, [...(byState.get(key) ?? []), ...d.region]);
  }
  const out = [...byState].map(([state, region]) => ({ ...JSON.parse(state), region }));
  return out.length ? out : undefined;
}

/**
 * {@link bannerScript} around a given runtime text (tests, or a runtime read elsewhere). Each
 * chunk the config needs goes first, and its hook into the fourth argument of `smulaBoot` (two
 * hooks are joined in place): the banner and the chunks meet inside one statement, not through
 * `window`.
 */
export function wrapRuntime(
  runtimeSource: string,
  config: unknown,
  options: TBannerScriptOptions = {},
  chunks: TChunks = {},
): string {
  const opts: TBannerOptions = {};
  if (options.endpoint) opts.endpoint = options.endpoint;
  const c0 = config as Partial<TPublishedConfig> | null;
  const one = options.locale && c0?.texts?.[options.locale] ? options.locale : undefined;
  const only = <T>(byLocale: Record<string, T>) =>
    one ? Object.fromEntries(Object.entries(byLocale).filter(([l]) => l === one)) : byLocale;
  if (options.declaration) opts.declaration = only(options.declaration);
  if (isPublished(config)) {
    opts.vendorCount = vendorCount(config);
    if (options.inlineDetail)
      opts.detail = Object.fromEntries(
        Object.keys(only(config.texts)).map((l) => [l, categoryDetail(config, l)]),
      );
  }
  // Region rules: the server decides the model, so the runtime only learns what starts granted
  // and whether to stay quiet; an opt-in visitor's script carries nothing extra.
  const c = config as Partial<TPublishedConfig> | null;
  if (c?.site && Array.isArray(c.categories)) {
    const rules = c.site.regionRules;
    const model = regionModel(rules, options.region ?? regionOfCountry(options.country));
    if (model !== 'opt-in') {
      opts.model = model;
      opts.grants = initialGrants(model, rules, c.categories);
    }
  }
  const gcmRegions = gcmRegionOptions(config);
  if (gcmRegions) opts.gcmRegions = gcmRegions;
  const code: string[] = [];
  const hooks: string[] = [];
  const block = chunks.autoBlock && autoBlockArgs(config);
  if (block) {
    code.push(chunks.autoBlock!().trim());
    hooks.push(`smulaAutoBlock(${block})`);
  }
  const signals = chunks.signals && signalsArgs(config);
  if (signals) {
    code.push(chunks.signals!().trim());
    hooks.push(`smulaSignals(${signals})`);
  }
  const hook =
    hooks.length > 1
      ? `,void 0,((...h)=>(...a)=>h.map(f=>f(...a)))(${hooks.join(',')})`
      : hooks.length
        ? `,void 0,${hooks[0]}`
        : '';
  code.push(
    runtimeSource.trim(),
    `smulaBoot(${scriptJsonParse(bannerConfig(config, one))},${scriptJson(opts)}${hook});\n`,
  );
  return code.join('\n');
}
