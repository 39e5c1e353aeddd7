/**
 * Countries and the lawfulness of sending personal data to them from the EU (GDPR chapter V):
 * the EEA and the Commission's adequacy decisions as versioned data, the transfer basis per
 * recipient country, and country names through `Intl`.
 *
 * @packageDocumentation
 */
import type { TTransferMechanism, TVendor } from './model.js';

const ISO_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

// Built on first use, so bundles that only render (the banner) drop the list entirely.
let validCodes: ReadonlySet<string> | undefined;

// Codes the EU itself writes that ISO reserves for the country under another code.
const EU_CODE_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/**
 * Whether `code` is an ISO 3166-1 alpha-2 country code (upper-case, officially assigned, or
 * XK for Kosovo). Deliberately a fixed list: `Intl` also names `EU`, `UN`, `ZZ` and withdrawn
 * codes, and what it names differs between browsers.
 */
export function isValidCountryCode(code: string): boolean {
  validCodes ??= new Set(ISO_CODES.split(' '));
  return validCodes.has(code);
}

/**
 * `code` trimmed, upper-cased and with the EU's own spellings (`UK`, `EL`) mapped to ISO (`GB`,
 * `GR`); undefined when that is not a valid country code.
 */
export function normaliseCountryCode(code: string | undefined): string | undefined {
  const upper = (code ?? '').trim().toUpperCase();
  const iso = EU_CODE_ALIASES[upper] ?? upper;
  return isValidCountryCode(iso) ? iso : undefined;
}

/**
 * EEA countries and territories, and the countries with an adequacy decision, as compact code
 * lists derived from `ADEQUACY` (adequacy.ts). Kept apart so the banner, which renders transfer
 * bases, does not carry the decisions' dates and references; a test keeps the two in step.
 */
export const EEA_CODE_LIST =
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO AX GF GP MQ MF RE YT';
export const ADEQUATE_CODE_LIST = 'AD AR CA FO GG IL IM JP JE NZ KR CH GB UY US';

// Built on first use: a module-level `new Set(…)` counts as a side effect to bundlers, so the
// banner's script, which names countries but gives no transfer bases, would carry both lists.
let eeaCodes: ReadonlySet<string> | undefined;
let adequateCodes: ReadonlySet<string> | undefined;

/** The part of a vendor that decides the transfer basis. */
export type TTransferVendor = Pick<TVendor, 'dpfCertified' | 'transferMechanism'>;

/**
 * The lawful basis for sending personal data from the EU to `country` for this vendor:
 * - `eea` inside the EEA (including Åland and the EU's outermost regions);
 * - `adequacy` where an adequacy decision covers the country (Canada's covers commercial
 *   organisations, which vendors are);
 * - for the US, `dpf` when the vendor is DPF-certified, else its declared `scc` or `bcr`;
 * - elsewhere the vendor's declared `scc` or `bcr`;
 * - `none` when a third country has none of these (a declared `dpf` or `adequacy` that does
 *   not apply counts as none);
 * - `unknown` for an empty or invalid country code.
 */
export function transferBasis(country: string, vendor: TTransferVendor): TTransferMechanism {
  const code = normaliseCountryCode(country);
  return code ? basisOfCode(code, vendor) : 'unknown';
}

/**
 * {@link transferBasis} for a code that is already a normalised ISO code, as every code in a
 * published config is: no validation table needed, which keeps the banner small.
 */
export function basisOfCode(code: string, vendor: TTransferVendor): TTransferMechanism {
  if (!/^[A-Z]{2}$/.test(code)) return 'unknown';
  eeaCodes ??= new Set(EEA_CODE_LIST.split(' '));
  adequateCodes ??= new Set(ADEQUATE_CODE_LIST.split(' '));
  if (eeaCodes.has(code)) return 'eea';
  if (code === 'US' && vendor.dpfCertified) return 'dpf';
  if (code !== 'US' && adequateCodes.has(code)) return 'adequacy';
  const declared = vendor.transferMechanism;
  return declared === 'scc' || declared === 'bcr' ? declared : 'none';
}

/**
 * Whether data may go to `country` without a further transfer mechanism: inside the EEA, under
 * an adequacy decision, or to the US when the recipient is DPF-certified (`dpf`).
 */
export function isAdequate(country: string, dpf: boolean): boolean {
  const basis = transferBasis(country, { dpfCertified: dpf });
  return basis === 'eea' || basis === 'adequacy' || basis === 'dpf';
}

export interface TCountryBasis {
  /** The normalised code, the input as given when it is not a valid code, undefined if none. */
  country: string | undefined;
  basis: TTransferMechanism;
}

