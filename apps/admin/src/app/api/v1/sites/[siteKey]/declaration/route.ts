import { deliveryResponse, preflight } from '~/server/delivery/http';

export const dynamic = 'force-dynamic';

/** `GET /api/v1/sites/{siteKey}/declaration?locale=sv[&version=n]`: the declaration as HTML. */
export async function GET(req: Request, ctx: { params: Promise<{ siteKey: string }> }) {
  const { siteKey } = await ctx.params;
  return deliveryResponse(
    req,
    'declaration',
    siteKey,
    new URL(req.url).searchParams.get('version'),
  );
}

export { GET as HEAD };
export const OPTIONS = preflight;
