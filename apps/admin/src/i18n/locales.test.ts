import { describe, expect, it } from 'vitest';
import { isLocale, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('takes the first supported language by weight, regional variants included', () => {
    expect(negotiateLocale('sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('sv');
    expect(negotiateLocale('en-US,en;q=0.9,sv;q=0.8')).toBe('en');
    expect(negotiateLocale('de-DE,de;q=0.9,sv;q=0.5,en;q=0.4')).toBe('sv');
    expect(negotiateLocale('en;q=0.5,sv;q=0.8')).toBe('sv');
  });

  it('falls back to English without a header, for unsupported languages and for q=0', () => {
    expect(negotiateLocale(null)).toBe('en');
    expect(negotiateLocale('')).toBe('en');
    expect(negotiateLocale('fi-FI,fi')).toBe('en');
    expect(negotiateLocale('sv;q=0,fi')).toBe('en');
    expect(negotiateLocale('*')).toBe('en');
  });

  it('knows its own languages only', () => {
    expect(isLocale('sv')).toBe(true);
    expect(isLocale('sv-SE')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
