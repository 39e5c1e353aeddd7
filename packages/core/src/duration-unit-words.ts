/**
 * The renderer's duration words: how the policy page writes "2 years" in each language with
 * default texts. Forms are keyed by `Intl.PluralRules` category (`one`, `two`, `few`, `many`,
 * `zero`, `other`), so that Polish writes "2 lata" but "5 lat", and Czech "1,5 roku".
 *
 * Separate from the importer's vocabulary (`duration-words.ts`, which reads every form any
 * declaration uses) but tied to it by a test: every form written here reads back through
 * `parseDuration` to the same seconds.
 *
 * Where what cookie policies write differs from CLDR's unit names we follow the policies:
 * "dagar" not "dygn" (sv), "dager" not "døgn" (nb), "päev" not "ööpäev" (et), "dagar" (is).
 * Maltese and Irish have no long unit names in every ICU build, so they are written out here
 * from the grammar: Maltese uses the singular after 11 and above, Irish mutates the noun
 * after 1–10 (lenition after 1 and 2, the counting form after 3–6, eclipsis after 7–10).
 *
 * @packageDocumentation
 */

// The units of `SECONDS_PER` (duration-format.ts), spelt out here so the two files do not import
// each other; `formatDuration` indexing this table by its unit type keeps them the same.
type TDurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** A word per plural category; `other` is the fallback for any category a runtime adds. */
export type TPluralForms = Readonly<
  Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
>;

type TUnitForms = Readonly<Record<TDurationUnit, TPluralForms>>;

const f = (one: string, other: string): TPluralForms => ({ one, other });

// Languages with one and other: [second, minute, hour, day, week, month, year].
const TWO_FORM: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  en: [
    ['second', 'seconds'],
    ['minute', 'minutes'],
    ['hour', 'hours'],
    ['day', 'days'],
    ['week', 'weeks'],
    ['month', 'months'],
    ['year', 'years'],
  ],
  sv: [
    ['sekund', 'sekunder'],
    ['minut', 'minuter'],
    ['timme', 'timmar'],
    ['dag', 'dagar'],
    ['vecka', 'veckor'],
    ['månad', 'månader'],
    ['år', 'år'],
  ],
  bg: [
    ['секунда', 'секунди'],
    ['минута', 'минути'],
    ['час', 'часа'],
    ['ден', 'дни'],
    ['седмица', 'седмици'],
    ['месец', 'месеца'],
    ['година', 'години'],
  ],
  da: [
    ['sekund', 'sekunder'],
    ['minut', 'minutter'],
    ['time', 'timer'],
    ['dag', 'dage'],
    ['uge', 'uger'],
    ['måned', 'måneder'],
    ['år', 'år'],
  ],
  nl: [
    ['seconde', 'seconden'],
    ['minuut', 'minuten'],
    ['uur', 'uur'],
    ['dag', 'dagen'],
    ['week', 'weken'],
    ['maand', 'maanden'],
    ['jaar', 'jaar'],
  ],
  et: [
    ['sekund', 'sekundit'],
    ['minut', 'minutit'],
    ['tund', 'tundi'],
    ['päev', 'päeva'],
    ['nädal', 'nädalat'],
    ['kuu', 'kuud'],
    ['aasta', 'aastat'],
  ],
  fi: [
    ['sekunti', 'sekuntia'],
    ['minuutti', 'minuuttia'],
    ['tunti', 'tuntia'],
    ['päivä', 'päivää'],
    ['viikko', 'viikkoa'],
    ['kuukausi', 'kuukautta'],
    ['vuosi', 'vuotta'],
  ],
  fr: [
    ['seconde', 'secondes'],
    ['minute', 'minutes'],
    ['heure', 'heures'],
    ['jour', 'jours'],
    ['semaine', 'semaines'],
    ['mois', 'mois'],
    ['an', 'ans'],
  ],
  de: [
    ['Sekunde', 'Sekunden'],
    ['Minute', 'Minuten'],
    ['Stunde', 'Stunden'],
    ['Tag', 'Tage'],
    ['Woche', 'Wochen'],
    ['Monat', 'Monate'],
    ['Jahr', 'Jahre'],
  ],
  el: [
    ['δευτερόλεπτο', 'δευτερόλεπτα'],
    ['λεπτό', 'λεπτά'],
    ['ώρα', 'ώρες'],
    ['ημέρα', 'ημέρες'],
    ['εβδομάδα', 'εβδομάδες'],
    ['μήνας', 'μήνες'],
    ['έτος', 'έτη'],
  ],
  hu: [
    ['másodperc', 'másodperc'],
    ['perc', 'perc'],
    ['óra', 'óra'],
    ['nap', 'nap'],
    ['hét', 'hét'],
    ['hónap', 'hónap'],
    ['év', 'év'],
  ],
  it: [
    ['secondo', 'secondi'],
    ['minuto', 'minuti'],
    ['ora', 'ore'],
    ['giorno', 'giorni'],
    ['settimana', 'settimane'],
    ['mese', 'mesi'],
    ['anno', 'anni'],
  ],
  pt: [
    ['segundo', 'segundos'],
    ['minuto', 'minutos'],
    ['hora', 'horas'],
    ['dia', 'dias'],
    ['semana', 'semanas'],
    ['mês', 'meses'],
    ['ano', 'anos'],
  ],
  es: [
    ['segundo', 'segundos'],
    ['minuto', 'minutos'],
    ['hora', 'horas'],
    ['día', 'días'],
    ['semana', 'semanas'],
    ['mes', 'meses'],
    ['año', 'años'],
  ],
  nb: [
    ['sekund', 'sekunder'],
    ['minutt', 'minutter'],
    ['time', 'timer'],
    ['dag', 'dager'],
    ['uke', 'uker'],
    ['måned', 'måneder'],
    ['år', 'år'],
  ],
  is: [
    ['sekúnda', 'sekúndur'],
    ['mínúta', 'mínútur'],
    ['klukkustund', 'klukkustundir'],
    ['dagur', 'dagar'],
    ['vika', 'vikur'],
    ['mánuður', 'mánuðir'],
    ['ár', 'ár'],
  ],
};

