import { describe, expect, it } from 'vitest';
import { categoryFromCookiebotName, categoryFromKeywords, makeCategory } from './categories.js';
import { createIdAllocator, itemIdBase, slugify } from './ids.js';
import { readMatchKind } from './match-kind.js';

describe('ids', () => {
  it('slugs fold diacritics and keep underscores', () => {
    expect(slugify('Fjällbageriet AB')).toBe('fjallbageriet-ab');
    expect(slugify('_ga_#')).toBe('_ga_');
    expect(slugify('***')).toBe('x');
    expect(itemIdBase('marketing', '_ga', 'almi.se')).toBe('marketing-_ga-almi-se');
  });

  it('numbers repeats and avoids taken ids', () => {
    const next = createIdAllocator(['a-2']);
    expect([next('a'), next('a'), next('b'), next('a')]).toEqual(['a', 'a-3', 'b', 'a-4']);
  });
});

describe('match kinds', () => {
  it('reads patterns and prefixes from names', () => {
    expect(readMatchKind('_ga_#')).toEqual({ name: '_ga_#', matchKind: 'pattern' });
    expect(readMatchKind('amp.cookie.test.XXXXXX')).toEqual({
      name: 'amp.cookie.test.XXXXXX',
      matchKind: 'pattern',
    });
    expect(readMatchKind('_hjSession_*')).toEqual({ name: '_hjSession_', matchKind: 'prefix' });
    expect(readMatchKind('XX_id')).toEqual({ name: 'XX_id', matchKind: 'exact' });
  });
});

describe('categories', () => {
  it('maps headings by the first keyword', () => {
    expect(categoryFromKeywords('Nödvändiga cookies (alltid aktiva)')).toBe('necessary');
    expect(categoryFromKeywords('Analyscookies')).toBe('statistics');
    expect(categoryFromKeywords('Strictly necessary')).toBe('necessary');
    expect(categoryFromKeywords('Targeting cookies')).toBe('marketing');
    expect(categoryFromKeywords('Funktionella och nödvändiga')).toBe('preferences');
    expect(
      categoryFromKeywords('Cookies och spårtekniker som ingår i denna kategori'),
    ).toBeUndefined();
  });

  it('maps Cookiebot names and builds categories', () => {
    expect(categoryFromCookiebotName('Marknadsföring')).toBe('marketing');
    expect(categoryFromCookiebotName('Other')).toBeUndefined();
    expect(makeCategory('statistics', { sv: 'Statistik' })).toEqual({
      key: 'statistics',
      required: false,
      order: 2,
      gcmSignals: ['analytics_storage'],
      name: { sv: 'Statistik' },
      description: {},
      legalBasis: 'consent',
    });
    expect(makeCategory('security', {})).toMatchObject({
      order: 5,
      gcmSignals: [],
      required: false,
    });
  });
});
