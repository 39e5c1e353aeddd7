import type { NextRequest } from 'next/server';
import NextAuth from 'next-auth';
import { getAuthOptions } from '~/server/auth/config';

export const dynamic = 'force-dynamic';

type TRouteCtx = { params: Promise<{ nextauth: string[] }> };

// Options are built per first request (lazily), never at import: see getAuthOptions.
async function handler(req: NextRequest, ctx: TRouteCtx) {
  return NextAuth(req, { params: await ctx.params } as never, await getAuthOptions());
}

export { handler as GET, handler as POST };