const UNITS: readonly TDurationUnit[] = [
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'year',
];

const fromTwoForm = (rows: readonly (readonly [string, string])[]): TUnitForms =>
  Object.fromEntries(UNITS.map((u, i) => [u, f(rows[i]![0], rows[i]![1])])) as TUnitForms;

/** Unit words per language with default texts (the same set as `DEFAULT_LANGUAGES`). */
export const DURATION_UNIT_WORDS: Readonly<Record<string, TUnitForms>> = {
  ...Object.fromEntries(Object.entries(TWO_FORM).map(([l, rows]) => [l, fromTwoForm(rows)])),
  // French: `many` is for 1 000 000 and up ("1 000 000 de jours"); counts that large never show.
  // Latvian: `zero` is 0, 10–20, 30… ("11 dienu"), `one` 1, 21, 31… but not 11.
  lv: {
    second: { zero: 'sekunžu', one: 'sekunde', other: 'sekundes' },
    minute: { zero: 'minūšu', one: 'minūte', other: 'minūtes' },
    hour: { zero: 'stundu', one: 'stunda', other: 'stundas' },
    day: { zero: 'dienu', one: 'diena', other: 'dienas' },
    week: { zero: 'nedēļu', one: 'nedēļa', other: 'nedēļas' },
    month: { zero: 'mēnešu', one: 'mēnesis', other: 'mēneši' },
    year: { zero: 'gadu', one: 'gads', other: 'gadi' },
  },
  // Lithuanian: `few` 2–9 (not 12–19), `other` 0 and 10–20 (genitive plural), `many` fractions.
  lt: {
    second: { one: 'sekundė', few: 'sekundės', many: 'sekundės', other: 'sekundžių' },
    minute: { one: 'minutė', few: 'minutės', many: 'minutės', other: 'minučių' },
    hour: { one: 'valanda', few: 'valandos', many: 'valandos', other: 'valandų' },
    day: { one: 'diena', few: 'dienos', many: 'dienos', other: 'dienų' },
    week: { one: 'savaitė', few: 'savaitės', many: 'savaitės', other: 'savaičių' },
    month: { one: 'mėnuo', few: 'mėnesiai', many: 'mėnesio', other: 'mėnesių' },
    year: { one: 'metai', few: 'metai', many: 'metų', other: 'metų' },
  },
  // Polish: `few` 2–4 (not 12–14), `many` 0, 5–21, 25…, `other` fractions (genitive singular).
  pl: {
    second: { one: 'sekunda', few: 'sekundy', many: 'sekund', other: 'sekundy' },
    minute: { one: 'minuta', few: 'minuty', many: 'minut', other: 'minuty' },
    hour: { one: 'godzina', few: 'godziny', many: 'godzin', other: 'godziny' },
    day: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' },
    week: { one: 'tydzień', few: 'tygodnie', many: 'tygodni', other: 'tygodnia' },
    month: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy', other: 'miesiąca' },
    year: { one: 'rok', few: 'lata', many: 'lat', other: 'roku' },
  },
  // Czech: `few` 2–4, `other` 0 and 5 and up, `many` fractions (genitive singular).
  cs: {
    second: { one: 'sekunda', few: 'sekundy', many: 'sekundy', other: 'sekund' },
    minute: { one: 'minuta', few: 'minuty', many: 'minuty', other: 'minut' },
    hour: { one: 'hodina', few: 'hodiny', many: 'hodiny', other: 'hodin' },
    day: { one: 'den', few: 'dny', many: 'dne', other: 'dnů' },
    week: { one: 'týden', few: 'týdny', many: 'týdne', other: 'týdnů' },
    month: { one: 'měsíc', few: 'měsíce', many: 'měsíce', other: 'měsíců' },
    year: { one: 'rok', few: 'roky', many: 'roku', other: 'let' },
  },
  // Slovak: as Czech.
  sk: {
    second: { one: 'sekunda', few: 'sekundy', many: 'sekundy', other: 'sekúnd' },
    minute: { one: 'minúta', few: 'minúty', many: 'minúty', other: 'minút' },
    hour: { one: 'hodina', few: 'hodiny', many: 'hodiny', other: 'hodín' },
    day: { one: 'deň', few: 'dni', many: 'dňa', other: 'dní' },
    week: { one: 'týždeň', few: 'týždne', many: 'týždňa', other: 'týždňov' },
    month: { one: 'mesiac', few: 'mesiace', many: 'mesiaca', other: 'mesiacov' },
    year: { one: 'rok', few: 'roky', many: 'roka', other: 'rokov' },
  },
  // Slovenian: `one` 1, 101…, `two` 2, 102… (dual), `few` 3–4 and fractions, `other` 5 and up.
  sl: {
    second: { one: 'sekunda', two: 'sekundi', few: 'sekunde', other: 'sekund' },
    minute: { one: 'minuta', two: 'minuti', few: 'minute', other: 'minut' },
    hour: { one: 'ura', two: 'uri', few: 'ure', other: 'ur' },
    day: { one: 'dan', two: 'dneva', few: 'dni', other: 'dni' },
    week: { one: 'teden', two: 'tedna', few: 'tedni', other: 'tednov' },
    month: { one: 'mesec', two: 'meseca', few: 'meseci', other: 'mesecev' },
    year: { one: 'leto', two: 'leti', few: 'leta', other: 'let' },
  },
  // Croatian: `one` 1, 21, 31… (not 11), `few` 2–4, 22–24… (not 12–14), `other` the rest.
  hr: {
    second: { one: 'sekunda', few: 'sekunde', other: 'sekundi' },
    minute: { one: 'minuta', few: 'minute', other: 'minuta' },
    hour: { one: 'sat', few: 'sata', other: 'sati' },
    day: { one: 'dan', few: 'dana', other: 'dana' },
    week: { one: 'tjedan', few: 'tjedna', other: 'tjedana' },
    month: { one: 'mjesec', few: 'mjeseca', other: 'mjeseci' },
    year: { one: 'godina', few: 'godine', other: 'godina' },
  },
  // Romanian: `few` 0, 2–19, 101–119…, `other` 20 and up, which takes "de" ("21 de zile").
  ro: {
    second: { one: 'secundă', few: 'secunde', other: 'de secunde' },
    minute: { one: 'minut', few: 'minute', other: 'de minute' },
    hour: { one: 'oră', few: 'ore', other: 'de ore' },
    day: { one: 'zi', few: 'zile', other: 'de zile' },
    week: { one: 'săptămână', few: 'săptămâni', other: 'de săptămâni' },
    month: { one: 'lună', few: 'luni', other: 'de luni' },
    year: { one: 'an', few: 'ani', other: 'de ani' },
  },
  // Maltese: `one` 1, `two` 2, `few` 0 and 3–10, `many` 11–19, `other` 20 and up. With a digit
  // before it the dual ("sentejn", which already means two years) would say two twice, so 2
  // takes the plural as 3–10 do; 11 and up take the singular.
  mt: {
    second: { one: 'sekonda', two: 'sekondi', few: 'sekondi', many: 'sekonda', other: 'sekonda' },
    minute: { one: 'minuta', two: 'minuti', few: 'minuti', many: 'minuta', other: 'minuta' },
    hour: { one: 'siegħa', two: 'sigħat', few: 'sigħat', many: 'siegħa', other: 'siegħa' },
    day: { one: 'jum', two: 'ijiem', few: 'ijiem', many: 'jum', other: 'jum' },
    week: { one: 'ġimgħa', two: 'ġimgħat', few: 'ġimgħat', many: 'ġimgħa', other: 'ġimgħa' },
    month: { one: 'xahar', two: 'xhur', few: 'xhur', many: 'xahar', other: 'xahar' },
    year: { one: 'sena', two: 'snin', few: 'snin', many: 'sena', other: 'sena' },
  },
  // Irish: `one` 1, `two` 2, `few` 3–6, `many` 7–10, `other` 0 and 11 and up.
  ga: {
    second: { one: 'soicind', two: 'shoicind', few: 'shoicind', many: 'soicind', other: 'soicind' },
    minute: { one: 'nóiméad', two: 'nóiméad', few: 'nóiméad', many: 'nóiméad', other: 'nóiméad' },
    hour: { one: 'uair', two: 'uair', few: 'huaire', many: 'n-uaire', other: 'uair' },
    day: { one: 'lá', two: 'lá', few: 'lá', many: 'lá', other: 'lá' },
    week: {
      one: 'seachtain',
      two: 'sheachtain',
      few: 'seachtaine',
      many: 'seachtaine',
      other: 'seachtain',
    },
    month: { one: 'mhí', two: 'mhí', few: 'mhí', many: 'mí', other: 'mí' },
    year: { one: 'bhliain', two: 'bhliain', few: 'bliana', many: 'mbliana', other: 'bliain' },
  },
};
