/**
 * Storage durations: parsing the free text found in cookie declarations and databases (Swedish
 * and English) into a {@link TDuration}. Writing one back as text is `duration-format.ts`.
 *
 * @packageDocumentation
 */
import { SECONDS_PER, type TDurationUnit } from './duration-format.js';
import type { TDuration } from './model.js';

export interface TParseDurationOptions {
  /**
   * Reference time for texts that give an expiry date (`10 Nov 2030`). Without it a date parses
   * as `unknown`: a pure function has no clock, and a date is not a length of time.
   */
  now?: Date;
}

/**
 * Anything longer reads as persistent. A century is already "forever" for a cookie, and it keeps
 * `seconds` inside the bound the zod schema puts on it.
 */
const MAX_SECONDS = 100 * SECONDS_PER.year;

/** Longer input is cut before matching: no real declaration needs more, and it bounds the work. */
const MAX_INPUT = 500;

// Unit spellings → unit, and whether the word may stand without a number ("a day", "sekunder").
// Abbreviations may not: "min" is also Swedish for "my", "s" follows an apostrophe.
const UNIT_TOKENS: Record<string, readonly [TDurationUnit, boolean]> = {
  seconds: ['second', true],
  second: ['second', true],
  secs: ['second', false],
  sec: ['second', false],
  s: ['second', false],
  sekunder: ['second', true],
  sekunders: ['second', false],
  sekund: ['second', true],
  sek: ['second', false],
  minutes: ['minute', true],
  minute: ['minute', true],
  mins: ['minute', false],
  min: ['minute', false],
  m: ['minute', false],
  minuter: ['minute', true],
  minuters: ['minute', false],
  minut: ['minute', true],
  hours: ['hour', true],
  hour: ['hour', true],
  hrs: ['hour', false],
  hr: ['hour', false],
  h: ['hour', false],
  timmar: ['hour', true],
  timmars: ['hour', false],
  timme: ['hour', true],
  tim: ['hour', false],
  days: ['day', true],
  day: ['day', true],
  d: ['day', false],
  dagar: ['day', true],
  dagars: ['day', false],
  dag: ['day', true],
  dygn: ['day', true],
  dygns: ['day', false],
  weeks: ['week', true],
  week: ['week', true],
  wks: ['week', false],
  wk: ['week', false],
  w: ['week', false],
  veckor: ['week', true],
  veckors: ['week', false],
  vecka: ['week', true],
  months: ['month', true],
  month: ['month', true],
  mths: ['month', false],
  mth: ['month', false],
  mos: ['month', false],
  mo: ['month', false],
  månader: ['month', true],
  månaders: ['month', false],
  månad: ['month', true],
  mån: ['month', false],
  years: ['year', true],
  year: ['year', true],
  yrs: ['year', false],
  yr: ['year', false],
  y: ['year', false],
  år: ['year', true],
  års: ['year', false],
};

