import type { TLocale, TLocalizedText } from './model.js';

/**
 * The primary language subtag, lower-case: `sv-SE` → `sv`. Declarations key texts by language
 * only, because a Swedish text serves `sv-FI` visitors as well.
 */
export function baseLocale(locale: string): TLocale {
  return (locale.split(/[-_]/)[0] ?? '').toLowerCase();
}

/**
 * The text for `locale`, else for `fallback`, else the first non-empty one, else `''`. Never
 * throws: a missing translation degrades to another language rather than to nothing.
 */
export function pickText(
  text: TLocalizedText | undefined,
  locale: TLocale,
  fallback?: TLocale,
): string {
  if (!text) return '';
  const wanted = [locale, baseLocale(locale), fallback].filter((l): l is string => Boolean(l));
  for (const l of wanted) {
    const t = text[l];
    if (t) return t;
  }
  for (const t of Object.values(text)) if (t) return t;
  return '';
}

/**
 * Chooses the locale to show from what the visitor's page says (`<html lang>` or
 * `Accept-Language` entries, best first) among the site's locales.
 */
export function negotiateLocale(
  wanted: readonly string[],
  available: readonly TLocale[],
  fallback: TLocale,
): TLocale {
  for (const w of wanted) {
    const b = baseLocale(w);
    if (available.includes(b)) return b;
  }
  return fallback;
}