/**
 * The transfer basis for each of a vendor's recipient countries, in order and without
 * repeats. A vendor with no countries gets one entry `{ country: undefined, basis: 'unknown' }`
 * so that "we do not know where the data goes" shows rather than an empty list.
 */
export function vendorTransferBases(
  vendor: Pick<TVendor, 'countries' | 'dpfCertified' | 'transferMechanism'>,
): TCountryBasis[] {
  const result: TCountryBasis[] = [];
  const seen = new Set<string>();
  for (const given of vendor.countries) {
    const country = normaliseCountryCode(given) ?? given.trim();
    if (country === '' || seen.has(country)) continue;
    seen.add(country);
    result.push({ country, basis: transferBasis(country, vendor) });
  }
  return result.length > 0 ? result : [{ country: undefined, basis: 'unknown' }];
}

// Intl.DisplayNames is missing from some older browsers; names then fall back to codes.
const hasDisplayNames = typeof Intl !== 'undefined' && typeof Intl.DisplayNames === 'function';
const displayNames = new Map<string, Intl.DisplayNames | null>();

function regionNames(locale: string, style: 'long' | 'short' = 'long'): Intl.DisplayNames | null {
  const key = `${locale}|${style}`;
  let names = displayNames.get(key);
  if (names === undefined) {
    try {
      names = hasDisplayNames
        ? new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' })
        : null;
    } catch {
      // An invalid locale tag throws a RangeError.
      names = null;
    }
    displayNames.set(key, names);
  }
  return names;
}

/**
 * The country's name in `locale` (`countryName('SE', 'sv')` → `Sverige`), or `code` itself when
 * it is not a valid code or the runtime has no name for it.
 */
export function countryName(code: string, locale: string): string {
  const iso = normaliseCountryCode(code);
  return iso ? regionName(iso, locale) : code;
}

/** {@link countryName} for an already normalised code (see {@link basisOfCode}). */
export function regionName(code: string, locale: string): string {
  return (/^[A-Z]{2}$/.test(code) && regionNames(locale)?.of(code)) || code;
}

/** Comparison form of a name: no diacritics, case, punctuation, leading article or "S:t". */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bs:t\b/g, 'saint')
    .replace(/\bst\b\.?/g, 'saint')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

// Names people write that neither language's display names give.
const NAME_ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  'forenta staterna': 'US',
  'amerikas forenta stater': 'US',
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  'forenade kungariket': 'GB',
  holland: 'NL',
  korea: 'KR',
  'republic of korea': 'KR',
  'korea republic of': 'KR',
  'czech republic': 'CZ',
  'tjeckiska republiken': 'CZ',
  turkey: 'TR',
  'ivory coast': 'CI',
  swaziland: 'SZ',
  macedonia: 'MK',
  makedonien: 'MK',
  burma: 'MM',
  'russian federation': 'RU',
  vatican: 'VA',
  'holy see': 'VA',
  uae: 'AE',
  'democratic republic of the congo': 'CD',
  'dr congo': 'CD',
  'republic of the congo': 'CG',
  'cabo verde': 'CV',
  'east timor': 'TL',
  vitryssland: 'BY',
  macau: 'MO',
};

let nameIndex: Map<string, string> | undefined;

/** Built on first use: every valid code's English and Swedish names, long and short. */
function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    if (!name) return;
    const key = nameKey(name);
    if (key && !index.has(key)) index.set(key, code);
    // "Myanmar (Burma)": also "Myanmar".
    const bare = nameKey(name.replace(/\([^)]*\)/g, ' '));
    if (bare && !index.has(bare)) index.set(bare, code);
  };
  for (const lang of ['en', 'sv']) {
    for (const style of ['long', 'short'] as const) {
      const names = regionNames(lang, style);
      if (names) for (const code of ISO_CODES.split(' ')) add(names.of(code), code);
    }
  }
  for (const [alias, code] of Object.entries(NAME_ALIASES)) index.set(nameKey(alias), code);
  return index;
}

/**
 * The ISO alpha-2 code for an English or Swedish country name (`Sweden`, `Sverige`, `United
 * States`, `USA`, `UK`, `Storbritannien`), ignoring case, diacritics and punctuation; a valid
 * two-letter code is returned as is. Undefined when nothing matches.
 *
 * @remarks The names come from `Intl.DisplayNames`, so a runtime without it knows only the codes
 * and a few aliases.
 */
export function countryCodeFromName(name: string): string | undefined {
  const trimmed = (name ?? '').trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = normaliseCountryCode(trimmed);
    if (code) return code;
  }
  nameIndex ??= buildNameIndex();
  const key = nameKey(trimmed);
  return key ? nameIndex.get(key) : undefined;
}
