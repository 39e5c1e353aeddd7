import { publicRouteResponse } from '~/server/delivery/http';

export const dynamic = 'force-dynamic';

/** `GET /b/{siteKey}.js` (live) and `GET /b/{siteKey}@{n}.js` (version n, immutable). */
export const GET = publicRouteResponse;
export const HEAD = publicRouteResponse;
export const OPTIONS = publicRouteResponse;
