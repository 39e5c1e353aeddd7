/**
 * An audit event as a sentence an editor reads ("pia@example.se published version 3: “New
 * analytics vendor”"), from its action, entity and before/after snapshots. Pure, so the site
 * and organisation logs and their tests share it. The raw snapshots stay one click away.
 */
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditLabel } from './constants';

export interface TAuditEventLike {
  action: string;
  entity: string;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
  changes: readonly string[];
}

type TRow = Record<string, unknown>;

const asRow = (v: unknown): TRow | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as TRow) : null;

const quoted = (s: string) => `“${s}”`;

const NOUN: Record<string, string> = {
  storage_item: 'item',
  vendor: 'vendor',
  category: 'category',
  site: 'site',
  organisation: 'organisation',
  membership: 'membership',
  invitation: 'invitation',
  'site.settings': 'the site settings',
  'site.texts': 'the texts',
  'site.appearance': 'the appearance',
};

/** The name a person knows a row by: an item's or vendor's name, a category's name or key. */
function nameOf(row: TRow | null): string | undefined {
  if (!row) return undefined;
  const name = row.name;
  if (typeof name === 'string' && name) return name;
  if (name && typeof name === 'object') {
    const first = Object.values(name as TRow).find((v) => typeof v === 'string' && v);
    if (typeof first === 'string') return first;
  }
  for (const key of ['key', 'email', 'slug', 'url'] as const) {
    const v = row[key];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

function importSummary(after: TRow | null): string {
  const counts = asRow(after?.counts);
  const part = (key: string, noun: string) => {
    const c = asRow(counts?.[key]);
    const created = Number(c?.create ?? 0);
    const updated = Number(c?.update ?? 0);
    const bits = [];
    if (created) bits.push(`${plural(created, noun)} added`);
    if (updated) bits.push(`${plural(updated, noun)} changed`);
    return bits.join(', ');
  };
  const parts = [part('items', 'item'), part('vendors', 'vendor'), part('categories', 'category')]
    .filter(Boolean)
    .join('; ');
  return parts || 'nothing new';
}

/** What happened, without who: "published version 3: “note”". */
export function auditWhat(event: TAuditEventLike): string {
  const before = asRow(event.before);
  const after = asRow(event.after);
  const name = nameOf(after) ?? nameOf(before);
  const noun = NOUN[event.entity] ?? auditLabel(AUDIT_ENTITIES, event.entity).toLowerCase();
  const named = name ? `${noun} ${quoted(name)}` : noun;
  const fields = event.changes.length
    ? ` (${event.changes.slice(0, 6).join(', ')}${event.changes.length > 6 ? ` and ${event.changes.length - 6} more` : ''})`
    : '';
  const note = typeof after?.note === 'string' && after.note ? `: ${quoted(after.note)}` : '';
  switch (`${event.action} ${event.entity}`) {
    case 'publish config_version':
      return `published version ${after?.version}${note}`;
    case 'rollback config_version':
      return `rolled back: version ${after?.version} republishes version ${after?.rollbackOf}`;
    case 'import declaration':
      return `imported a declaration (${importSummary(after)})`;
    case 'restore declaration':
      return `restored version ${after?.version} into the draft`;
    case 'discard_draft declaration':
      return `discarded the draft changes, back to live version ${after?.version}`;
    case 'refresh site':
      return 'reset the demo site to the demo fixture';
    case 'export consent_records':
      return `exported consent records${typeof after?.format === 'string' ? ` as ${after.format.toUpperCase()}` : ''}`;
    case 'consent.purge consent_records':
      return `deleted ${plural(Number(after?.records ?? 0), 'consent record')} past retention`;
    case 'revoke_sessions account':
      return 'signed out everywhere';
    case 'lockout account':
      return 'was locked out after failed sign-ins';
    case 'accept invitation':
      return `accepted the invitation${name ? ` for ${name}` : ''}`;
    case 'setup organisation':
      return `set up Smula with the organisation ${name ? quoted(name) : ''}`.trim();
    case 'scan.started scan':
      return `started a scan${typeof after?.url === 'string' ? ` of ${after.url}` : ''}`;
    case 'scan.schedule_changed scan.schedule':
      return `set scheduled scans to ${String(after?.frequency ?? '?')} (was ${String(before?.frequency ?? '?')})`;
    case 'webhook.secret_rotated webhook':
      return `rotated the secret of ${named}`;
    case 'webhook.test_sent webhook':
      return 'sent a test event to a webhook';
    case 'webhook.redelivered webhook':
      return 'redelivered a webhook event';
    case 'scan.items_added scan':
      return `added ${plural(Number(after?.items ?? 0), 'item')} from a scan (${importSummary(after)})`;
  }
  switch (event.action) {
    case 'create':
      return `added ${named}`;
    case 'update':
      return event.entity.startsWith('site.')
        ? `changed ${noun}${fields}`
        : `changed ${named}${fields}`;
    case 'delete':
      return `deleted ${named}`;
    default:
      return `${auditLabel(AUDIT_ACTIONS, event.action).toLowerCase()} ${named}`;
  }
}

/** The whole sentence: who, then what. */
export function auditSentence(event: TAuditEventLike): string {
  return `${event.actorEmail ?? 'The operator (command line)'} ${auditWhat(event)}`;
}
