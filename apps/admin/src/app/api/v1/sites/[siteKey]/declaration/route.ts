import { publicRouteResponse } from '~/server/delivery/http';

export const dynamic = 'force-dynamic';

/** `GET /api/v1/sites/{siteKey}/declaration?locale=sv[&version=n]`: the declaration as HTML. */
export const GET = publicRouteResponse;
export const HEAD = publicRouteResponse;
export const OPTIONS = publicRouteResponse;
