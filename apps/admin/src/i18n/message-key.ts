/**
 * A domain key as a message key: next-intl reads `.` as nesting, so `site.settings` and
 * `consent.purge` are stored as `site_settings` and `consent_purge`.
 */
export function messageKey(key: string): string {
  return key.replaceAll('.', '_');
}
