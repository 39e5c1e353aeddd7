import { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { env } from '~/env';
import { getAuthOptions } from '~/server/auth/config';
import {
  expectedOrigin,
  problem,
  readBodyLimited,
  sameOrigin,
  withBody,
} from '~/server/security/request-guards';

export const dynamic = 'force-dynamic';

type TRouteCtx = { params: Promise<{ nextauth: string[] }> };

/** Sign-in forms are a few hundred bytes. */
const AUTH_MAX_BODY_BYTES = 16 * 1024;

// Options are built per first request (lazily), never at import: see getAuthOptions.
async function handler(req: NextRequest, ctx: TRouteCtx) {
  if (req.method === 'POST') {
    // next-auth checks its own CSRF token on POSTs; refusing foreign origins first means a
    // forged request never reaches it. GETs stay open: e-mail links and SSO callbacks arrive
    // from other sites by design.
    const origin = req.headers.get('origin');
    if (origin !== null && !sameOrigin(origin, expectedOrigin(req, env.SMULA_PUBLIC_URL)))
      return problem(403, 'cross_site', 'This request came from another site and was refused.');
    const read = await readBodyLimited(req, AUTH_MAX_BODY_BYTES);
    if ('problem' in read) return read.problem;
    req = withBody(req, read.body, (url, init) => new NextRequest(url, init as never));
  }
  return NextAuth(req, { params: await ctx.params } as never, await getAuthOptions());
}

export { handler as GET, handler as POST };
