/** What the audit log records, with the words the admin shows for it (filters, table). */
export const AUDIT_ENTITIES = {
  site: 'Site',
  'site.settings': 'Site settings',
  'site.texts': 'Texts',
  'site.appearance': 'Appearance',
  category: 'Category',
  vendor: 'Vendor',
  storage_item: 'Storage item',
  declaration: 'Declaration (import)',
  config_version: 'Published version',
  membership: 'Membership',
  invitation: 'Invitation',
  organisation: 'Organisation',
  consent_records: 'Consent records',
  account: 'Account',
  scan: 'Scan',
  'scan.schedule': 'Scan schedule',
} as const satisfies Record<string, string>;

export const AUDIT_ACTIONS = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  import: 'Imported',
  publish: 'Published',
  rollback: 'Rolled back',
  refresh: 'Reset to the demo fixture',
  restore: 'Restored a version into the draft',
  discard_draft: 'Discarded draft changes',
  accept: 'Accepted',
  setup: 'Set up',
  export: 'Exported',
  'consent.purge': 'Purged',
  lockout: 'Locked out (failed sign-ins)',
  revoke_sessions: 'Signed out everywhere',
  'scan.started': 'Started a scan',
  'scan.schedule_changed': 'Changed the scan schedule',
  'scan.items_added': 'Added items from a scan',
} as const satisfies Record<string, string>;

export const auditLabel = (labels: Record<string, string>, key: string) => labels[key] ?? key;
