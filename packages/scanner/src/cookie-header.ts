/** A cookie as one `Set-Cookie` header or one `document.cookie = …` assignment states it. */
export interface TCookieWrite {
  name: string;
  /** As the browser keeps it: `.shop.test` for a Domain cookie, the host for a host-only one. */
  domain: string;
  path: string;
  /** Seconds it lives, `null` for a session cookie; `0` or less is a deletion. */
  expires: number | null;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
}

const SAME_SITE: Record<string, TCookieWrite['sameSite']> = {
  strict: 'Strict',
  lax: 'Lax',
  none: 'None',
};

/**
 * Reads one cookie write the way a browser would for `url`: Max-Age before Expires, a Domain
 * the URL's host must belong to (else the browser refuses it: `undefined`), the default path
 * from the URL's directory. `now` is the epoch milliseconds Expires is counted from.
 */
export function parseCookieWrite(text: string, url: string, now: number): TCookieWrite | undefined {
  const [pair = '', ...attributes] = text.split(';');
  const eq = pair.indexOf('=');
  // `document.cookie = 'x'` sets a cookie with an empty name and value `x`: nothing to declare.
  if (eq <= 0) return undefined;
  const name = pair.slice(0, eq).trim();
  if (!name) return undefined;
  let host: string;
  let dir: string;
  try {
    const u = new URL(url);
    host = u.hostname.toLowerCase();
    dir = u.pathname.slice(0, u.pathname.lastIndexOf('/')) || '/';
  } catch {
    return undefined;
  }
  const cookie: TCookieWrite = {
    name,
    domain: host,
    path: dir,
    expires: null,
    secure: false,
    httpOnly: false,
  };
  let maxAge: number | undefined;
  let expiresAt: number | undefined;
  for (const attribute of attributes) {
    const i = attribute.indexOf('=');
    const key = (i < 0 ? attribute : attribute.slice(0, i)).trim().toLowerCase();
    const value = i < 0 ? '' : attribute.slice(i + 1).trim();
    if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (key === 'expires') {
      const t = Date.parse(value);
      if (!Number.isNaN(t)) expiresAt = t;
    } else if (key === 'domain' && value) {
      const d = value.replace(/^\./, '').toLowerCase();
      if (host !== d && !host.endsWith(`.${d}`)) return undefined;
      cookie.domain = `.${d}`;
    } else if (key === 'path' && value.startsWith('/')) cookie.path = value;
    else if (key === 'secure') cookie.secure = true;
    else if (key === 'httponly') cookie.httpOnly = true;
    else if (key === 'samesite') {
      const s = SAME_SITE[value.toLowerCase()];
      if (s) cookie.sameSite = s;
    }
  }
  if (maxAge !== undefined) cookie.expires = maxAge;
  else if (expiresAt !== undefined) cookie.expires = Math.round((expiresAt - now) / 1000);
  return cookie;
}
