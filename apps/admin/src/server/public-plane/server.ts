import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Logger } from 'pino';
import { errorCodes } from '../db/errors';
import type { TRegionSource } from '../geo/country-db';
import {
  answerPublicRequest,
  answerPublicRequestKept,
  type TPublicAnswer,
  type TPublicDeps,
  type TPublicRequest,
} from './answer';
import type { AnswerRecorder } from './answer-tally';
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

/**
 * The headers as node:http's flat list, with the length when there is a body: it goes out with
 * the headers in one write (chunked answers took several, and with delayed ACKs some requests
 * waited ~40 ms for the last one). None on 204 and 304: a 304's length would have to be the
 * 200's (RFC 9110 8.6).
 */
function wireHeaders(headers: Record<string, string>, body: string | Uint8Array | null): string[] {
  const wire = Object.entries(headers).flat();
  if (body !== null)
    wire.push(
      'content-length',
      String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength),
    );
  return wire;
}

/** Longest request key kept (a browser's are a few hundred characters). */
const KEY_MAX = 1024;

/** A warmed answer kept for one request, with its wire headers. */
export interface TKept {
  answer: TPublicAnswer;
  headers: string[];
  current: () => boolean;
  recorder: AnswerRecorder;
}

/**
 * Warmed answers by everything they depend on in the request: method, path and query, and the
 * headers the answer reads (Accept-Encoding, Origin, If-None-Match, the operator's region
 * header). A banner script is asked for with the same few of these by nearly every visitor, so
 * a repeat is one lookup, checked against the delivery cache's live pointer (`current`), rather
 * than routing, planning and serialising headers again: about half the server's time per answer
 * here. Bounded: a flood of made-up requests only empties it.
 */
export class KeptAnswers {
  private readonly byRequest = new Map<string, TKept>();
  constructor(private readonly max = 4096) {}
  /**
   * The key for a request; null when the answer depends on more (a country from the address)
   * or the key is long (up to 16 KB of headers each would let 4,096 made-up ones hold 64 MB).
   */
  static key(
    req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>,
    source: TRegionSource,
  ): string | null {
    if (source.lookup || (req.method !== 'GET' && req.method !== 'HEAD')) return null;
    const h = req.headers;
    const key = `${req.method} ${req.url}\n${h['accept-encoding'] ?? ''}\n${h.origin ?? ''}\n${h['if-none-match'] ?? ''}\n${source.header ? (h[source.header] ?? '') : ''}`;
    return key.length <= KEY_MAX ? key : null;
  }
  get size(): number {
    return this.byRequest.size;
  }
  get(key: string): TKept | undefined {
    const kept = this.byRequest.get(key);
    if (kept && !kept.current()) {
      this.byRequest.delete(key);
      return undefined;
    }
    return kept;
  }
  set(key: string, kept: TKept): void {
    if (this.byRequest.size >= this.max) this.byRequest.clear();
    this.byRequest.set(key, kept);
  }
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
  const kept = new KeptAnswers();
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
    let recorder: AnswerRecorder | undefined;
    try {
      const key = source ? KeptAnswers.key(req, source) : null;
      const known = key === null ? undefined : kept.get(key);
      if (known) {
        res
          .writeHead(known.answer.status, known.headers)
          .end(req.method === 'HEAD' ? undefined : (known.answer.body ?? undefined));
        recorder = known.recorder;
        return;
      }
      const request = new NodeRequest(
        req,
        path,
        q < 0 ? NO_QUERY : new URLSearchParams(url.slice(q + 1)),
      );
      // A warmed site's answer is ready in memory: written in the same turn as the request was
      // read, with no promise in between (a third more 304s per second here than awaiting).
      const now = source && answerPublicRequestKept(deps, request, source);
      const answer = now?.answer ?? (await answerPublicRequest(deps, request));
      route = answer.route;
      status = answer.status;
      const headers = wireHeaders(answer.headers, answer.body);
      if (key !== null && now?.current)
        kept.set(key, {
          answer,
          headers,
          current: now.current,
          recorder: metrics.recorder(route, status),
        });
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
      (recorder ?? metrics.recorder(route, status)).record((performance.now() - started) / 1000);
    }
  });
}
