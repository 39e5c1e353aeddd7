import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type TEncoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to answer with for an `Accept-Encoding` header: brotli when the client takes it,
 * else gzip, else the plain bytes. A coding listed with `q=0` is refused; `*` stands for any
 * coding not listed.
 */
export function negotiateEncoding(header: string | null | undefined): TEncoding {
  if (!header) return 'identity';
  // Browsers send a handful of distinct values, each on nearly every request: parse each once.
  let known = negotiated.get(header);
  if (!known) {
    if (negotiated.size >= NEGOTIATED_MAX) negotiated.clear();
    known = parseAcceptEncoding(header);
    negotiated.set(header, known);
  }
  return known;
}

const negotiated = new Map<string, TEncoding>();
/** Distinct `Accept-Encoding` values remembered; a flood of made-up ones only empties it. */
const NEGOTIATED_MAX = 256;

function parseAcceptEncoding(header: string): TEncoding {
  const q = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: string) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip') || accepts('x-gzip')) return 'gzip';
  return 'identity';
}

/** Both encodings of `body` at their strongest: done once per published answer, served often. */
export function compressAnswer(body: Buffer): { brotli: Buffer; gzip: Buffer } {
  return {
    brotli: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzip: gzipSync(body, { level: 9 }),
  };
}
