import { formatDate, formatDateTime, isoDateTime } from '~/lib/format-date';

/** An instant as `<time>`: readable text (UTC, see `format-date`) and the exact ISO value. */
export function DateTime({ value, dateOnly }: { value: Date | string; dateOnly?: boolean }) {
  return (
    <time dateTime={isoDateTime(value)}>
      {dateOnly ? formatDate(value) : formatDateTime(value)}
    </time>
  );
}
