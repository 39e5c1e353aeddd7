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

type TLanguage = 'en' | 'sv';

const UNIT_NAMES: Record<TLanguage, Record<TDurationUnit, readonly [string, string]>> = {
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

const DEFAULT_LABELS: Record<TLanguage, TDurationLabels> = {
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

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(language: TLanguage, fractionDigits: number): Intl.NumberFormat {
  const key = `${language}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Grouping would print 3,650 in English, which reads back as 3.65.
    format = new Intl.NumberFormat(language, {
      useGrouping: false,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A duration as text for `locale`: Swedish for `sv*`, English otherwise. A length is shown in
 * the largest unit that holds it exactly (`400 days`, `13 månader`, `2 years`, `1 dag`), so that
 * `parseDuration` reads the text back to the same seconds. A length no unit holds exactly is
 * rounded to one decimal in the largest unit that shows at least two (`4.7 years`, `8,3 dagar`).
 * `session`, `persistent` and `unknown` use `labels` when given, else built-in defaults.
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
  const language: TLanguage = baseLocale(locale) === 'sv' ? 'sv' : 'en';
  const label = (kind: keyof TDurationLabels) => labels?.[kind] ?? DEFAULT_LABELS[language][kind];
  if (d.kind !== 'seconds') return label(d.kind);
  const { seconds } = d;
  if (seconds === Number.POSITIVE_INFINITY) return label('persistent');
  if (!Number.isFinite(seconds) || seconds < 0) return label('unknown');

  const { count, unit, exact } = displayCount(seconds);
  const number = numberFormat(language, exact || count >= 10 ? 0 : 1).format(count);
  const [one, other] = UNIT_NAMES[language][unit];
  return `${number} ${number === '1' ? one : other}`;
}
