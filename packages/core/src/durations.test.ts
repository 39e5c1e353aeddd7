import { readShared } from '@smula/testing';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import {
  durationSeconds,
  formatDuration,
  SECONDS_PER,
  type TDurationUnit,
} from './duration-format.js';
import { parseDuration } from './durations.js';
import type { TDuration } from './model.js';

const { minute, hour, day, week, month, year } = SECONDS_PER;

/** Seconds for `n` of `unit`, to state expectations in the units the text uses. */
const of = (n: number, unit: TDurationUnit) => Math.round(n * SECONDS_PER[unit]);

const seconds = (d: TDuration) => (d.kind === 'seconds' ? d.seconds : undefined);

describe('SECONDS_PER', () => {
  it('uses Gregorian averages, so twelve months make a year', () => {
    expect(year).toBe(365.2425 * day);
    expect(12 * month).toBe(year);
    expect(week).toBe(7 * day);
  });
});

describe('parseDuration', () => {
  const lengths: [string, number][] = [
    ['1 day', of(1, 'day')],
    ['30 days', of(30, 'day')],
    ['400 days', of(400, 'day')],
    ['3 months', of(3, 'month')],
    ['1 year', of(1, 'year')],
    ['2 years', of(2, 'year')],
    ['13 månader', of(13, 'month')],
    ['12 månader', of(1, 'year')],
    ['100 dagar', of(100, 'day')],
    ['2 år', of(2, 'year')],
    ['1 år', of(1, 'year')],
    ['1 månad', of(1, 'month')],
    ['2 veckor', of(2, 'week')],
    ['24 timmar', of(1, 'day')],
    ['30 minuter', of(30, 'minute')],
    ['sekunder', 1],
    ['1 Year', of(1, 'year')],
    ['30 mins', of(30, 'minute')],
    ['90 sec', 90],
    ['45 secs', 45],
    ['3w', of(3, 'week')],
    ['1y', of(1, 'year')],
    ['12h', of(12, 'hour')],
    ['1440 Minutes', of(1, 'day')],
    ['1 timme', of(1, 'hour')],
    ['1 sekund', 1],
    ['1 minut', 60],
    ['1 vecka', of(1, 'week')],
    ['2 dygn', of(2, 'day')],
    ['ett år', of(1, 'year')],
    ['en månad', of(1, 'month')],
    ['a day', of(1, 'day')],
    ['1,5 år', of(1.5, 'year')],
    ['1.5 hours', of(1.5, 'hour')],
    ['30-day cookie', of(30, 'day')],
    ['0 days', 0],
    ['6 MONTHS.', of(6, 'month')],
    ['  2 years  ', of(2, 'year')],
    ['lagras i 13 månaders tid', of(13, 'month')],
  ];
  it.each(lengths)('reads %j as a length', (text, expected) => {
    expect(parseDuration(text)).toEqual({ kind: 'seconds', seconds: expected, raw: text });
  });

  const ranges: [string, number][] = [
    ['Session to 45 days', of(45, 'day')],
    ['20 seconds till 2 years', of(2, 'year')],
    ['7 days till 1000 days', of(1000, 'day')],
    ['2 weeks to 6 months', of(6, 'month')],
    ['10 minutes, 2w or 3y depending on the setting', of(3, 'year')],
    ['90 days after last activity or 5 years after opting out', of(5, 'year')],
    ['7 days if "Keep me signed in" is ticked. Otherwise, Session.', of(7, 'day')],
    ['Från session till 1 år', of(1, 'year')],
  ];
  it.each(ranges)('reads the longest length of %j', (text, expected) => {
    expect(seconds(parseDuration(text))).toBe(expected);
  });

  const qualified: [string, number][] = [
    ['3 years after last activity', of(3, 'year')],
    ['8 months by default, modifiable', of(8, 'month')],
    ['2 hours or longer', of(2, 'hour')],
    ['6 months (longer in some markets)', of(6, 'month')],
    ['5 years from set/update', of(5, 'year')],
  ];
  it.each(qualified)('reads the stated length of %j', (text, expected) => {
    expect(seconds(parseDuration(text))).toBe(expected);
  });

  it.each([
    'Session',
    'session',
    'SESSION',
    'Sessions',
    'Sesssion',
    'Seesion',
    'session cookie',
    'Sessionscookie',
    'End of session (browser)',
    'Until the browser is closed',
    'Tills webbläsaren stängs',
    'session storage',
  ])('reads %j as session', (text) => {
    expect(parseDuration(text)).toEqual({ kind: 'session', raw: text });
  });

  it.each([
    'Persistent',
    'persistent',
    'Beständig',
    'forever',
    'Unlimited',
    'permanent',
    'no expiration',
    'Never expires',
    'Obegränsad',
    'Local Storage',
    '5 days or forever',
    '1000 years',
  ])('reads %j as persistent', (text) => {
    expect(parseDuration(text)).toEqual({ kind: 'persistent', raw: text });
  });

  it('lets a stated length outrank a bare "persistent"', () => {
    expect(seconds(parseDuration('Persistent, 2 years'))).toBe(of(2, 'year'));
  });

  it.each([
    '',
    '   ',
    'Unknown',
    'undefined',
    'Varies',
    'various',
    'Okänd',
    'Acme Ads',
    'Removed once the login state is checked',
    'min webbläsare',
    "the vendor's choice",
  ])('reads %j as unknown', (text) => {
    expect(parseDuration(text)).toEqual({ kind: 'unknown', raw: text });
  });

  it('reads an immediate removal as zero seconds', () => {
    expect(parseDuration('Removed immediately')).toEqual({
      kind: 'seconds',
      seconds: 0,
      raw: 'Removed immediately',
    });
  });

  describe('dates', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const until = (iso: string) => Math.round((Date.parse(iso) - now.getTime()) / 1000);

    it('are unknown without a reference time', () => {
      expect(parseDuration('3 Mar 2031').kind).toBe('unknown');
      expect(parseDuration('2031-03-03').kind).toBe('unknown');
    });

    it.each([
      ['3 Mar 2031', '2031-03-03'],
      ['3 mars 2031', '2031-03-03'],
      ['March 3rd, 2031', '2031-03-03'],
      ['Expires 2031-03-03', '2031-03-03'],
      ['1 jan 2027', '2027-01-01'],
    ])('read %j as the time from `now` to it', (text, iso) => {
      expect(seconds(parseDuration(text, { now }))).toBe(until(iso));
    });

    it('are unknown when past or impossible', () => {
      expect(parseDuration('3 Mar 2020', { now }).kind).toBe('unknown');
      expect(parseDuration('31 Feb 2031', { now }).kind).toBe('unknown');
    });
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [undefined, null, 42, '1'.repeat(10_000), '\u0000', 'ååå år år'];
    for (const text of odd) {
      const d = parseDuration(text as string);
      expect(d.raw).toBe(typeof text === 'string' ? text : String(text ?? ''));
    }
  });
});

