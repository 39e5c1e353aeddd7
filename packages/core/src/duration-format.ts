/**
 * Storage durations as text for the policy page, and the unit constants parsing shares. Apart
 * from the parser so that the banner, which renders the declaration, carries no parse tables.
 *
 * @packageDocumentation
 */

import { DURATION_UNIT_WORDS } from './duration-unit-words.js';
import { baseLocale } from './locale.js';
import type { TDuration } from './model.js';

/**
 * Seconds per unit. Month and year are Gregorian calendar averages (a year is 365.2425 days, a
 * month a twelfth of that), so that `12 months` and `1 year` are the same duration and neither
 * drifts from the other.
 */
export const SECONDS_PER = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  week: 604_800,
  month: 2_629_746,
  year: 31_556_952,
} as const;

export type TDurationUnit = keyof typeof SECONDS_PER;

/** Milliseconds in a day, for `Date` arithmetic (a UTC day: no daylight-saving changes). */
export const DAY_MS = SECONDS_PER.day * 1000;

/** Labels for the kinds without a length; `TPolicyTexts.duration*` supplies them per locale. */
export interface TDurationLabels {
  session: string;
  persistent: string;
  unknown: string;
}

/**
 * The length in seconds: `seconds` as is, `Infinity` for `persistent` (so that comparisons such
 * as "longer than 13 months" flag it), `undefined` for `session` and `unknown`, which have no
 * length. `Infinity` is not JSON: store the {@link TDuration}, not this number.
 */
export function durationSeconds(d: TDuration): number | undefined {
  switch (d.kind) {
    case 'seconds':
      return d.seconds;
    case 'persistent':
      return Number.POSITIVE_INFINITY;
    default:
      return undefined;
  }
}

const DEFAULT_LABELS: Readonly<Record<string, TDurationLabels>> = {
  en: { session: 'Session', persistent: 'Persistent', unknown: 'Unknown' },
  sv: { session: 'Session', persistent: 'Beständig', unknown: 'Okänd' },
};

/**
 * Units from largest to smallest with the largest count each may show. Past it a smaller or
 * larger unit reads better: "91 days" rather than "13 weeks", "2 days" rather than "48 hours".
 */
const DISPLAY_UNITS: readonly (readonly [TDurationUnit, number])[] = [
  ['year', Number.POSITIVE_INFINITY],
  ['month', Number.POSITIVE_INFINITY],
  ['week', 4],
  ['day', Number.POSITIVE_INFINITY],
  ['hour', 167],
  ['minute', 1_439],
  ['second', 3_599],
];

/** The unit and count to show: exact when some unit divides the length, else rounded. */
function displayCount(seconds: number): { count: number; unit: TDurationUnit; exact: boolean } {
  if (seconds === 0) return { count: 0, unit: 'second', exact: true };
  for (const [unit, max] of DISPLAY_UNITS) {
    const count = seconds / SECONDS_PER[unit];
    if (Number.isInteger(count) && count <= max) return { count, unit, exact: true };
  }
  // No unit fits exactly: the largest unit that shows at least two of it, rounded.
  for (const [unit, max] of DISPLAY_UNITS) {
    const count = seconds / SECONDS_PER[unit];
    if (count >= 2 && count <= max) return { count, unit, exact: false };
  }
  return { count: seconds, unit: 'second', exact: false };
}

const numberFormats = new Map<string, Intl.NumberFormat | null>();

/**
 * A cached number format, with the unit's long name when `unit` is given; `null` when the
 * runtime does not know the locale tag (a `RangeError`).
 */
function numberFormat(
  locale: string,
  fractionDigits: number,
  unit?: TDurationUnit,
): Intl.NumberFormat | null {
  const key = `${locale}:${fractionDigits}:${unit}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    try {
      // Grouping would print 3,650 in English, which reads back as 3.65.
      format = new Intl.NumberFormat(locale, {
        useGrouping: false,
        maximumFractionDigits: fractionDigits,
        ...(unit && { style: 'unit', unit, unitDisplay: 'long' }),
      });
    } catch {
      format = null;
    }
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A duration as text for `locale`, the one rule behind the policy page and the banner. A length
 * is shown in the largest unit that holds it exactly (`400 days`, `13 månader`, `2 years`,
 * `1 dag`), so that `parseDuration` reads the text back to the same seconds; never rounded up
 * to a larger unit (13 months stay 13 months, not "1 year"). A length no unit holds exactly is
 * rounded to one decimal in the largest unit that shows at least two (`4.7 years`, `8,3 dagar`).
 *
 * Every language with default texts (`DEFAULT_LANGUAGES`) uses its words in
 * `duration-unit-words.ts`, the form chosen by `Intl.PluralRules` ("2 lata", "5 lat"); any
 * other language CLDR's long unit names through `Intl.NumberFormat`, and English when the
 * runtime does not know the locale.
 * `session`, `persistent` and `unknown` use `labels` when given, else built-in defaults
 * (English outside Swedish).
 *
 * @example
 * formatDuration({ kind: 'seconds', seconds: 400 * 86400 }, 'sv'); // '400 dagar'
 * formatDuration({ kind: 'persistent' }, 'sv'); // 'Beständig'
 */
export function formatDuration(
  d: TDuration,
  locale: string,
  labels?: Partial<TDurationLabels>,
): string {
  const language = baseLocale(locale);
  const label = (kind: keyof TDurationLabels) =>
    labels?.[kind] ?? (DEFAULT_LABELS[language] ?? DEFAULT_LABELS.en!)[kind];
  if (d.kind !== 'seconds') return label(d.kind);
  const { seconds } = d;
  if (seconds === Number.POSITIVE_INFINITY) return label('persistent');
  if (!Number.isFinite(seconds) || seconds < 0) return label('unknown');

  const { count, unit, exact } = displayCount(seconds);
  const digits = exact || count >= 10 ? 0 : 1;
  const table = DURATION_UNIT_WORDS[language];
  if (!table) {
    const text = numberFormat(locale, digits, unit)?.format(count);
    if (text) return text;
  }
  const words = table ?? DURATION_UNIT_WORDS.en!;
  const tag = table ? language : 'en';
  const number = numberFormat(tag, digits)!.format(count);
  const forms = words[unit];
  // French typesetting keeps number and unit together with a no-break space, as CLDR does.
  const space = tag === 'fr' ? '\u00a0' : ' ';
  return `${number}${space}${forms[pluralRules(tag, digits)?.select(count) ?? 'other'] ?? forms.other}`;
}

const pluralRulesCache = new Map<string, Intl.PluralRules | null>();

/**
 * Plural rules with the same fraction digits as the number shown, so that "1,5" selects the
 * fraction form (Czech "1,5 roku") and a rounded "2.0" is never shown as one; `null` when the
 * runtime lacks the locale.
 */
function pluralRules(locale: string, fractionDigits: number): Intl.PluralRules | null {
  const key = `${locale}:${fractionDigits}`;
  let rules = pluralRulesCache.get(key);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(locale, { maximumFractionDigits: fractionDigits });
    } catch {
      rules = null;
    }
    pluralRulesCache.set(key, rules);
  }
  return rules;
}
