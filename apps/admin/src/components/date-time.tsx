import { useLocale } from 'next-intl';
import { formatDate, formatDateTime, isoDateTime } from '~/lib/format-date';

/**
 * An instant as `<time>`: readable text in the reader's language (UTC, see `format-date`) and
 * the exact ISO value. Works in server and client components alike (next-intl's `useLocale`).
 */
export function DateTime({ value, dateOnly }: { value: Date | string; dateOnly?: boolean }) {
  const locale = useLocale();
  return (
    <time dateTime={isoDateTime(value)}>
      {dateOnly ? formatDate(value, locale) : formatDateTime(value, locale)}
    </time>
  );
}
