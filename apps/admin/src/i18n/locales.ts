/**
 * The admin's own languages (its UI, not the banner's: sites choose those per site). Pure, so
 * the request config, the switcher and the tests share one list and one negotiation rule.
 */
export const LOCALES = ['en', 'sv'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'en';

/** The cookie that holds a person's choice; without it the browser's Accept-Language decides. */
export const LOCALE_COOKIE = 'smula-locale';

/** Names each language in itself, as a switcher should. */
export const LOCALE_NAMES: Record<TLocale, string> = { en: 'English', sv: 'Svenska' };

/** Dates print in these (British English for `en`: day before month, 24-hour clock). */
export const DATE_LOCALES: Record<TLocale, string> = { en: 'en-GB', sv: 'sv-SE' };

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language in an Accept-Language header, by weight (`sv-SE,sv;q=0.9,en;q=0.8`
 * → `sv`). Regional variants count for their language; `q=0` means "not this one".
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): TLocale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        language: tag.trim().toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  // Norwegian and Danish readers read Swedish better than English more often than not, but a
  // guess is not a choice: only an explicit Swedish preference picks Swedish.
  return ranked.map((r) => r.language).find(isLocale) ?? DEFAULT_LOCALE;
}
