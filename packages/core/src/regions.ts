/**
 * Region rules: which consent model applies to a visitor by where they are (issue 19). Pure:
 * the server finds the visitor's country (an edge header the operator configures) and passes
 * it in; nothing here reads a request, an IP address or a database.
 *
 * - `opt-in`: the banner asks before anything non-necessary runs (EU/EEA law, ePrivacy Art. 5(3)).
 * - `opt-out`: the categories the editor chose start granted; the banner informs and offers
 *   refusal (UK PECR as amended in 2026 for statistics and appearance, Swiss FADP, US states).
 * - `none`: no banner; every category is granted.
 *
 * @packageDocumentation
 */
import { EEA_CODE_LIST } from './countries.js';
import type { TCategory, TGcmSignal, TRegion, TRegionModel, TRegionRules } from './model.js';

/**
 * The defaults: opt-in wherever the law or doubt requires it (EU/EEA, and everywhere not
 * listed), opt-out where the law allows it for the chosen categories (UK, Switzerland, US).
 * Under opt-out only preferences and statistics start granted: the UK exemption covers
 * statistics and appearance, not advertising.
 */
export const DEFAULT_REGION_RULES: TRegionRules = {
  models: { eu: 'opt-in', uk: 'opt-out', ch: 'opt-out', us: 'opt-out', other: 'opt-in' },
  optOutCategories: ['preferences', 'statistics'],
};

/** The strictest model, for a visitor whose region is unknown. */
export const STRICTEST_MODEL: TRegionModel = 'opt-in';

/**
 * The region of an ISO 3166-1 alpha-2 country code, as an edge header gives it (`SE`, `gb`);
 * `undefined` when the code is missing or not a country code (`XX`, `T1`, `''`), so that the
 * caller applies the strictest model.
 *
 * @example regionOfCountry('NO') // 'eu' (EEA)
 */
export function regionOfCountry(code: string | null | undefined): TRegion | undefined {
  const c = (code ?? '').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(c) || c === 'XX' || c === 'ZZ') return undefined;
  if (EEA_CODE_LIST.split(' ').includes(c)) return 'eu';
  if (c === 'GB') return 'uk';
  if (c === 'CH') return 'ch';
  if (c === 'US') return 'us';
  return 'other';
}

/** The model for `region` under `rules` (the defaults when absent); unknown → strictest. */
export function regionModel(
  rules: TRegionRules | undefined,
  region: TRegion | undefined,
): TRegionModel {
  if (!region) return STRICTEST_MODEL;
  return (rules ?? DEFAULT_REGION_RULES).models[region] ?? STRICTEST_MODEL;
}

/**
 * The categories granted before the visitor chooses, under `model`: none for opt-in; the
 * editor's opt-out categories (never a required one, which is always on anyway) for opt-out;
 * every optional category for none.
 */
export function initialGrants(
  model: TRegionModel,
  rules: TRegionRules | undefined,
  categories: readonly Pick<TCategory, 'key' | 'required'>[],
): string[] {
  const optional = categories.filter((c) => !c.required).map((c) => c.key);
  if (model === 'none') return optional;
  if (model === 'opt-out') {
    const chosen = new Set((rules ?? DEFAULT_REGION_RULES).optOutCategories);
    return optional.filter((k) => chosen.has(k));
  }
  return [];
}

/** Country codes a Consent Mode `region` parameter uses for each region but `other`. */
const GCM_REGION_CODES: Readonly<Record<Exclude<TRegion, 'other'>, () => string[]>> = {
  eu: () => EEA_CODE_LIST.split(' '),
  uk: () => ['GB'],
  ch: () => ['CH'],
  us: () => ['US'],
};

/** One `gtag('consent', 'default', …)` call: the signals granted, for `region` or everywhere. */
export interface TGcmRegionDefault {
  /** Country codes; absent for the global default. */
  region?: string[];
  granted: TGcmSignal[];
}

/**
 * Google Consent Mode defaults per region, following the same rules: a global default with the
 * strictest model (what a visitor of unknown location gets, and what the banner pushes first),
 * then one region-scoped default for each listed region whose model is not the strictest.
 * Tags read the most specific default, so a visitor in GB gets the UK model even before the
 * banner has run. `other` has no country list, so its model reaches Consent Mode only through
 * the banner's update once the server knows the region. `security_storage` is always granted.
 */
export function gcmRegionDefaults(
  rules: TRegionRules | undefined,
  categories: readonly Pick<TCategory, 'key' | 'required' | 'gcmSignals'>[],
): TGcmRegionDefault[] {
  const signals = (model: TRegionModel) => {
    const granted = new Set<TGcmSignal>(['security_storage']);
    const keys = new Set(initialGrants(model, rules, categories));
    for (const c of categories)
      if (c.required || keys.has(c.key)) for (const s of c.gcmSignals) granted.add(s);
    return [...granted].sort();
  };
  const out: TGcmRegionDefault[] = [{ granted: signals(STRICTEST_MODEL) }];
  for (const region of ['eu', 'uk', 'ch', 'us'] as const) {
    const model = regionModel(rules, region);
    if (model !== STRICTEST_MODEL)
      out.push({ region: GCM_REGION_CODES[region](), granted: signals(model) });
  }
  return out;
}
