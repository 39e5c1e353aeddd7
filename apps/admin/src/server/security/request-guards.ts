/**
 * Checks for the admin's own HTTP routes (tRPC, sign-in, exports) before they read a body or
 * act on a session cookie. Each returns a `Response` to send instead, or null to go on.
 */

/** One error shape for every refusal: `{ error: { code, message } }`, never cached. */
export function problem(status: number, code: string, message: string): Response {
  return Response.json(
    { error: { code, message } },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

/**
 * The origin browsers must send for a state-changing request: the admin's public URL, else the
 * origin the request itself was addressed to (a cross-site page cannot choose the Host header
 * of a victim's request, so this still stops cross-site requests in development).
 */
export function expectedOrigin(req: Request, publicUrl: string | undefined): string {
  return new URL(publicUrl ?? req.url).origin;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a browser's `Origin` is the admin's. On this machine's loopback names count as one
 * (`http://127.0.0.1:3000` for `http://localhost:3000`): a developer may type either, and no
 * other site can be served from them.
 */
export function sameOrigin(origin: string, expected: string): boolean {
  if (origin === expected) return true;
  try {
    const a = new URL(origin);
    const b = new URL(expected);
    return (
      a.protocol === b.protocol &&
      a.port === b.port &&
      LOOPBACK.has(a.hostname) &&
      LOOPBACK.has(b.hostname)
    );
  } catch {
    return false;
  }
}

/**
 * Cross-site request forgery: a browser sends `Origin` with every POST and `Sec-Fetch-Site`
 * with every request, so a request from another site is recognisable and refused here. A
 * request with neither comes from a program, not a browser, and carries no ambient cookies
 * of a victim; it goes on to the session check like any other.
 */
export function crossSiteProblem(req: Request, publicUrl: string | undefined): Response | null {
  const origin = req.headers.get('origin');
  if (origin !== null && !sameOrigin(origin, expectedOrigin(req, publicUrl)))
    return problem(403, 'cross_site', 'This request came from another site and was refused.');
  const site = req.headers.get('sec-fetch-site');
  // `none`: typed or bookmarked. `same-origin`: the admin itself.
  if (site !== null && site !== 'same-origin' && site !== 'none')
    return problem(403, 'cross_site', 'This request came from another site and was refused.');
  return null;
}

/**
 * Only JSON bodies: `text/plain`, `multipart/form-data` and url-encoded forms can be sent
 * cross-site without a preflight, so they must never reach a procedure.
 */
export function contentTypeProblem(req: Request): Response | null {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json'
    ? null
    : problem(415, 'unsupported_media_type', 'Send the request body as application/json.');
}

/**
 * Reads at most `limit` bytes of the body. A declared `Content-Length` past the limit is refused
 * before anything is read; a body that grows past it while streaming is cut off.
 */
export async function readBodyLimited(
  req: Request,
  limit: number,
): Promise<{ body: Uint8Array<ArrayBuffer> } | { problem: Response }> {
  const tooLarge = () => ({
    problem: problem(
      413,
      'payload_too_large',
      `The request body is larger than ${Math.floor(limit / 1024)} KiB.`,
    ),
  });
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limit) return tooLarge();
  if (!req.body) return { body: new Uint8Array() };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return { body };
}

/** The same request with its body already read (the handlers downstream read it again). */
export function withBody<R extends Request>(
  req: R,
  body: Uint8Array<ArrayBuffer>,
  make: (url: string, init: RequestInit) => R = (url, init) => new Request(url, init) as R,
): R {
  return make(req.url, {
    method: req.method,
    headers: req.headers,
    body: body.byteLength ? body : null,
    signal: req.signal,
  });
}