describe('durationSeconds', () => {
  it('gives the length, Infinity for persistent and nothing for session or unknown', () => {
    expect(durationSeconds(parseDuration('2 days'))).toBe(2 * day);
    expect(durationSeconds(parseDuration('Persistent'))).toBe(Number.POSITIVE_INFINITY);
    expect(durationSeconds(parseDuration('Session'))).toBeUndefined();
    expect(durationSeconds(parseDuration('Varies'))).toBeUndefined();
  });
});

describe('formatDuration', () => {
  const s = (n: number): TDuration => ({ kind: 'seconds', seconds: n });

  it.each([
    [400 * day, '400 days', '400 dagar'],
    [2 * year, '2 years', '2 år'],
    [13 * month, '13 months', '13 månader'],
    [12 * month, '1 year', '1 år'],
    [365 * day, '365 days', '365 dagar'],
    [day, '1 day', '1 dag'],
    [2 * week, '2 weeks', '2 veckor'],
    [91 * day, '91 days', '91 dagar'],
    [2 * day, '2 days', '2 dagar'],
    [hour, '1 hour', '1 timme'],
    [30 * minute, '30 minutes', '30 minuter'],
    [90, '90 seconds', '90 sekunder'],
    [1, '1 second', '1 sekund'],
    [0, '0 seconds', '0 sekunder'],
  ])('writes %d seconds as %j / %j', (n, en, sv) => {
    expect(formatDuration(s(n), 'en')).toBe(en);
    expect(formatDuration(s(n), 'sv')).toBe(sv);
    expect(formatDuration(s(n), 'sv-FI')).toBe(sv);
  });

  it('rounds a length no unit holds exactly, with the locale’s decimal sign', () => {
    const n = 4.7 * year + 12_345;
    expect(formatDuration(s(n), 'en')).toBe('4.7 years');
    expect(formatDuration(s(n), 'sv')).toBe('4,7 år');
    expect(formatDuration(s(8 * day + 7 * hour), 'en')).toBe('8.3 days');
    expect(formatDuration(s(3_700), 'en')).toBe('62 minutes');
  });

  it('writes the other default languages with their words, by the same exact-unit rule', () => {
    expect(formatDuration(s(3 * day), 'de')).toBe('3 Tage');
    expect(formatDuration(s(13 * month), 'de-AT')).toBe('13 Monate');
    expect(formatDuration(s(13 * month), 'fi')).toBe('13 kuukautta');
    // French puts a no-break space between number and unit.
    expect(formatDuration(s(2 * week), 'fr')).toBe('2\u00a0semaines');
    expect(formatDuration(s(4.7 * year + 12_345), 'de')).toBe('4,7 Jahre');
    // No grouping, as in the word tables: 3650 is not 3.650 (three and a bit) in German.
    expect(formatDuration(s(3_650 * day), 'de')).toBe('3650 Tage');
    // A language without default texts gets CLDR's unit names.
    expect(formatDuration(s(3 * day), 'ja')).toBe('3 日');
  });

  it('falls back to English words and labels where it has nothing better', () => {
    expect(formatDuration({ kind: 'persistent' }, 'fi')).toBe('Persistent');
    expect(formatDuration(s(3 * day), 'not a locale!')).toBe('3 days');
  });

  it('uses the given labels, else the built-in ones', () => {
    const labels = { session: 'Sitzung', persistent: 'Dauerhaft', unknown: '?' };
    expect(formatDuration({ kind: 'session' }, 'de', labels)).toBe('Sitzung');
    expect(formatDuration({ kind: 'persistent' }, 'de', labels)).toBe('Dauerhaft');
    expect(formatDuration({ kind: 'unknown' }, 'de', labels)).toBe('?');
    expect(formatDuration({ kind: 'session' }, 'sv')).toBe('Session');
    expect(formatDuration({ kind: 'persistent' }, 'sv')).toBe('Beständig');
    expect(formatDuration({ kind: 'unknown' }, 'sv')).toBe('Okänd');
    expect(formatDuration({ kind: 'unknown' }, 'en')).toBe('Unknown');
  });

  it('treats infinite and invalid lengths as persistent and unknown', () => {
    expect(formatDuration(s(Number.POSITIVE_INFINITY), 'en')).toBe('Persistent');
    expect(formatDuration(s(-5), 'en')).toBe('Unknown');
    expect(formatDuration(s(Number.NaN), 'sv')).toBe('Okänd');
  });

  it('reads back to the same duration in both languages', () => {
    const values: TDuration[] = [
      { kind: 'session' },
      { kind: 'persistent' },
      { kind: 'unknown' },
      ...[
        0,
        1,
        59,
        90,
        minute,
        30 * minute,
        hour,
        36 * hour,
        day,
        7 * day,
        14 * day,
        30 * day,
        90 * day,
        180 * day,
        365 * day,
        400 * day,
        3_650 * day,
        month,
        3 * month,
        6 * month,
        13 * month,
        18 * month,
        year,
        2 * year,
        10 * year,
        1.5 * day,
      ].map(s),
    ];
    for (const d of values) {
      for (const locale of ['en', 'sv']) {
        const text = formatDuration(d, locale);
        const back = parseDuration(text);
        expect(back.kind, text).toBe(d.kind);
        expect(seconds(back), text).toBe(seconds(d));
      }
    }
  });
});

