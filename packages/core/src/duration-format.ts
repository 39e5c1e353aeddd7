/**
 * Storage durations as text for the policy page, and the unit constants parsing shares. Apart
 * from the parser so that the banner, which renders the declaration, carries no parse tables.
 *
 * @packageDocumentation
 */
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

type TUnitWords = Readonly<Record<TDurationUnit, readonly [one: string, other: string]>>;

/**
 * Unit words for the languages whose cookie policies we have read, kept here rather than taken
 * from `Intl` for two reasons. What Swedish policies write is not what CLDR says: "30 dagar",
 * where `Intl` prints "30 dygn". And the text must read back through `parseDuration`'s
 * word list to the same seconds, on every ICU version a server or browser ships. Any other
 * language gets CLDR's words through `Intl` (see {@link formatDuration}), so that adding one
 * (issue 19: the 24 EU languages, nb, is) needs no table unless its policies, like Swedish
 * ones, say it differently (Norwegian CLDR has the same "døgn").
 */
const UNIT_WORDS: Readonly<Record<string, TUnitWords>> = {
  en: {
    second: ['second', 'seconds'],
    minute: ['minute', 'minutes'],
    hour: ['hour', 'hours'],
    day: ['day', 'days'],
    week: ['week', 'weeks'],
    month: ['month', 'months'],
    year: ['year', 'years'],
  },
  sv: {
    second: ['sekund', 'sekunder'],
    minute: ['minut', 'minuter'],
    hour: ['timme', 'timmar'],
    day: ['dag', 'dagar'],
    week: ['vecka', 'veckor'],
    month: ['månad', 'månader'],
    year: ['år', 'år'],
  },
};

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
 * Swedish and English use the words above; other languages CLDR's long unit names through
 * `Intl.NumberFormat` (`13 Monate`), and English when the runtime does not know the locale.
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
  if (!UNIT_WORDS[language]) {
    const text = numberFormat(locale, digits, unit)?.format(count);
    if (text) return text;
  }
  const table = UNIT_WORDS[language] ? language : 'en';
  const [one, other] = UNIT_WORDS[table]![unit];
  const number = numberFormat(table, digits)!.format(count);
  return `${number} ${number === '1' ? one : other}`;
}
