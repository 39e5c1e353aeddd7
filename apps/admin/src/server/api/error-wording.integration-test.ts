import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createTranslator } from 'next-intl';
import superjson from 'superjson';
import { expect, it } from 'vitest';
import { serviceErrorText, type TErrorTranslator } from '~/i18n/service-errors';
import { localizeErrorsLink } from '~/trpc/localize-errors-link';
import en from '../../../messages/en.json';
import sv from '../../../messages/sv.json';
import { createSite } from '../services/site/create-site';
import { makeOrganisation } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { type AppRouter, appRouter } from './root';

// The whole way of a service's refusal to the screen, without a browser: the service throws, the
// mapper and error formatter shape it, superjson carries it over HTTP (the fetch handler the
// route uses), and the client's link words it in the reader's language (issue 18).
await describeOnDrivers('service errors reach the client in its language', (t) => {
  async function clientFor(locale: 'en' | 'sv') {
    const { org, ctx } = await makeOrganisation(t.db, ['owner', 'editor']);
    const site = await createSite(ctx.owner, { organisationId: org.id, name: 'Språk' });
    const words = createTranslator({
      locale,
      messages: locale === 'en' ? en : sv,
      namespace: 'serviceErrors',
    }) as unknown as TErrorTranslator;
    const client = createTRPCClient<AppRouter>({
      links: [
        localizeErrorsLink((error) => serviceErrorText(error, words)),
        httpBatchLink({
          url: 'http://admin.test/api/trpc',
          transformer: superjson,
          fetch: (url, init) =>
            fetchRequestHandler({
              endpoint: '/api/trpc',
              req: new Request(url, init as RequestInit),
              router: appRouter,
              createContext: async () => ({ db: t.db, actor: ctx.editor.actor }),
            }),
        }),
      ],
    });
    return { client, site };
  }

  it('words a taken category key in Swedish, next to its field, from key and values', async () => {
    const { client, site } = await clientFor('sv');
    const error = await client.category.create
      .mutate({ siteId: site.id, key: 'marketing', name: { sv: 'Marknad' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error).toMatchObject({
      message: 'Webbplatsen har redan en kategori med nyckeln "marketing". Välj en annan nyckel.',
      data: {
        code: 'CONFLICT',
        details: { field: 'key' },
        wording: { key: 'categoryKeyTaken', params: { key: 'marketing' } },
      },
    });
  });

  it('says in English what the server says', async () => {
    const { client, site } = await clientFor('en');
    await expect(
      client.category.create.mutate({ siteId: site.id, key: 'marketing' }),
    ).rejects.toMatchObject({
      message: 'This site already has a category with the key "marketing". Choose another key.',
    });
  });
});
