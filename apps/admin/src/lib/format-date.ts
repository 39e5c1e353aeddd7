/**
 * Dates and times as the admin shows them, in one place. The time zone is fixed (UTC, never the
 * runtime's) and the locale is the reader's admin language (British English or Swedish, never
 * the runtime's): a server component and a client component then print the same text for the
 * same instant, so hydration never finds a mismatch, and the logs (audit, consent) read in the
 * one zone their headings name.
 */
import { DATE_LOCALES, DEFAULT_LOCALE, isLocale } from '~/i18n/locales';

/** The zone every displayed time is in; headings say "(UTC)". */
const DISPLAY_TIME_ZONE = 'UTC';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const lang = DATE_LOCALES[isLocale(locale) ? locale : DEFAULT_LOCALE];
  const key = `${lang}:${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'medium' } : {}),
      timeZone: DISPLAY_TIME_ZONE,
    });
    formatters.set(key, f);
  }
  return f;
}

type TInstant = Date | string | number;
const toDate = (value: TInstant) => (value instanceof Date ? value : new Date(value));

/** `3 Dec 2026, 14:05:09` in English, `3 dec. 2026 14:05:09` in Swedish (UTC). */
export function formatDateTime(value: TInstant, locale: string = DEFAULT_LOCALE): string {
  return formatter(locale, true).format(toDate(value));
}

/** `3 Dec 2026` / `3 dec. 2026` (the UTC day). */
export function formatDate(value: TInstant, locale: string = DEFAULT_LOCALE): string {
  return formatter(locale, false).format(toDate(value));
}

/** The machine-readable form for `<time dateTime>`. */
export function isoDateTime(value: TInstant): string {
  return toDate(value).toISOString();
}
