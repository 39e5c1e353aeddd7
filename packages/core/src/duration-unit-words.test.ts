import { describe, expect, it } from 'vitest';
import { formatDuration, SECONDS_PER, type TDurationUnit } from './duration-format.js';
import { DURATION_UNIT_WORDS } from './duration-unit-words.js';
import { parseDuration } from './durations.js';

const LANGUAGES = Object.keys(DURATION_UNIT_WORDS);
const UNITS = Object.keys(SECONDS_PER) as TDurationUnit[];
// Counts each unit can show (weeks stop at 4) that hit every plural category somewhere:
// 1, 2, 3–4, 5–10, 11–19, 21, 22, 25, 101, 102 and a fraction.
const COUNTS = [1, 2, 3, 4, 5, 7, 11, 12, 14, 20, 21, 22, 25, 101, 102, 111];
const shown = (unit: TDurationUnit) => COUNTS.filter((n) => unit !== 'week' || n <= 4);

describe('duration words in every language with default texts', () => {
  it('cover the same 26 languages as the message files, and every unit', () => {
    expect(LANGUAGES).toHaveLength(26);
    for (const l of LANGUAGES)
      expect(Object.keys(DURATION_UNIT_WORDS[l]!).sort(), l).toEqual([...UNITS].sort());
  });

  it.each(LANGUAGES)('%s has a word for every plural category the runtime knows', (l) => {
    const categories = new Intl.PluralRules(l).resolvedOptions().pluralCategories;
    for (const unit of UNITS) {
      for (const c of categories) {
        // Romance `many` is for a million and up ("1 000 000 de jours"): never shown.
        if (['fr', 'it', 'pt', 'es'].includes(l) && c === 'many') continue;
        expect(DURATION_UNIT_WORDS[l]![unit][c], `${l} ${unit} ${c}`).toBeTruthy();
      }
    }
  });

  it.each(LANGUAGES)('%s renders every form and reads each back to the same seconds', (l) => {
    for (const unit of UNITS) {
      for (const n of shown(unit)) {
        // The parser reads over a hundred years as "persistent": no declared length is that long.
        if (unit === 'year' && n > 100) continue;
        const seconds = n * SECONDS_PER[unit];
        const text = formatDuration({ kind: 'seconds', seconds }, l);
        expect(text, `${l} ${n} ${unit}`).toMatch(/^\d+\s\S/);
        expect(parseDuration(text), `${l}: "${text}"`).toMatchObject({ kind: 'seconds', seconds });
      }
    }
    // Lengths no unit holds exactly show one decimal, in the fraction's plural form.
    for (const [n, unit] of [
      [3.3, 'day'],
      [4.7, 'year'],
    ] as const) {
      const seconds = Math.round(n * SECONDS_PER[unit]);
      const text = formatDuration({ kind: 'seconds', seconds }, l);
      expect(text, `${l} ${n} ${unit}`).toMatch(/^\d[.,]\d\s\S/);
      const back = parseDuration(text);
      expect(
        back.kind === 'seconds' && Math.abs(back.seconds - seconds) <= 1,
        `${l}: "${text}"`,
      ).toBe(true);
    }
  });

  it('picks the form by plural category', () => {
    const years = (n: number, l: string) =>
      formatDuration({ kind: 'seconds', seconds: n * SECONDS_PER.year }, l);
    expect([1, 2, 5, 21, 22].map((n) => years(n, 'pl'))).toEqual([
      '1 rok',
      '2 lata',
      '5 lat',
      '21 lat',
      '22 lata',
    ]);
    expect([1, 2, 5, 21, 22].map((n) => years(n, 'cs'))).toEqual([
      '1 rok',
      '2 roky',
      '5 let',
      '21 let',
      '22 let',
    ]);
    expect([1, 2, 3, 5, 101].map((n) => years(n, 'sl'))).toEqual([
      '1 leto',
      '2 leti',
      '3 leta',
      '5 let',
      '101 leto',
    ]);
    expect([1, 2, 10, 11, 21].map((n) => years(n, 'lt'))).toEqual([
      '1 metai',
      '2 metai',
      '10 metų',
      '11 metų',
      '21 metai',
    ]);
    expect([1, 2, 3, 7, 11].map((n) => years(n, 'ga'))).toEqual([
      '1 bhliain',
      '2 bhliain',
      '3 bliana',
      '7 mbliana',
      '11 bliain',
    ]);
    expect([1, 5, 11, 21].map((n) => years(n, 'hr'))).toEqual([
      '1 godina',
      '5 godina',
      '11 godina',
      '21 godina',
    ]);
    expect(years(20, 'ro')).toBe('20 de ani');
    expect(years(3, 'de')).toBe('3 Jahre');
    // Fractions take the form their category says: Czech genitive singular.
    expect(formatDuration({ kind: 'seconds', seconds: 4.7 * SECONDS_PER.year }, 'cs')).toBe(
      '4,7 roku',
    );
    expect(formatDuration({ kind: 'seconds', seconds: 4.7 * SECONDS_PER.year }, 'pl')).toBe(
      '4,7 roku',
    );
  });
});
