import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { ZCreateFirstOwnerInput, ZSignInForm } from '~/lib/schemas/account';
import { ZRetentionMonths } from '~/lib/schemas/consent';
import { ZPublishNote } from '~/lib/schemas/publish';
import { ZSiteName } from '~/lib/schemas/site';
import { ZWebhookEndpointForm } from '~/lib/schemas/webhook';
import en from '../../messages/en.json';
import sv from '../../messages/sv.json';
import { KNOWN_FORM_ERRORS, translateFormError } from './form-errors';

type TT = Parameters<typeof translateFormError>[1];
// Typed from the JSON, the translators take only known keys; the module looks keys up by text.
const swedish = createTranslator({ locale: 'sv', messages: sv, namespace: 'formErrors' }) as TT;
const english = createTranslator({ locale: 'en', messages: en, namespace: 'formErrors' }) as TT;

/** Every message the admin's own form schemas give for these bad inputs. */
function messagesOf(): string[] {
  const out: string[] = [];
  const collect = (r: { success: boolean; error?: { issues: { message: string }[] } }) => {
    for (const issue of r.error?.issues ?? []) out.push(issue.message);
  };
  collect(
    ZCreateFirstOwnerInput.safeParse({
      name: ' ',
      email: 'x',
      password: 'short',
      organisationName: '',
    }),
  );
  collect(ZSignInForm.safeParse({ email: 'a@example.se', password: '' }));
  collect(ZRetentionMonths.safeParse(0.5));
  collect(ZRetentionMonths.safeParse(0));
  collect(ZRetentionMonths.safeParse(500));
  collect(ZSiteName.safeParse(''));
  collect(ZPublishNote.safeParse('x'.repeat(2001)));
  collect(ZWebhookEndpointForm.safeParse({ url: 'ftp://cms.example', description: '' }));
  return out;
}

describe('form errors in the reader’s language', () => {
  const messages = messagesOf();

  it('knows every message the admin’s own form schemas give', () => {
    expect(messages.length).toBeGreaterThanOrEqual(10);
    const strip = (m: string) => m.replace(/\.$/, '');
    expect(messages.map(strip).filter((m) => !KNOWN_FORM_ERRORS.includes(m))).toEqual([]);
  });

  it('words each in Swedish for a Swedish reader, and unchanged in English', () => {
    for (const m of messages) {
      expect(translateFormError(m, english)).toBe(m);
      expect(translateFormError(m, swedish)).not.toBe(m);
    }
    expect(translateFormError('Use at least 10 characters.', swedish)).toBe(
      'Använd minst 10 tecken.',
    );
    expect(translateFormError('Enter a site name', swedish)).toBe('Ange webbplatsens namn');
  });

  it('leaves messages it does not know as they are', () => {
    expect(translateFormError('Key must be lower-case letters.', swedish)).toBe(
      'Key must be lower-case letters.',
    );
    expect(translateFormError(undefined, swedish)).toBeUndefined();
  });
});
