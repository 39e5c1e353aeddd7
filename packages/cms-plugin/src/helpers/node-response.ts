import type { ServerResponse } from 'node:http';
import { moveBannerFirst } from './inject-head.js';

const HEAD_END = /<\/head\s*>/i;

/**
 * Makes an HTML response from a Node server (a Next.js custom server, Express, plain
 * `node:http`) carry the Smula banner tag as the first child of `<head>`: the response is
 * held back only until `</head>` (at most `limit` bytes), passed through `transform`
 * (default `moveBannerFirst`), then streamed on untouched. Anything that is not uncompressed
 * `text/html` passes straight through. Call it before the framework writes anything.
 *
 * @example http.createServer((req, res) => { bannerFirstInResponse(res); handle(req, res); })
 */
export function bannerFirstInResponse(
  res: ServerResponse,
  transform: (head: string) => string = moveBannerFirst,
  limit = 256 * 1024,
): void {
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  let mode: 'undecided' | 'hold' | 'pass' = 'undecided';
  const held: Buffer[] = [];

  const decide = () => {
    if (mode !== 'undecided') return;
    const type = String(res.getHeader('content-type') ?? '');
    mode = type.includes('text/html') && !res.getHeader('content-encoding') ? 'hold' : 'pass';
    // The length changes; chunked transfer takes over.
    if (mode === 'hold' && !res.headersSent) res.removeHeader('content-length');
  };
  const bytes = (chunk: unknown, encoding: unknown) =>
    typeof chunk === 'string'
      ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding)
      : Buffer.from(chunk as Uint8Array);
  /** The held bytes up to and including `</head>` transformed, the rest as they were. */
  const release = (all: boolean): Buffer | null => {
    const buf = Buffer.concat(held);
    // latin1 maps byte to char one to one, so the index is a byte index (and `</head>` is
    // ASCII, so the cut never splits a UTF-8 character).
    const m = HEAD_END.exec(buf.toString('latin1'));
    if (!m && !all && buf.length <= limit) return null;
    const cut = m ? m.index + m[0].length : buf.length;
    held.length = 0;
    mode = 'pass';
    const head = Buffer.from(transform(buf.subarray(0, cut).toString('utf8')), 'utf8');
    return Buffer.concat([head, buf.subarray(cut)]);
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    // Headers given here bypass getHeader(); move them to setHeader so `decide` sees them.
    const headers = rest.find((a) => a && typeof a === 'object' && !Array.isArray(a)) as
      | Record<string, string | string[] | number>
      | undefined;
    if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (rest.some(Array.isArray)) mode = 'pass'; // raw header arrays: leave such responses alone
    decide();
    return writeHead(status, ...rest.filter((a) => typeof a === 'string'));
  }) as typeof res.writeHead;

  res.write = ((chunk: unknown, encoding?: unknown, cb?: unknown) => {
    decide();
    if (mode === 'pass') return write(chunk, encoding, cb);
    const done = typeof encoding === 'function' ? encoding : cb;
    held.push(bytes(chunk, encoding));
    const out = release(false);
    if (out) return write(out, done);
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: unknown, encoding?: unknown, cb?: unknown) => {
    decide();
    if (mode === 'pass') return end(chunk, encoding, cb);
    const done = [chunk, encoding, cb].find((a) => typeof a === 'function');
    if (chunk !== undefined && typeof chunk !== 'function') held.push(bytes(chunk, encoding));
    return end(release(true), done);
  }) as typeof res.end;
}
