'use client';

import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import superjson from 'superjson';
import { serviceErrorText } from '~/i18n/service-errors';
import type { AppRouter } from '~/server/api/root';
import { localizeErrorsLink } from './localize-errors-link';
import { makeQueryClient } from './query-client';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;
function getQueryClient() {
  if (typeof window === 'undefined') return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function TRPCReactProvider({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  // The client lives as long as the page; the words follow the language chosen since.
  const t = useTranslations('serviceErrors');
  const words = useRef(t);
  words.current = t;
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        localizeErrorsLink((error) => serviceErrorText(error, words.current)),
        httpBatchLink({ url: '/api/trpc', transformer: superjson }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
