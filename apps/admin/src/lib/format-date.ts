/**
 * Dates and times as the admin shows them, in one place. The locale and the time zone are fixed
 * (British English, UTC), never the runtime's: a server component and a client component then
 * print the same text for the same instant, so hydration never finds a mismatch, and the logs
 * (audit, consent) read in the one zone their headings name.
 */
const LOCALE = 'en-GB';
/** The zone every displayed time is in; headings say "(UTC)". */
const DISPLAY_TIME_ZONE = 'UTC';

const dateTime = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: DISPLAY_TIME_ZONE,
});
const dateOnly = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'medium',
  timeZone: DISPLAY_TIME_ZONE,
});

type TInstant = Date | string | number;
const toDate = (value: TInstant) => (value instanceof Date ? value : new Date(value));

/** `3 Dec 2026, 14:05:09` (UTC). */
export function formatDateTime(value: TInstant): string {
  return dateTime.format(toDate(value));
}

/** `3 Dec 2026` (the UTC day). */
export function formatDate(value: TInstant): string {
  return dateOnly.format(toDate(value));
}

/** The machine-readable form for `<time dateTime>`. */
export function isoDateTime(value: TInstant): string {
  return toDate(value).toISOString();
}