const UNIT_ALTERNATION = Object.keys(UNIT_TOKENS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// A number (or "a"/"one"/"en"/"ett") and a unit, neither glued to surrounding letters or digits.
const QUANTITY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(\\d+(?:[.,]\\d+)?)|(an?|one|en|ett)(?=[\\s-]))?[\\s-]*(${UNIT_ALTERNATION})(?![\\p{L}\\p{N}])`,
  'gu',
);

const SESSION_RE = /(?<!\p{L})se{1,2}s{1,3}i?on/u;
const BROWSER_RE = /browser|webbläsar/u;
const CLOSE_RE = /clos|stäng|exit|quit|avslut/u;
/** No end at all: outranks any stated length ("30 days or forever"). */
const UNBOUNDED_RE =
  /forever|unlimited|permanent|no expir|never expire|not expire|obegränsad|för alltid|(?<!\p{L})evig|upphör aldrig|utgår aldrig/u;
/** Outlives the session, length not given: yields to any stated length ("Persistent, 1 year"). */
const PERSISTENT_RE = /persist|beständig|local ?storage|lokal lagring|indexeddb/u;
const IMMEDIATE_RE = /immediately|omedelbart|(?<!\p{L})direkt(?!\p{L})/u;

const MONTH_NAMES = [
  ['january', 'januari'],
  ['february', 'februari'],
  ['march', 'mars'],
  ['april'],
  ['may', 'maj'],
  ['june', 'juni'],
  ['july', 'juli'],
  ['august', 'augusti'],
  ['september'],
  ['october', 'oktober'],
  ['november'],
  ['december'],
] as const;

/** Month index for an English or Swedish month name or its abbreviation of three letters or more. */
function monthIndex(word: string): number | undefined {
  if (word.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((names) => names.some((n) => n.startsWith(word)));
  return i < 0 ? undefined : i;
}

const DAY_MONTH_YEAR_RE = /(?<!\p{N})(\d{1,2})\.?\s+(\p{L}{3,9})\.?,?\s+(\d{4})(?!\p{N})/u;
const MONTH_DAY_YEAR_RE =
  /(?<!\p{L})(\p{L}{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\p{N})/u;
const ISO_DATE_RE = /(?<!\p{N})(\d{4})-(\d{2})-(\d{2})(?!\p{N})/u;

/** The calendar date a text names, as UTC milliseconds, or undefined when it names none. */
function findDate(text: string): number | undefined {
  let parts: [number, number | undefined, number] | undefined;
  const iso = ISO_DATE_RE.exec(text);
  const dmy = DAY_MONTH_YEAR_RE.exec(text);
  const mdy = MONTH_DAY_YEAR_RE.exec(text);
  if (iso) parts = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
  else if (dmy) parts = [Number(dmy[3]), monthIndex(dmy[2] ?? ''), Number(dmy[1])];
  else if (mdy) parts = [Number(mdy[3]), monthIndex(mdy[1] ?? ''), Number(mdy[2])];
  if (!parts) return undefined;
  const [year, month, day] = parts;
  if (month === undefined || month < 0 || month > 11) return undefined;
  const time = Date.UTC(year, month, day);
  // Date.UTC rolls 31 Feb over into March; such a text is not a date.
  return new Date(time).getUTCDate() === day ? time : undefined;
}

/** The longest stated length in seconds, or undefined when the text states none. */
function longestQuantity(text: string): number | undefined {
  let longest: number | undefined;
  for (const match of text.matchAll(QUANTITY_RE)) {
    const [whole, digits, word, token] = match;
    const unit = token === undefined ? undefined : UNIT_TOKENS[token];
    if (!unit) continue;
    const [unitName, standsAlone] = unit;
    let count: number;
    if (digits !== undefined) count = Number(digits.replace(',', '.'));
    else if (standsAlone && (word !== undefined || whole === text)) count = 1;
    else continue;
    const seconds = Math.round(count * SECONDS_PER[unitName]);
    if (Number.isFinite(seconds) && (longest === undefined || seconds > longest)) longest = seconds;
  }
  return longest;
}

/**
 * Reads a storage duration from the free text of a cookie declaration. Never throws; `raw` is
 * always the input.
 *
 * @remarks
 * A declaration states the *maximum* storage duration, so the rules lean towards the longest
 * reading:
 * - Several lengths (ranges, alternatives, "30 seconds till 1 year", "Session to 30 days",
 *   "14 days if … Otherwise, Session") give the longest one.
 * - "X after last activity", "X from set/update", "X by default, modifiable" give X.
 * - "X or longer" and "X (may be longer)" give X, although X is only a lower bound: the text
 *   names no upper one, and a number is more useful to a reader than `unknown`.
 * - Words of no end (`forever`, `unlimited`, `permanent`, `no expiration`, `obegränsad`) give
 *   `persistent` even beside a length. `Persistent`, `Beständig` and `Local Storage` (which has
 *   no expiry) give `persistent` only when no length is stated.
 * - Anything longer than 100 years is `persistent`.
 * - "Session", its plural and typos ("Seesion"), "End of session", "until the browser closes"
 *   give `session` when no length is stated.
 * - "Immediately removed" gives 0 seconds.
 * - A calendar date ("10 Nov 2030", "2030-11-10") gives the seconds from `options.now` to it,
 *   and `unknown` without `now` or when the date has passed.
 * - A unit word alone ("sekunder", "a day", "ett år") counts as one of that unit.
 * - Anything else ("Unknown", "Varies", "", a vendor's name) is `unknown`.
 *
 * Months and years use calendar averages ({@link SECONDS_PER}).
 *
 * @example
 * parseDuration('13 månader'); // { kind: 'seconds', seconds: 34186698, raw: '13 månader' }
 * parseDuration('Session to 30 days'); // { kind: 'seconds', seconds: 2592000, raw: … }
 */
export function parseDuration(text: string, options: TParseDurationOptions = {}): TDuration {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const t = raw
    .slice(0, MAX_INPUT)
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '')
    .trim();
  if (t === '') return { kind: 'unknown', raw };

  const date = findDate(t);
  if (date !== undefined) {
    const now = options.now?.getTime();
    if (now === undefined || Number.isNaN(now) || date <= now) return { kind: 'unknown', raw };
    return limited(Math.round((date - now) / 1000), raw);
  }

  if (UNBOUNDED_RE.test(t)) return { kind: 'persistent', raw };
  const seconds = longestQuantity(t);
  if (seconds !== undefined) return limited(seconds, raw);
  if (SESSION_RE.test(t) || (BROWSER_RE.test(t) && CLOSE_RE.test(t))) {
    return { kind: 'session', raw };
  }
  if (PERSISTENT_RE.test(t)) return { kind: 'persistent', raw };
  if (IMMEDIATE_RE.test(t)) return { kind: 'seconds', seconds: 0, raw };
  return { kind: 'unknown', raw };
}

function limited(seconds: number, raw: string): TDuration {
  return seconds > MAX_SECONDS ? { kind: 'persistent', raw } : { kind: 'seconds', seconds, raw };
}
