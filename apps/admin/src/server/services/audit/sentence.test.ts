import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '../../../../messages/en.json';
import sv from '../../../../messages/sv.json';
import { auditSentence as sentenceIn, type TAuditEventLike, type TAuditWords } from './sentence';

const wordsIn = (locale: 'en' | 'sv', messages: typeof en): TAuditWords => ({
  t: createTranslator({ locale, messages, namespace: 'auditSentence' }) as TAuditWords['t'],
  labels: createTranslator({ locale, messages, namespace: 'audit' }) as TAuditWords['labels'],
});
const english = wordsIn('en', en);
const swedish = wordsIn('sv', sv);
const auditSentence = (e: TAuditEventLike) => sentenceIn(e, english);

const event = (e: Partial<TAuditEventLike>): TAuditEventLike => ({
  action: 'update',
  entity: 'storage_item',
  actorEmail: 'anna@example.se',
  before: null,
  after: null,
  changes: [],
  ...e,
});

describe('auditSentence', () => {
  it('says who published which version and why', () => {
    expect(
      auditSentence(
        event({
          action: 'publish',
          entity: 'config_version',
          after: { version: 3, note: 'Ny leverantör' },
        }),
      ),
    ).toBe('anna@example.se published version 3: “Ny leverantör”');
    expect(
      auditSentence(
        event({ action: 'publish', entity: 'config_version', after: { version: 1, note: '' } }),
      ),
    ).toBe('anna@example.se published version 1');
  });

  it('names the row and the changed fields, not internal words', () => {
    expect(
      auditSentence(
        event({
          before: { name: '_ga' },
          after: { name: '_ga' },
          changes: ['purpose', 'duration'],
        }),
      ),
    ).toBe('anna@example.se changed item “_ga” (purpose, duration)');
    expect(
      auditSentence(
        event({
          action: 'create',
          entity: 'category',
          after: { key: 'security', name: { sv: 'Säkerhet' } },
        }),
      ),
    ).toBe('anna@example.se added category “Säkerhet”');
    expect(
      auditSentence(event({ action: 'delete', entity: 'vendor', before: { name: 'Hotjar' } })),
    ).toBe('anna@example.se deleted vendor “Hotjar”');
    expect(auditSentence(event({ entity: 'site.settings', changes: ['locales'] }))).toBe(
      'anna@example.se changed the site settings (locales)',
    );
  });

  it('summarises imports, restores, purges and the operator', () => {
    expect(
      auditSentence(
        event({
          action: 'import',
          entity: 'declaration',
          after: {
            counts: { items: { create: 12, update: 1 }, vendors: { create: 1 }, categories: {} },
          },
        }),
      ),
    ).toBe(
      'anna@example.se imported a declaration (12 items added, 1 item changed; 1 vendor added)',
    );
    expect(
      auditSentence(event({ action: 'restore', entity: 'declaration', after: { version: 2 } })),
    ).toBe('anna@example.se restored version 2 into the draft');
    expect(
      auditSentence(
        event({
          action: 'consent.purge',
          entity: 'consent_records',
          actorEmail: null,
          after: { records: 1 },
        }),
      ),
    ).toBe('The operator (command line) deleted 1 consent record past retention');
  });

  it('says what happened to a webhook, by its URL, never its secret', () => {
    const url = 'https://cms.example/api/smula/webhook';
    expect(auditSentence(event({ action: 'create', entity: 'webhook', after: { url } }))).toBe(
      `anna@example.se added webhook “${url}”`,
    );
    expect(
      auditSentence(event({ action: 'webhook.secret_rotated', entity: 'webhook', after: { url } })),
    ).toBe(`anna@example.se rotated the secret of webhook “${url}”`);
    expect(
      auditSentence(event({ action: 'webhook.redelivered', entity: 'webhook', after: {} })),
    ).toBe('anna@example.se redelivered a webhook event');
  });

  it('says what a scan did: started, scheduled, items added from it', () => {
    expect(
      auditSentence(
        event({ action: 'scan.started', entity: 'scan', after: { url: 'https://shop.se/' } }),
      ),
    ).toBe('anna@example.se started a scan of https://shop.se/');
    expect(
      auditSentence(
        event({
          action: 'scan.schedule_changed',
          entity: 'scan.schedule',
          before: { frequency: 'off' },
          after: { frequency: 'weekly' },
        }),
      ),
    ).toBe('anna@example.se set scheduled scans to weekly (was off)');
    expect(
      auditSentence(
        event({
          action: 'scan.items_added',
          entity: 'scan',
          after: { items: 2, counts: { items: { create: 2 }, vendors: {}, categories: {} } },
        }),
      ),
    ).toBe('anna@example.se added 2 items from a scan (2 items added)');
  });

  it('falls back to the labels for an action it has no sentence for', () => {
    expect(auditSentence(event({ action: 'frobnicate', entity: 'widget' }))).toBe(
      'anna@example.se frobnicate widget',
    );
  });

  it('speaks Swedish to a Swedish reader, with Swedish plurals and quotes', () => {
    expect(
      sentenceIn(
        event({
          action: 'publish',
          entity: 'config_version',
          after: { version: 3, note: 'Ny leverantör' },
        }),
        swedish,
      ),
    ).toBe('anna@example.se publicerade version 3: ”Ny leverantör”');
    expect(
      sentenceIn(
        event({ before: { name: '_ga' }, after: { name: '_ga' }, changes: ['purpose'] }),
        swedish,
      ),
    ).toBe('anna@example.se ändrade posten ”_ga” (purpose)');
    expect(
      sentenceIn(
        event({
          action: 'import',
          entity: 'declaration',
          after: { counts: { items: { create: 12, update: 1 }, vendors: { create: 1 } } },
        }),
        swedish,
      ),
    ).toBe(
      'anna@example.se importerade en deklaration (12 poster tillagda, 1 post ändrad; 1 leverantör tillagd)',
    );
    expect(
      sentenceIn(
        event({
          action: 'consent.purge',
          entity: 'consent_records',
          actorEmail: null,
          after: { records: 2 },
        }),
        swedish,
      ),
    ).toBe('Operatören (kommandoraden) raderade 2 samtyckesposter vars lagringstid har löpt ut');
    expect(sentenceIn(event({ entity: 'site.settings', changes: ['locales'] }), swedish)).toBe(
      'anna@example.se ändrade webbplatsinställningarna (locales)',
    );
  });
});
