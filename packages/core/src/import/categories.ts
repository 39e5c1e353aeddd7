import {
  STANDARD_CATEGORIES,
  standardGcmSignals,
  type TCategory,
  type TLocale,
  type TStandardCategory,
} from '../model.js';

/** Names for the categories an importer creates when the input gives none in its own words. */
const DEFAULT_NAMES: Record<string, Record<TStandardCategory, string>> = {
  en: {
    necessary: 'Necessary',
    preferences: 'Preferences',
    statistics: 'Statistics',
    marketing: 'Marketing',
    unclassified: 'Unclassified',
  },
  sv: {
    necessary: 'Nödvändiga',
    preferences: 'Inställningar',
    statistics: 'Statistik',
    marketing: 'Marknadsföring',
    unclassified: 'Oklassificerade',
  },
};

function isStandard(key: string): key is TStandardCategory {
  return (STANDARD_CATEGORIES as readonly string[]).includes(key);
}

/** The default name of a standard category in `locale`, if Smula has one. */
export function defaultCategoryName(key: string, locale: TLocale): string | undefined {
  return isStandard(key) ? DEFAULT_NAMES[locale]?.[key] : undefined;
}

/**
 * A category as an importer creates it: required only for `necessary` (the one category that is
 * set without consent), GCM signals and order from the standard mapping, legal basis consent
 * for everything but necessary. Custom keys get no signals and sort after the standard ones.
 */
export function makeCategory(
  key: string,
  name: Record<TLocale, string>,
  description: Record<TLocale, string> = {},
): TCategory {
  const standard = isStandard(key);
  const index = STANDARD_CATEGORIES.indexOf(key as TStandardCategory);
  return {
    key,
    required: key === 'necessary',
    order: standard ? index : STANDARD_CATEGORIES.length,
    gcmSignals: standard ? standardGcmSignals(key) : [],
    name,
    description,
    legalBasis: key === 'necessary' ? 'strictly_necessary' : 'consent',
  };
}

/** Cookiebot's category names in English and Swedish → Smula keys. */
const COOKIEBOT_NAMES: Record<string, TStandardCategory> = {
  necessary: 'necessary',
  preferences: 'preferences',
  statistics: 'statistics',
  marketing: 'marketing',
  unclassified: 'unclassified',
  nödvändiga: 'necessary',
  inställningar: 'preferences',
  statistik: 'statistics',
  marknadsföring: 'marketing',
  oklassificerade: 'unclassified',
};

/** The Smula key for a Cookiebot category name (`Necessary`, `Nödvändiga` …), if it is one. */
export function categoryFromCookiebotName(name: string): TStandardCategory | undefined {
  return COOKIEBOT_NAMES[name.trim().toLowerCase()];
}

// Stems, so that `Nödvändiga cookies`, `Analyscookies` and `Strictly necessary` all match.
// `analys` covers `analytics` too; order within a category does not matter.
const KEYWORDS: [string, TStandardCategory][] = [
  ['nödvändig', 'necessary'],
  ['necessary', 'necessary'],
  ['strictly', 'necessary'],
  ['essential', 'necessary'],
  ['analys', 'statistics'],
  ['analytic', 'statistics'],
  ['statisti', 'statistics'],
  ['performance', 'statistics'],
  ['prestanda', 'statistics'],
  ['funktion', 'preferences'],
  ['function', 'preferences'],
  ['inställning', 'preferences'],
  ['preference', 'preferences'],
  ['marknadsföring', 'marketing'],
  ['marketing', 'marketing'],
  ['annons', 'marketing'],
  ['advertis', 'marketing'],
  ['targeting', 'marketing'],
  ['oklassificerad', 'unclassified'],
  ['unclassified', 'unclassified'],
];

/**
 * The standard category a heading names, by keyword in Swedish or English; when a line holds
 * keywords of several categories the one written first wins (`Funktionella och nödvändiga` →
 * preferences). Undefined when the line names none (`Cookies som ingår i denna kategori`).
 */
export function categoryFromKeywords(text: string): TStandardCategory | undefined {
  const lower = text.toLowerCase();
  let best: { at: number; key: TStandardCategory } | undefined;
  for (const [word, key] of KEYWORDS) {
    const at = lower.indexOf(word);
    if (at >= 0 && (!best || at < best.at)) best = { at, key };
  }
  return best?.key;
}
