/**
 * Storage durations: parsing the free text found in cookie declarations and databases (Swedish
 * English and the other EU languages, Norwegian and Icelandic; the words are in
 * `duration-words.ts`) into a {@link TDuration}. Writing one back as text is `duration-format.ts`.
 *
 * @packageDocumentation
 */
import { SECONDS_PER, type TDurationUnit } from './duration-format.js';
import {
  BROWSER_STEMS,
  CLOSE_STEMS,
  FEW_COUNT,
  FEW_WORDS,
  IMMEDIATE_PHRASES,
  NUMBER_WORDS,
  PERSISTENT_STEMS,
  SESSION_STEMS,
  UNBOUNDED_PHRASES,
  UNIT_ABBREVIATIONS,
  UNIT_WORDS,
  UNKNOWN_WORDS,
} from './duration-words.js';
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

// Unit word → unit, and whether it may stand without a number ("a day", "sekunder", "Jahr").
// Abbreviations may not: "min" is also Swedish for "my", "s" follows an apostrophe.
const UNIT_TOKENS = new Map<string, readonly [TDurationUnit, boolean]>();
for (const [unit, words] of Object.entries(UNIT_ABBREVIATIONS) as [
  TDurationUnit,
  readonly string[],
][]) {
  for (const w of words) UNIT_TOKENS.set(w, [unit, false]);
}
for (const [unit, words] of Object.entries(UNIT_WORDS) as [TDurationUnit, readonly string[]][]) {
  for (const w of words) UNIT_TOKENS.set(w, [unit, true]);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

// A number (digits, a number word or "few") with a word after it: the unit candidate, read in
// a lookahead so that "for two years" still sees "two" after "for" was tried.
// Romanian puts "de" between 20 and up and the unit ("21 de zile"); Irish eclipsis joins "n-"
// to a vowel ("7 n-uaire"): both are skipped to reach the unit.
const QUANTITY_RE =
  /(?<![\p{L}\p{N}_.,])(\d+(?:[.,]\d+)?|\p{L}+)(?=[\s-]*(?:\(|\+)?\s*(?:de\s+|n-)?(\p{L}+))/gu;
// Multi-word "a few" forms are folded into "few" before matching.
const FEW_RE = new RegExp(`(?<!\\p{L})(?:a few|${longestFirst(FEW_WORDS)})(?!\\p{L})`, 'gu');

const COMPOUND_REST_RE =
  /^[\s,&+.]*(?:(?:and|et|und|och|og|y|e|en|i|és|ir|un|ja|и|και|a)[\s,.]+)*[\s,.]*$/u;

/** A stem list as one regex; stems shorter than five letters must start a word. */
function stemRe(stems: readonly string[]): RegExp {
  const long = stems.filter((s) => s.length >= 5);
  const short = stems.filter((s) => s.length < 5);
  const parts = [];
  if (long.length) parts.push(`(?:${longestFirst(long)})`);
  if (short.length) parts.push(`(?<!\\p{L})(?:${longestFirst(short)})`);
  return new RegExp(parts.join('|'), 'u');
}

const SESSION_RE = new RegExp(`(?<!\\p{L})se{1,2}s{1,3}i?on|${stemRe(SESSION_STEMS).source}`, 'u');
const BROWSER_RE = stemRe(BROWSER_STEMS);
const CLOSE_RE = stemRe(CLOSE_STEMS);
/** No end at all: outranks any stated length ("30 days or forever"). */
const UNBOUNDED_RE = new RegExp(`(?<!\\p{L})(?:evig|${longestFirst(UNBOUNDED_PHRASES)})`, 'u');
/** Outlives the session, length not given: yields to any stated length ("Persistent, 1 year"). */
const PERSISTENT_RE = stemRe(PERSISTENT_STEMS);
const IMMEDIATE_RE = new RegExp(
  `(?<!\\p{L})(?:direkt|${longestFirst(IMMEDIATE_PHRASES)})(?!\\p{L})`,
  'u',
);
const UNKNOWN_SET = new Set(UNKNOWN_WORDS);

/**
 * Whether a duration text says outright that the length is unknown (`Unknown`, `Unbekannt`,
 * `n/a`, `-`): an honest `unknown` that needs no warning, unlike text nobody could read.
 */
export function isUnknownDurationText(text: string): boolean {
  const t = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.]+$/, '')
    .trim();
  return UNKNOWN_SET.has(t);
}

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
  let sum = 0;
  let rest = '';
  let at = 0;
  const folded = text.replace(FEW_RE, 'few');
  const whole = UNIT_TOKENS.get(folded.replace(/[()]/g, ''));
  if (whole?.[1]) return SECONDS_PER[whole[0]];
  for (const match of folded.matchAll(QUANTITY_RE)) {
    const [, number = '', token = ''] = match;
    const unit = UNIT_TOKENS.get(token) ?? UNIT_TOKENS.get(token.replace(/s$/, ''));
    if (!unit) continue;
    const [unitName, isWord] = unit;
    let count: number | undefined;
    if (/^\d/.test(number)) count = Number(number.replace(',', '.'));
    else if (!isWord) continue;
    else if (number === 'few') count = FEW_COUNT;
    else count = NUMBER_WORDS[number];
    if (count === undefined) continue;
    const seconds = Math.round(count * SECONDS_PER[unitName]);
    if (!Number.isFinite(seconds)) continue;
    if (longest === undefined || seconds > longest) longest = seconds;
    sum += seconds;
    const start = match.index ?? 0;
    rest += folded.slice(at, start);
    at = folded.indexOf(token, start + number.length) + token.length;
  }
  // "1 year 1 month 4 days" (CookieYes writes lengths so) is one length: the sum, when nothing
  // but spaces, commas and "and" stands between the parts.
  rest += folded.slice(at);
  if (sum > (longest ?? 0) && COMPOUND_REST_RE.test(rest)) return sum;
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
