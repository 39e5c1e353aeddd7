import { publicRouteResponse } from '~/server/delivery/http';

export const dynamic = 'force-dynamic';

/** `GET /api/v1/sites/{siteKey}/config[?version=n]`: the published config JSON. */
export const GET = publicRouteResponse;
export const HEAD = publicRouteResponse;
export const OPTIONS = publicRouteResponse;
