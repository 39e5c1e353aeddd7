import { useTranslations } from 'next-intl';
import { PASSWORD_MIN_LENGTH } from '~/lib/schemas/account';
import { MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS } from '~/lib/schemas/consent';

/**
 * The admin's own form rules (`~/lib/schemas`, shared with the services) word their messages in
 * English, which the server also answers with. A form shows them in the reader's language: each
 * known message maps to its key in `formErrors`, whether the browser's check or the server's
 * caught it. Messages from core's schemas and the services' own sentences stay as they are.
 */
const KNOWN: Readonly<Record<string, [key: string, values?: Record<string, number>]>> = {
  'Enter your name': ['enterName'],
  'Enter a valid e-mail address': ['enterEmail'],
  [`Use at least ${PASSWORD_MIN_LENGTH} characters`]: [
    'passwordTooShort',
    { min: PASSWORD_MIN_LENGTH },
  ],
  'Enter an organisation name': ['enterOrganisation'],
  'Enter your password': ['enterPassword'],
  'Enter a whole number of months': ['wholeMonths'],
  [`Keep records at least ${MIN_RETENTION_MONTHS} month after they expire`]: [
    'retentionMin',
    { min: MIN_RETENTION_MONTHS },
  ],
  [`At most ${MAX_RETENTION_MONTHS} months (10 years)`]: [
    'retentionMax',
    { max: MAX_RETENTION_MONTHS },
  ],
  'Enter a site name': ['enterSiteName'],
  'Keep the note under 2000 characters': ['noteTooLong'],
  'Paste or upload a declaration first': ['pasteFirst'],
  'Enter an http(s) address': ['enterHttpUrl'],
};

/** The known English form messages this module translates (for its test). */
export const KNOWN_FORM_ERRORS = Object.keys(KNOWN);

/** A field's message in the reader's language when it is one of the admin's own rules. */
export function translateFormError(
  message: string | undefined,
  t: (key: string, values?: Record<string, number>) => string,
): string | undefined {
  if (!message) return message;
  const stop = message.endsWith('.');
  const known = KNOWN[stop ? message.slice(0, -1) : message];
  if (!known) return message;
  const text = t(known[0], known[1]);
  return stop ? `${text}.` : text;
}

export function useFormError() {
  const t = useTranslations('formErrors');
  return (message: string | undefined) => translateFormError(message, t);
}
