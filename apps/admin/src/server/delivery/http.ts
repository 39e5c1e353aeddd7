import { env } from '~/env';
import { getDb } from '../db';
import { publicBaseUrl } from '../public-url';
import { deliver, type TDeliveryKind } from './deliver';

/** Adapts a route request to `deliver` and its answer to a Response. */
export async function deliveryResponse(
  req: Request,
  kind: TDeliveryKind,
  siteKey: string,
  version: string | null,
): Promise<Response> {
  const url = new URL(req.url);
  const result = await deliver(await getDb(), {
    kind,
    siteKey,
    version,
    locale: url.searchParams.get('locale'),
    origin: req.headers.get('origin'),
    ifNoneMatch: req.headers.get('if-none-match'),
    // The consent endpoint baked into (long-cached) scripts: never from the Host header.
    publicUrl: publicBaseUrl(),
    ...(env.SMULA_REGION_HEADER
      ? {
          region: {
            header: env.SMULA_REGION_HEADER,
            country: req.headers.get(env.SMULA_REGION_HEADER),
          },
        }
      : {}),
  });
  return new Response(req.method === 'HEAD' ? null : result.body, {
    status: result.status,
    headers: result.headers,
  });
}

/** CORS preflight: reads are simple GETs, so only GET is ever allowed. */
export function preflight(req: Request): Response {
  const origin = req.headers.get('origin');
  return new Response(null, {
    status: 204,
    headers: {
      ...(origin ? { 'access-control-allow-origin': origin } : {}),
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-max-age': '86400',
      vary: 'Origin',
    },
  });
}
