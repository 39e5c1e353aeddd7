import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '~/server/api/root';
import sv from '../../messages/sv.json';
import { serviceErrorText, type TErrorTranslator } from '../i18n/service-errors';
import { localizeErrorsLink } from './localize-errors-link';

const swedish = createTranslator({
  locale: 'sv',
  messages: sv,
  namespace: 'serviceErrors',
}) as unknown as TErrorTranslator;

/** Stands in for the HTTP link: every call fails with the error shape the server sends. */
const failWith =
  (message: string, data: Record<string, unknown>): TRPCLink<AppRouter> =>
  () =>
  () =>
    observable((observer) => {
      observer.error(
        TRPCClientError.from<AppRouter>({
          error: { code: -32603, message, data: { code: 'CONFLICT', httpStatus: 409, ...data } },
        }),
      );
    });

const client = (message: string, data: Record<string, unknown>) =>
  createTRPCClient<AppRouter>({
    links: [
      localizeErrorsLink((error) => serviceErrorText(error, swedish)),
      failWith(message, data),
    ],
  });

describe('localizeErrorsLink (issue 18)', () => {
  it('gives a worded error its message in the reader’s language, keeping code and details', async () => {
    const error = await client('This site already has a category with the key "x".', {
      wording: { key: 'categoryKeyTaken', params: { key: 'x' } },
      details: { field: 'key' },
    })
      .publish.preview.query({ siteId: '00000000-0000-4000-8000-000000000000' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error).toMatchObject({
      message: 'Webbplatsen har redan en kategori med nyckeln "x". Välj en annan nyckel.',
      data: { code: 'CONFLICT', details: { field: 'key' } },
    });
  });

  it('passes an error without wording through as it is', async () => {
    const error = await client('Something went wrong on our side. Please try again.', {
      wording: null,
    })
      .publish.preview.query({ siteId: '00000000-0000-4000-8000-000000000000' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'Something went wrong on our side. Please try again.' });
  });
});
