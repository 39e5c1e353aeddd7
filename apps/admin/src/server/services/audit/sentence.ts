/**
 * An audit event as a sentence an editor reads ("pia@example.se published version 3: “New
 * analytics vendor”"), from its action, entity and before/after snapshots, in the reader's admin
 * language. Pure: the words come from the message files through the translator it is given
 * (`getTranslations('auditSentence')` on a page, `createTranslator` in tests), so the site and
 * organisation logs and their tests share it. The raw snapshots stay one click away.
 */
import { messageKey } from '~/i18n/message-key';

export interface TAuditEventLike {
  action: string;
  entity: string;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
  changes: readonly string[];
}

/**
 * The `auditSentence` namespace's translator, and the `audit` namespace's for the entity and
 * action labels (the fallback for events without a sentence of their own).
 */
export interface TAuditWords {
  t: {
    (key: string, values?: Record<string, string | number>): string;
    has(key: string): boolean;
  };
  labels: {
    (key: string): string;
    has(key: string): boolean;
  };
}

type TRow = Record<string, unknown>;

const asRow = (v: unknown): TRow | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as TRow) : null;

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

function importSummary({ t }: TAuditWords, after: TRow | null): string {
  const counts = asRow(after?.counts);
  const part = (key: 'items' | 'vendors' | 'categories') => {
    const c = asRow(counts?.[key]);
    const created = Number(c?.create ?? 0);
    const updated = Number(c?.update ?? 0);
    const bits = [];
    if (created) bits.push(t(`added.${key}`, { n: created }));
    if (updated) bits.push(t(`changed.${key}`, { n: updated }));
    return bits.join(', ');
  };
  const parts = [part('items'), part('vendors'), part('categories')].filter(Boolean).join('; ');
  return parts || t('nothingNew');
}

/** A label from the `audit` namespace (`entities.site_settings`), else the raw key. */
function label(words: TAuditWords, group: 'entities' | 'actions', key: string): string {
  const path = `${group}.${messageKey(key)}`;
  return words.labels.has(path) ? words.labels(path) : key;
}

/** What happened, without who: "published version 3: “note”". */
export function auditWhat(event: TAuditEventLike, words: TAuditWords): string {
  const { t } = words;
  const before = asRow(event.before);
  const after = asRow(event.after);
  const quoted = (text: string) => t('quoted', { text });
  const name = nameOf(after) ?? nameOf(before);
  const nounKey = `noun.${messageKey(event.entity)}`;
  const noun = t.has(nounKey)
    ? t(nounKey)
    : label(words, 'entities', event.entity).toLocaleLowerCase();
  const target = name ? t('named', { noun, name: quoted(name) }) : noun;
  const fields = event.changes.length
    ? event.changes.length > 6
      ? t('fieldsMore', {
          list: event.changes.slice(0, 6).join(', '),
          more: event.changes.length - 6,
        })
      : t('fields', { list: event.changes.join(', ') })
    : '';
  const note = typeof after?.note === 'string' && after.note ? after.note : '';
  const version = String(after?.version ?? '?');
  switch (`${event.action} ${event.entity}`) {
    case 'publish config_version':
      return note ? t('publishNoted', { version, note: quoted(note) }) : t('publish', { version });
    case 'rollback config_version':
      return t('rollback', { version, of: String(after?.rollbackOf ?? '?') });
    case 'import declaration':
      return t('import', { summary: importSummary(words, after) });
    case 'restore declaration':
      return t('restore', { version });
    case 'discard_draft declaration':
      return t('discardDraft', { version });
    case 'refresh site':
      return t('refresh');
    case 'export consent_records':
      return typeof after?.format === 'string'
        ? t('exportAs', { format: after.format.toUpperCase() })
        : t('export');
    case 'consent.purge consent_records':
      return t('purge', { records: Number(after?.records ?? 0) });
    case 'revoke_sessions account':
      return t('revokeSessions');
    case 'lockout account':
      return t('lockout');
    case 'accept invitation':
      return name ? t('acceptFor', { name }) : t('accept');
    case 'setup organisation':
      return name ? t('setup', { name: quoted(name) }) : t('setupUnnamed');
    case 'scan.started scan':
      return typeof after?.url === 'string'
        ? t('scanStartedOf', { url: after.url })
        : t('scanStarted');
    case 'scan.schedule_changed scan.schedule':
      return t('scanSchedule', {
        frequency: String(after?.frequency ?? '?'),
        previous: String(before?.frequency ?? '?'),
      });
    case 'webhook.secret_rotated webhook':
      return t('webhookRotated', { target });
    case 'webhook.test_sent webhook':
      return t('webhookTest');
    case 'webhook.redelivered webhook':
      return t('webhookRedelivered');
    case 'scan.items_added scan':
      return t('scanItemsAdded', {
        items: Number(after?.items ?? 0),
        summary: importSummary(words, after),
      });
  }
  switch (event.action) {
    case 'create':
      return t('create', { target });
    case 'update':
      return t('update', { target: event.entity.startsWith('site.') ? noun : target, fields });
    case 'delete':
      return t('delete', { target });
    default:
      return t('other', {
        action: label(words, 'actions', event.action).toLocaleLowerCase(),
        target,
      });
  }
}

/** The whole sentence: who, then what. */
export function auditSentence(event: TAuditEventLike, words: TAuditWords): string {
  return words.t('sentence', {
    actor: event.actorEmail ?? words.t('operator'),
    what: auditWhat(event, words),
  });
}
