import { deliveryResponse } from '~/server/delivery/http';

export const dynamic = 'force-dynamic';

/** `GET /b/{siteKey}.js` (live) and `GET /b/{siteKey}@{n}.js` (version n, immutable). */
export async function GET(req: Request, ctx: { params: Promise<{ script: string }> }) {
  const { script } = await ctx.params;
  const m = /^([^@]+?)(?:@([^@]*))?\.js$/.exec(script);
  if (!m) {
    return Response.json(
      {
        error: { code: 'not_found', message: 'Use /b/{siteKey}.js or /b/{siteKey}@{version}.js.' },
      },
      { status: 404 },
    );
  }
  return deliveryResponse(req, 'script', m[1]!, m[2] ?? null);
}

export { GET as HEAD };
