import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORIES,
  DEFAULT_LANGUAGES,
  DEFAULT_TEXTS,
  withDefaultCategoryTexts,
} from '../default-texts.js';
import { DURATION_UNIT_WORDS } from '../duration-unit-words.js';
import { MESSAGES } from './index.js';

// The 24 official EU languages, Norwegian (bokmål) and Icelandic (issue 19).
const EXPECTED = [
  'bg',
  'hr',
  'cs',
  'da',
  'nl',
  'en',
  'et',
  'fi',
  'fr',
  'de',
  'el',
  'hu',
  'ga',
  'it',
  'lv',
  'lt',
  'mt',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'es',
  'sv',
  'nb',
  'is',
];

/** Every string of a language's defaults by path: texts, section texts and category words. */
function strings(l: string): Map<string, string> {
  const { banner, policy } = DEFAULT_TEXTS[l as 'en'];
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(banner)) out.set(`banner.${k}`, v);
  for (const [k, v] of Object.entries(policy)) if (typeof v === 'string') out.set(`policy.${k}`, v);
  for (const s of policy.sections) {
    out.set(`section.${s.id}.heading`, s.heading);
    out.set(`section.${s.id}.body`, s.body);
  }
  for (const d of DEFAULT_CATEGORIES) {
    const c = withDefaultCategoryTexts(d, [l]);
    out.set(`category.${c.key}.name`, c.name[l] ?? '');
    out.set(`category.${c.key}.description`, c.description[l] ?? '');
  }
  return out;
}

const placeholders = (text: string) => (text.match(/\{[^}]*\}/g) ?? []).sort();

// Short texts that are rightly the same as English in some languages: names of technologies and
// frameworks, and words several languages share ("Version", "Name", "Marketing").
const MAY_EQUAL_ENGLISH = new Set([
  'policy.version',
  'policy.colName',
  'policy.typeIndexedDb',
  'policy.typePixel',
  'policy.typeLocalStorage',
  'policy.typeSessionStorage',
  'policy.basisDpf',
  'policy.durationSession',
  'policy.durationPersistent',
  'policy.colType',
  'category.marketing.name',
  'section.contact.heading',
  'banner.vendorsHeading',
  'policy.vendorsHeading',
  'policy.colProvider',
]);

describe('message files (issue 19)', () => {
  it('cover exactly the 24 EU languages, nb and is, with duration words for each', () => {
    expect([...DEFAULT_LANGUAGES].sort()).toEqual([...EXPECTED].sort());
    expect(Object.keys(DURATION_UNIT_WORDS).sort()).toEqual([...EXPECTED].sort());
    expect(Object.keys(MESSAGES)).not.toContain('sv');
    expect(Object.keys(MESSAGES)).not.toContain('en');
  });

  it.each(DEFAULT_LANGUAGES)('%s has every key English has, with the same section ids', (l) => {
    const en = strings('en');
    const mine = strings(l);
    expect([...mine.keys()]).toEqual([...en.keys()]);
    for (const [path, text] of mine) expect(text.trim(), `${l} ${path}`).not.toBe('');
  });

  it.each(DEFAULT_LANGUAGES)('%s has the same {placeholders} as English in every text', (l) => {
    const en = strings('en');
    for (const [path, text] of strings(l)) {
      expect(placeholders(text), `${l} ${path}`).toEqual(placeholders(en.get(path)!));
    }
  });

  it.each(DEFAULT_LANGUAGES.filter((l) => l !== 'en'))('%s leaves no English text', (l) => {
    const en = strings('en');
    for (const [path, text] of strings(l)) {
      if (text !== en.get(path)) continue;
      // A text the same as English is an untranslated one, unless it is a shared name.
      expect(MAY_EQUAL_ENGLISH.has(path), `${l} ${path}: ${text}`).toBe(true);
    }
  });

  it.each(DEFAULT_LANGUAGES)('%s writes no text with markup or stray whitespace', (l) => {
    for (const [path, text] of strings(l)) {
      expect(text, `${l} ${path}`).not.toMatch(/[<>]/);
      expect(text, `${l} ${path}`).toBe(text.trim());
      expect(text, `${l} ${path}`).not.toMatch(/ {2}|'/);
    }
  });
});
