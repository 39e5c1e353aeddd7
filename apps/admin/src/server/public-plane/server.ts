import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Logger } from 'pino';
import { errorCodes } from '../db/errors';
import type { TRegionSource } from '../geo/country-db';
import {
  answerPublicRequest,
  answerPublicRequestNow,
  type TPublicDeps,
  type TPublicRequest,
} from './answer';
import type { TPublicMetrics } from './metrics';

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

/** Shared by requests without a query string: nothing reads it but to `get`. */
const NO_QUERY = new URLSearchParams();

/** A node:http request as answerPublicRequest reads it (methods, not per-request closures). */
class NodeRequest implements TPublicRequest {
  readonly method: string;
  readonly peer: string | null;
  constructor(
    private readonly req: IncomingMessage,
    readonly path: string,
    readonly query: URLSearchParams,
  ) {
    this.method = req.method ?? 'GET';
    this.peer = req.socket.remoteAddress ?? null;
  }
  header(name: string): string | null {
    const v = this.req.headers[name];
    return Array.isArray(v) ? v.join(', ') : (v ?? null);
  }
  readBody(limit: number): Promise<string | null> {
    return readLimited(this.req, limit);
  }
}

export interface TPublicServerOptions {
  deps: TPublicDeps;
  metrics: TPublicMetrics;
  log: Logger;
  /** Database reachable and live pointers loaded: the instance may take traffic. */
  ready: () => Promise<boolean>;
}

/**
 * `smula public`: a plain node:http server for everything visitors hit, through the same
 * {@link answerPublicRequest} as the admin's routes, plus `/healthz` (the process is up),
 * `/readyz` (it can serve) and `/metrics` (Prometheus). It sees the TCP peer itself, for the
 * truncated address of consent records; put it behind the same proxy paths as the admin.
 */
export function createPublicServer({ deps, metrics, log, ready }: TPublicServerOptions): Server {
  // The region source, once resolved: until then (and if it fails) every answer takes the
  // asynchronous path, which reports the failure.
  let source: TRegionSource | undefined = deps.region ? undefined : {};
  deps.region?.().then(
    (s) => {
      source = s;
    },
    () => {},
  );
  return createServer({ noDelay: true }, async (req, res) => {
    const started = performance.now();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    if (path === '/readyz') {
      const ok = await ready().catch(() => false);
      res
        .writeHead(ok ? 200 : 503, { 'content-type': 'text/plain', 'cache-control': 'no-store' })
        .end(ok ? 'ready\n' : 'not ready\n');
      return;
    }
    if (path === '/metrics') {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text);
      return;
    }
    let route = 'not_found';
    let status = 500;
    try {
      const request = new NodeRequest(
        req,
        path,
        q < 0 ? NO_QUERY : new URLSearchParams(url.slice(q + 1)),
      );
      // A warmed site's answer is ready in memory: written in the same turn as the request was
      // read, with no promise in between (a third more 304s per second here than awaiting).
      const answer =
        (source && answerPublicRequestNow(deps, request, source)) ??
        (await answerPublicRequest(deps, request));
      route = answer.route;
      status = answer.status;
      // A known length goes out with the headers in one write; chunked answers took several,
      // and with delayed ACKs some requests waited ~40 ms for the last one.
      // (None on 204 and 304: a 304's length would have to be the 200's, RFC 9110 8.6.)
      const headers =
        answer.body === null
          ? answer.headers
          : { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) };
      res
        .writeHead(answer.status, headers)
        .end(req.method === 'HEAD' ? undefined : (answer.body ?? undefined));
    } catch (err) {
      // Class and codes only: a driver's message may quote a record's fields.
      log.error({ route, err: { name: (err as Error)?.name, codes: errorCodes(err) } }, 'failed');
      if (!res.headersSent)
        res
          .writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify({ error: { code: 'internal', message: 'Unexpected error.' } }));
    } finally {
      metrics.requests.inc({ route, status: String(status) });
      metrics.duration.observe({ route }, (performance.now() - started) / 1000);
    }
  });
}
