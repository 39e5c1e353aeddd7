import { env } from '~/env';
import { answerConsentRequest, type TIngestRequest } from '~/server/consent-ingest/ingest';
import { getIngestDeps } from '~/server/consent-ingest/runtime';
import { PEER_HEADER, peerOf } from '~/server/security/client-address';
import { readBodyLimited } from '~/server/security/request-guards';

export const dynamic = 'force-dynamic';

async function handle(req: Request): Promise<Response> {
  const h = req.headers;
  const request: TIngestRequest = {
    method: req.method,
    contentType: h.get('content-type'),
    contentLength: h.get('content-length'),
    readBody: async (limit) => {
      const read = await readBodyLimited(req, limit);
      return 'problem' in read ? null : Buffer.from(read.body).toString('utf8');
    },
    origin: h.get('origin'),
    userAgent: h.get('user-agent'),
    // The TCP peer as server.mjs reports it (null under plain `next start`: then, without
    // trusted proxies, the address is unknown rather than whatever a client claims).
    peer: peerOf(h.get(PEER_HEADER), env.SMULA_PEER_TOKEN),
    forwardedFor: h.get('x-forwarded-for'),
    region: env.SMULA_REGION_HEADER ? h.get(env.SMULA_REGION_HEADER) : null,
  };
  const res = await answerConsentRequest(getIngestDeps, request);
  return new Response(res.body, { status: res.status, headers: res.headers });
}

// Every method goes through the shared ingestion code, so the admin answers other methods as
// the collector does (405 with the documented JSON error), not with Next's empty 405.
export const POST = handle;
export const OPTIONS = handle;
export const GET = handle;
export const PUT = handle;
export const DELETE = handle;
export const PATCH = handle;
