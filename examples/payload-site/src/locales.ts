/** The site's languages: the default has no path prefix (`/cookie-policy`), others do (`/en/cookie-policy`). */
export const LOCALES = ['sv', 'en'] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = 'sv';
/** The request header the proxy sets for the root layout's `<html lang>`. */
export const LOCALE_HEADER = 'x-site-locale';

/** The locale a path is in, and the path without its locale prefix. */
export function splitLocale(segments: readonly string[]): { locale: TLocale; rest: string[] } {
  const [first, ...rest] = segments;
  if (first && first !== DEFAULT_LOCALE && (LOCALES as readonly string[]).includes(first))
    return { locale: first as TLocale, rest };
  return { locale: DEFAULT_LOCALE, rest: [...segments] };
}
