import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TRPCError } from '@trpc/server';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { staleRevision, type TStaleWhat } from '~/server/services/declaration/conflict';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  say,
  UnauthorizedError,
  ValidationError,
} from '~/server/services/errors';
import en from '../../messages/en.json';
import sv from '../../messages/sv.json';
import { serverErrorText, serviceErrorText, type TErrorTranslator } from './service-errors';

// Throws on a missing key or value, so a message whose placeholders do not fit fails here.
const translator = (locale: 'en' | 'sv') =>
  createTranslator({
    locale,
    messages: locale === 'en' ? en : sv,
    namespace: 'serviceErrors',
    onError(error) {
      throw error;
    },
  }) as unknown as TErrorTranslator;
const swedish = translator('sv');
const english = translator('en');

/** What reaches the client: the English message and the formatter's `data.wording`. */
const asClient = (e: { message: string; wording?: unknown }) => ({
  message: e.message,
  data: { wording: e.wording ?? null },
});

/** Every message key the services name: `say('…')`, `NotFoundError('…')`, `notFound: '…'`. */
function keysUsedInServices(): Map<string, string> {
  const root = join(import.meta.dirname, '../server/services');
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/test\.ts$/.test(entry.name)) {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(
          /\b(?:say|NotFoundError)\(\s*'([A-Za-z]+)'|\bnotFound: '([A-Za-z]+)'/g,
        ))
          found.set((m[1] ?? m[2])!, relative(root, path));
      }
    }
  };
  walk(root);
  return found;
}

describe('service errors in the reader’s language (issue 18)', () => {
  const used = keysUsedInServices();

  it('finds the keys the services use (the checks below can fail)', () => {
    expect(used.size).toBeGreaterThan(40);
    expect(used.get('siteNotFound')).toBeDefined();
  });

  for (const [locale, messages] of [
    ['en', en],
    ['sv', sv],
  ] as const) {
    it(`has every key the services use in ${locale}.json, and none they do not`, () => {
      const words = messages.serviceErrors as Record<string, string>;
      expect([...used].filter(([key]) => !words[key]).map(([k, file]) => `${k} (${file})`)).toEqual(
        [],
      );
      // The defaults of ForbiddenError/UnauthorizedError are named in errors.ts itself.
      expect(Object.keys(words).filter((key) => !used.has(key))).toEqual([]);
    });
  }

  it('keeps the English messages the API, logs and CLI had', () => {
    expect(new NotFoundError('siteNotFound').message).toBe('Site not found.');
    expect(new NotFoundError('versionNotFound', { version: 3 }).message).toBe(
      'Version 3 not found.',
    );
    expect(new UnauthorizedError().message).toBe('Please sign in.');
    expect(new ForbiddenError(say('roleTooLow', { min: 'editor', role: 'viewer' })).message).toBe(
      'This needs the editor role or higher; you are viewer.',
    );
    expect(
      new ConflictError(say('itemTakenOnHost', { type: 'cookie', name: '_ga', host: 'almi.se' }))
        .message,
    ).toBe(
      'This site already declares a cookie named “_ga” on almi.se of this type. Edit that one instead.',
    );
    expect(
      new ConflictError(say('categoryNotEmpty', { name: 'Statistik', count: 1 })).message,
    ).toBe(
      '“Statistik” still holds 1 item. Move it to another category first, or choose a category to move it to.',
    );
    expect(staleRevision('texts', null).message).toBe(
      'Someone else changed this site’s texts after you opened it. Review their values and save again.',
    );
    // A message from elsewhere (the scanner's) stays as it is, without wording.
    expect(new ConflictError('As the scanner said.')).toMatchObject({
      message: 'As the scanner said.',
      wording: undefined,
    });
  });

  it('words them in Swedish from key and values', () => {
    expect(serviceErrorText(asClient(new NotFoundError('siteNotFound')), swedish)).toBe(
      'Webbplatsen hittades inte.',
    );
    expect(
      serviceErrorText(
        asClient(new ForbiddenError(say('roleTooLow', { min: 'admin', role: 'editor' }))),
        swedish,
      ),
    ).toBe('Det här kräver rollen administratör eller högre; du är redaktör.');
    expect(
      serviceErrorText(
        asClient(new ConflictError(say('itemTakenNoHost', { type: 'local_storage', name: 'x' }))),
        swedish,
      ),
    ).toBe(
      'Webbplatsen deklarerar redan en post med namnet ”x” utan värd av den här typen. Redigera den i stället.',
    );
    const stale: Record<TStaleWhat, string> = {
      category: 'den här kategorin efter att du öppnade den',
      vendor: 'den här leverantören efter att du öppnade den',
      item: 'den här posten efter att du öppnade den',
      texts: 'webbplatsens texter efter att du öppnade dem',
      appearance: 'webbplatsens utseende efter att du öppnade det',
      settings: 'webbplatsens inställningar efter att du öppnade dem',
    };
    for (const [what, words] of Object.entries(stale))
      expect(serviceErrorText(asClient(staleRevision(what as TStaleWhat, null)), swedish)).toBe(
        `Någon annan ändrade ${words}. Se över deras värden och spara igen.`,
      );
    // English words are the server's message, key for key.
    const taken = new ConflictError(say('vendorSlugTaken', { slug: 'google' }));
    expect(serviceErrorText(asClient(taken), english)).toBe(taken.message);
  });

  it('words a refusal a page rendered on the server caught from the server caller', () => {
    const refused = new ValidationError(say('staleCursor', { rows: 'events' }), {
      field: 'cursor',
    });
    const caught = new TRPCError({ code: 'BAD_REQUEST', message: refused.message, cause: refused });
    expect(serverErrorText(caught, swedish, 'x')).toBe(
      'Den här sidlänken gäller inte längre; börja från de senaste händelserna.',
    );
    expect(serverErrorText(new Error('Plain.'), swedish, 'x')).toBe('Plain.');
    expect(serverErrorText('not an error', swedish, 'Could not read.')).toBe('Could not read.');
  });

  it('falls back to the server’s English without wording, for an unknown key or a missing value', () => {
    expect(serviceErrorText({ message: 'Plain.', data: { wording: null } }, swedish)).toBe(
      'Plain.',
    );
    expect(serviceErrorText({ message: 'No data.' }, swedish)).toBe('No data.');
    expect(
      serviceErrorText(
        { message: 'Newer server.', data: { wording: { key: 'fromTheFuture', params: {} } } },
        swedish,
      ),
    ).toBe('Newer server.');
    expect(
      serviceErrorText(
        {
          message: 'Version 4 not found.',
          data: { wording: { key: 'versionNotFound', params: {} } },
        },
        swedish,
      ),
    ).toBe('Version 4 not found.');
  });
});
