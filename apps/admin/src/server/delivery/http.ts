import { env } from '~/env';
import { parseTrustedProxies } from '../consent-ingest/ip';
import { getIngestDeps } from '../consent-ingest/runtime';
import { getDb } from '../db';
import { regionSourceFromEnv } from '../geo/region-source';
import { answerPublicRequest, type TPublicDeps } from '../public-plane/answer';
import { publicBaseUrl } from '../public-url';
import { PEER_HEADER, peerOf } from '../security/client-address';
import { readBodyLimited } from '../security/request-guards';

const openRegion = regionSourceFromEnv();
let regionWarned = false;

const deps: TPublicDeps = {
  db: getDb,
  ingest: getIngestDeps,
  // The consent endpoint baked into (long-cached) scripts: never from the Host header.
  publicUrl: publicBaseUrl(),
  // An unreadable country database must not take the routes down: say why once, and serve
  // as if no country were known (the strictest model), the header still honoured.
  region: () =>
    openRegion().catch((err: Error) => {
      if (!regionWarned) console.error(`[smula] ${err.message} Visitors' regions are unknown.`);
      regionWarned = true;
      return { header: env.SMULA_REGION_HEADER };
    }),
  proxies: parseTrustedProxies(env.SMULA_TRUSTED_PROXIES),
};

/**
 * The admin's public routes (`/b/…`, site config and declaration, consents): the request goes
 * to the same function `smula public` calls, and its answer becomes a Response unchanged, with
 * one exception: the admin always answers identity. Next.js drops `Content-Encoding` from a
 * route handler's Response (its send-response strips it), so precompressed bytes would reach
 * the browser unlabelled and the banner would not run. `smula public` serves the precompressed
 * brotli and gzip; behind the admin, compression is its proxy's job.
 */
export async function publicRouteResponse(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const answer = await answerPublicRequest(deps, {
    method: req.method,
    path: url.pathname,
    query: url.searchParams,
    header: (name) => (name.toLowerCase() === 'accept-encoding' ? null : req.headers.get(name)),
    readBody: async (limit) => {
      const read = await readBodyLimited(req, limit);
      return 'problem' in read ? null : Buffer.from(read.body).toString('utf8');
    },
    // The TCP peer as server.mjs reports it (null under plain `next start`: then, without
    // trusted proxies, the address is unknown rather than whatever a client claims).
    peer: peerOf(req.headers.get(PEER_HEADER), env.SMULA_PEER_TOKEN),
  });
  return new Response(req.method === 'HEAD' ? null : (answer.body as BodyInit | null), {
    status: answer.status,
    headers: answer.headers,
  });
}