describe('Open Cookie Database retention periods', () => {
  const csv = readShared('data/open-cookie-database.csv');

  it.skipIf(csv === undefined)('all parse, and the common ones to the right length', () => {
    const rows = parseCsv(csv ?? '');
    const header = rows[0] ?? [];
    const column = header.indexOf('Retention period');
    expect(column).toBeGreaterThan(0);
    const body = rows.slice(1).filter((r) => r.length === header.length);
    expect(body.length).toBeGreaterThan(2_000);

    const parsed = new Map<string, TDuration>();
    for (const row of body) {
      const text = row[column] ?? '';
      const d = parseDuration(text);
      expect(d.raw).toBe(text);
      parsed.set(text, d);
    }

    const expected: [string, number][] = [
      ['1 year', year],
      ['1 Year', year],
      ['3 months', 3 * month],
      ['2 years', 2 * year],
      ['1 day', day],
      ['13 months', 13 * month],
      ['30 days', 30 * day],
      ['30 minutes', 30 * minute],
      ['90 days', 90 * day],
      ['6 months', 6 * month],
      ['12 months', year],
      ['365 days', 365 * day],
      ['1 month', month],
      ['24 hours', day],
    ];
    for (const [text, length] of expected) {
      const d = parsed.get(text);
      expect(d, text).toBeDefined();
      expect(seconds(d ?? { kind: 'unknown' }), text).toBe(length);
    }
    expect(parsed.get('session')?.kind).toBe('session');
    expect(parsed.get('Session')?.kind).toBe('session');

    // Every spelling of a plain "<number> <unit>" reads as that many seconds.
    const plain = /^\s*(\d+)\s+(second|minute|hour|day|week|month|year)s?\s*$/i;
    for (const [text, d] of parsed) {
      const m = plain.exec(text);
      if (!m) continue;
      const unit = (m[2] ?? '').toLowerCase() as TDurationUnit;
      expect(seconds(d), text).toBe(Number(m[1]) * SECONDS_PER[unit]);
    }

    // Few rows are left without a reading: only texts that state none.
    const unknown = body.filter((r) => parsed.get(r[column] ?? '')?.kind === 'unknown');
    expect(unknown.length / body.length).toBeLessThan(0.02);
    const stated = /\d+\s*(second|minute|hour|day|week|month|year)/i;
    for (const r of unknown) expect(r[column] ?? '', 'a length went unread').not.toMatch(stated);
  });
});
