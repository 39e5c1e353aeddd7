import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { env } from '~/env';
import { appRouter } from '~/server/api/root';
import { getActor } from '~/server/auth';
import { getDb } from '~/server/db';
import {
  contentTypeProblem,
  crossSiteProblem,
  readBodyLimited,
  withBody,
} from '~/server/security/request-guards';
import { setupToken } from '~/server/setup-token';

export const dynamic = 'force-dynamic';

/**
 * The largest tRPC request body. The biggest input is an import's text (at most 2 MB of
 * characters, see run-importer.ts), which JSON and UTF-8 can make up to about three times
 * larger in bytes.
 */
export const TRPC_MAX_BODY_BYTES = 6 * 1024 * 1024;

async function handler(req: Request): Promise<Response> {
  // Only the admin's own pages call these procedures (see request-guards.ts for why).
  const refused = crossSiteProblem(req, env.SMULA_PUBLIC_URL);
  if (refused) return refused;
  let request = req;
  if (req.method === 'POST') {
    const badType = contentTypeProblem(req);
    if (badType) return badType;
    const read = await readBodyLimited(req, TRPC_MAX_BODY_BYTES);
    if ('problem' in read) return read.problem;
    request = withBody(req, read.body);
  }
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: async () => ({ db: await getDb(), actor: await getActor(), setupToken }),
  });
}

export { handler as GET, handler as POST };
