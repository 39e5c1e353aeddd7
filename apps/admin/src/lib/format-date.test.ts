import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isoDateTime } from './format-date';

describe('format-date', () => {
  const instant = new Date('2026-12-03T23:30:09Z');

  it('prints the UTC day and time, whatever zone the process is in', () => {
    expect(formatDateTime(instant)).toBe('3 Dec 2026, 23:30:09');
    expect(formatDate(instant)).toBe('3 Dec 2026');
    // Stockholm is already on the 4th: the display must not follow the runtime's zone.
    expect(instant.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' })).toBe(
      '2026-12-04',
    );
  });

  it('speaks the admin language it is given, still in UTC', () => {
    expect(formatDateTime(instant, 'sv')).toBe('3 dec. 2026 23:30:09');
    expect(formatDate(instant, 'sv')).toBe('3 dec. 2026');
    expect(formatDateTime(instant, 'en')).toBe('3 Dec 2026, 23:30:09');
    // A language the admin has no messages for falls back to English rather than the runtime's.
    expect(formatDate(instant, 'de')).toBe('3 Dec 2026');
  });

  it('takes dates, ISO strings and epoch milliseconds alike', () => {
    expect(formatDateTime(instant.toISOString())).toBe(formatDateTime(instant));
    expect(formatDate(instant.getTime())).toBe('3 Dec 2026');
    expect(isoDateTime(instant.getTime())).toBe('2026-12-03T23:30:09.000Z');
  });
});
