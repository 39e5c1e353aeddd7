import { createServer, type IncomingMessage, type Server } from 'node:http';
import { describeError } from '../db/errors';
import { answerConsentRequest, type TIngestDeps } from './ingest';

/** Reads at most `limit` bytes; null (and the rest discarded) when the body is larger. */
function readLimited(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * A plain Node HTTP server for `POST /api/v1/consents` alone, sharing the admin's ingestion code.
 * It sees the TCP peer (Next's server does not, once a request carries X-Forwarded-For) and
 * skips Next's request pipeline, so one process takes many more records per second. Put it
 * behind the same proxy path as the admin (see the self-hosting docs).
 */
export function createCollectorServer(
  deps: TIngestDeps,
  options: { regionHeader?: string } = {},
): Server {
  const header = (req: IncomingMessage, name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v.join(', ') : (v ?? null);
  };
  return createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    if (path !== '/api/v1/consents') {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' }).end(
        JSON.stringify({
          error: { code: 'not_found', message: 'Only /api/v1/consents is served here.' },
        }),
      );
      return;
    }
    try {
      const out = await answerConsentRequest(async () => deps, {
        method: req.method ?? 'GET',
        contentType: header(req, 'content-type'),
        contentLength: header(req, 'content-length'),
        readBody: (limit) => readLimited(req, limit),
        origin: header(req, 'origin'),
        userAgent: header(req, 'user-agent'),
        peer: req.socket.remoteAddress ?? null,
        forwardedFor: header(req, 'x-forwarded-for'),
        region: options.regionHeader ? header(req, options.regionHeader.toLowerCase()) : null,
      });
      res.writeHead(out.status, out.headers).end(out.body ?? undefined);
    } catch (err) {
      console.error(`consent collector: ${describeError(err)}`);
      if (!res.headersSent)
        res
          .writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify({ error: { code: 'internal', message: 'Unexpected error.' } }));
    }
  });
}
