import { deliveryResponse, preflight } from '~/server/delivery/http';

export const dynamic = 'force-dynamic';

/** `GET /api/v1/sites/{siteKey}/config[?version=n]`: the published config JSON. */
export async function GET(req: Request, ctx: { params: Promise<{ siteKey: string }> }) {
  const { siteKey } = await ctx.params;
  return deliveryResponse(req, 'config', siteKey, new URL(req.url).searchParams.get('version'));
}

export { GET as HEAD };
export const OPTIONS = preflight;
