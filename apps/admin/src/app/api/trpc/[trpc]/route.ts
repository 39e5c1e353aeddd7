import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter } from '~/server/api/root';
import { getActor } from '~/server/auth';
import { getDb } from '~/server/db';

export const dynamic = 'force-dynamic';

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: '/api/trpc',
    req,
    router: appRouter,
    createContext: async () => ({ db: await getDb(), actor: await getActor() }),
  });

export { handler as GET, handler as POST };
