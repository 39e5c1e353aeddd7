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
  const lower = name.trim().toLowerCase();
  return COOKIEBOT_NAMES[lower] ?? (lower.length <= 40 ? categoryFromKeywords(lower) : undefined);
}

// Stems, so that `Nödvändiga cookies`, `Analyscookies` and `Strictly necessary` all match, in the
// EU's official languages plus Norwegian and Icelandic. `analys` covers `analytics` too.
// Unclassified comes first: "nicht klassifiziert" must not read as anything else.
// biome-ignore format: word lists read better packed than one word a line
const KEYWORD_LISTS: [TStandardCategory, string[]][] = [
  ['unclassified', ['oklassificerad', 'unclassified', 'not classified', 'nicht klassifiziert', 'non classé', 'non classif', 'no clasificad', 'sin clasificar', 'niet geclassificeerd', 'ikke klassificeret', 'ikke klassifisert', 'uklassificer', 'uklassifiser', 'niesklasyfikowan', 'luokittelemat', 'não classificad', 'neklasifikovan', 'nezařazen', 'nem osztályozott', 'besorolatlan', 'neclasificat', 'некласифицирани', 'αταξινόμητ', 'neklasificiran', 'nerazvrščen', 'klassifitseerimata', 'neklasificēt', 'neklasifikuot', 'óflokkað', 'others', 'other cookies', 'sonstige', 'autres', 'otros', 'altri', 'overige', 'övriga']],
  ['necessary', ['nödvändig', 'necessary', 'strictly', 'essential', 'required', 'notwendig', 'erforderlich', 'essenziell', 'unbedingt', 'nécessaire', 'indispensable', 'essentiel', 'necesari', 'imprescindible', 'técnic', 'necessari', 'tecnic', 'noodzakelijk', 'essentieel', 'nødvendig', 'niezbędn', 'wymagan', 'konieczn', 'välttämät', 'necessári', 'nezbytn', 'nevyhnutn', 'nujn', 'neophodn', 'nužn', 'szükséges', 'elengedhetetlen', 'vajalik', 'nepieciešam', 'būtin', 'απαραίτητ', 'необходим', 'neċessarj', 'meħtieġ', 'riachtanach', 'nauðsynleg']],
  ['statistics', ['analys', 'analytic', 'statisti', 'statist', 'performance', 'prestanda', 'analyse', 'analyti', 'analiz', 'analisi', 'analític', 'analitic', 'análisis', 'análise', 'estad', 'estatíst', 'statystyk', 'tilasto', 'statistick', 'statisztik', 'statistic', 'στατιστικ', 'статистик', 'tölfræði', 'leistung', 'mesure d', "mesure d'audience", 'audience', 'rendimiento', 'prestazion', 'prestaties', 'ydelse', 'ytelse', 'wydajnoś', 'suoritusky', 'mätning', 'measurement']],
  ['preferences', ['funktion', 'function', 'inställning', 'preference', 'préférence', 'präferenz', 'einstellung', 'voorkeur', 'preferenc', 'preferenz', 'preferênc', 'preferenč', 'preferenț', 'προτιμήσ', 'предпочитан', 'præferenc', 'preferanse', 'asetukse', 'mieltymy', 'beállítás', 'postavk', 'nastavitv', 'eelistus', 'nuostat', 'kjörstilling', 'fonction', 'funcional', 'funzional', 'functione', 'funkcjonaln', 'funkční', 'funkčn', 'funkcional', 'toiminnalli', 'funktsionaal', 'funkcionāl', 'funkcin', 'funkcionális', 'funcțional', 'λειτουργικ', 'функционал', 'personnalisation', 'personalis', 'personaliz']],
  ['marketing', ['marknadsföring', 'marketing', 'annons', 'advertis', 'advertisement', 'targeting', 'werbung', 'werbe', 'publicit', 'ciblage', 'pubblicit', 'profilazione', 'advertentie', 'reclame', 'markedsføring', 'reklam', 'markkinoin', 'mainon', 'mainos', 'publicidad', 'mercadotecnia', 'reklamn', 'trženj', 'oglaš', 'hirdetés', 'turunda', 'reklāma', 'rinkodar', 'μάρκετινγκ', 'διαφήμισ', 'маркетинг', 'реклам', 'markkinointi', 'tracking', 'markaðs', 'fógraíocht']],
];
const KEYWORDS: [string, TStandardCategory][] = KEYWORD_LISTS.flatMap(([key, words]) =>
  words.map((w): [string, TStandardCategory] => [w, key]),
);

/**
 * The standard category a heading names, by keyword in any EU language, Norwegian or Icelandic; when a line holds
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
