import { publicRouteResponse } from '~/server/delivery/http';

export const dynamic = 'force-dynamic';

// Every method goes through the shared public-plane code, so the admin answers other methods
// as `smula public` does (405 with the documented JSON error), not with Next's empty 405.
export const POST = publicRouteResponse;
export const OPTIONS = publicRouteResponse;
export const GET = publicRouteResponse;
export const PUT = publicRouteResponse;
export const DELETE = publicRouteResponse;
export const PATCH = publicRouteResponse;
