import { describe, expect, it } from 'vitest';
import { SECONDS_PER, type TDurationUnit } from './duration-format.js';
import { isUnknownDurationText, parseDuration } from './durations.js';

const of = (n: number, unit: TDurationUnit) => Math.round(n * SECONDS_PER[unit]);

// What real declarations write, per language: numbers, number words, plurals, abbreviations.
const LENGTHS: [string, string, number][] = [
  ['en', 'two years', of(2, 'year')],
  ['en', 'a few seconds', of(3, 'second')],
  ['en', 'Few seconds', of(3, 'second')],
  ['en', '730 Days', of(730, 'day')],
  ['en', 'one month', of(1, 'month')],
  ['sv', 'två år', of(2, 'year')],
  ['sv', 'några sekunder', of(3, 'second')],
  ['sv', '13 mån', of(13, 'month')],
  ['de', '2 Jahre', of(2, 'year')],
  ['de', 'zwei Jahre', of(2, 'year')],
  ['de', '1 Tag', of(1, 'day')],
  ['de', '30 Tagen', of(30, 'day')],
  ['de', 'einen Monat', of(1, 'month')],
  ['de', '12 Stunden', of(12, 'hour')],
  ['de', 'einige Sekunden', of(3, 'second')],
  ['de', '1 Jahr', of(1, 'year')],
  ['fr', '1 an', of(1, 'year')],
  ['fr', 'deux ans', of(2, 'year')],
  ['fr', '13 mois', of(13, 'month')],
  ['fr', '30 jours', of(30, 'day')],
  ['fr', 'quelques secondes', of(3, 'second')],
  ['fr', '1 année', of(1, 'year')],
  ['pl', '1 rok', of(1, 'year')],
  ['pl', '2 lata', of(2, 'year')],
  ['pl', '5 lat', of(5, 'year')],
  ['pl', '30 dni', of(30, 'day')],
  ['pl', '1 dzień', of(1, 'day')],
  ['pl', '6 miesięcy', of(6, 'month')],
  ['pl', 'kilka sekund', of(3, 'second')],
  ['fi', '1 vuosi', of(1, 'year')],
  ['fi', '2 vuotta', of(2, 'year')],
  ['fi', '30 päivää', of(30, 'day')],
  ['fi', 'kaksi vuotta', of(2, 'year')],
  ['fi', '13 kuukautta', of(13, 'month')],
  ['es', '1 año', of(1, 'year')],
  ['es', 'dos años', of(2, 'year')],
  ['es', '30 días', of(30, 'day')],
  ['es', '6 meses', of(6, 'month')],
  ['es', '1 hora', of(1, 'hour')],
  ['it', '1 anno', of(1, 'year')],
  ['it', 'due anni', of(2, 'year')],
  ['it', '30 giorni', of(30, 'day')],
  ['it', '6 mesi', of(6, 'month')],
  ['it', '1 minuto', of(1, 'minute')],
  ['nl', '1 jaar', of(1, 'year')],
  ['nl', 'twee jaar', of(2, 'year')],
  ['nl', '30 dagen', of(30, 'day')],
  ['nl', '1 maand', of(1, 'month')],
  ['nl', '24 uur', of(1, 'day')],
  ['da', '1 år', of(1, 'year')],
  ['da', '30 dage', of(30, 'day')],
  ['da', '6 måneder', of(6, 'month')],
  ['da', 'to år', of(2, 'year')],
  ['da', '1 time', of(1, 'hour')],
  ['nb', '2 år', of(2, 'year')],
  ['nb', '30 dager', of(30, 'day')],
  ['nb', '1 uke', of(1, 'week')],
  ['nb', '12 timer', of(12, 'hour')],
  ['is', '1 ár', of(1, 'year')],
  ['is', '30 dagar', of(30, 'day')],
  ['pt', '2 anos', of(2, 'year')],
  ['cs', '1 rok', of(1, 'year')],
  ['cs', '30 dní', of(30, 'day')],
  ['hu', '1 év', of(1, 'year')],
  ['ro', '30 zile', of(30, 'day')],
  ['el', '1 έτος', of(1, 'year')],
  ['bg', '30 дни', of(30, 'day')],
  ['lt', '1 metai', of(1, 'year')],
  ['lv', '1 gads', of(1, 'year')],
  ['et', '1 aasta', of(1, 'year')],
  ['sk', '1 rok', of(1, 'year')],
  ['sl', '1 leto', of(1, 'year')],
  ['hr', '1 godina', of(1, 'year')],
  ['mt', '1 sena', of(1, 'year')],
  ['ga', '1 bliain', of(1, 'year')],
];

const SESSIONS: [string, string][] = [
  ['en', 'Session'],
  ['sv', 'Sessionscookie'],
  ['de', 'Sitzung'],
  ['de', 'Bis zum Schließen des Browsers'],
  ['fr', 'Session'],
  ['fr', 'fermeture du navigateur'],
  ['es', 'Sesión'],
  ['it', 'Sessione'],
  ['nl', 'Sessie'],
  ['pl', 'Sesja'],
  ['fi', 'Istunto'],
  ['da', 'Session'],
  ['nb', 'Økt'],
  ['pt', 'Sessão'],
  ['cs', 'Relace'],
  ['hu', 'Munkamenet'],
];

const PERSISTENT: [string, string][] = [
  ['en', 'Persistent'],
  ['sv', 'Beständig'],
  ['de', 'Dauerhaft'],
  ['fr', 'Persistant'],
  ['es', 'Persistente'],
  ['nl', 'Blijvend'],
  ['da', 'Vedvarende'],
  ['pl', 'Trwały'],
  ['fi', 'Pysyvä'],
  ['de', 'Unbegrenzt'],
  ['fr', "N'expire jamais"],
];

describe('parseDuration in the EU languages, Norwegian and Icelandic', () => {
  it.each(LENGTHS)('%s: %s', (_locale, text, seconds) => {
    expect(parseDuration(text)).toEqual({ kind: 'seconds', seconds, raw: text });
  });
  it.each(SESSIONS)('%s: %s is a session', (_locale, text) => {
    expect(parseDuration(text)).toEqual({ kind: 'session', raw: text });
  });
  it.each(PERSISTENT)('%s: %s is persistent', (_locale, text) => {
    expect(parseDuration(text)).toEqual({ kind: 'persistent', raw: text });
  });
  it('keeps the text of what it cannot read and tells honest unknowns apart', () => {
    expect(parseDuration('bis zur Löschung durch Sie')).toEqual({
      kind: 'unknown',
      raw: 'bis zur Löschung durch Sie',
    });
    expect(isUnknownDurationText('Unbekannt')).toBe(true);
    expect(isUnknownDurationText('Ukendt.')).toBe(true);
    expect(isUnknownDurationText('bis zur Löschung')).toBe(false);
  });
  it('does not read articles or words that only look like units as lengths', () => {
    expect(parseDuration('an hour')).toMatchObject({ seconds: of(1, 'hour') });
    expect(parseDuration('Session to 30 days')).toMatchObject({ seconds: of(30, 'day') });
    expect(parseDuration('Google')).toMatchObject({ kind: 'unknown' });
  });
});
