import { type NextRequest, NextResponse } from 'next/server';
import { env } from '~/env';
import { adminSecurityHeaders } from '~/server/security/headers';

/**
 * Runs before every admin page and admin API route (not the public delivery and consent paths,
 * see `config.matcher`): sets the security headers and passes the CSP, with this request's
 * nonce, on to Next, which then marks its own inline scripts with it.
 *
 * @see https://nextjs.org/docs/app/guides/content-security-policy
 */
export function proxy(request: NextRequest) {
  const { headers } = adminSecurityHeaders({
    https: (env.SMULA_PUBLIC_URL ?? request.nextUrl.href).startsWith('https:'),
    development: env.NODE_ENV === 'development',
  });
  const forwarded = new Headers(request.headers);
  forwarded.set('content-security-policy', headers.get('content-security-policy') ?? '');
  const response = NextResponse.next({ request: { headers: forwarded } });
  headers.forEach((value, key) => {
    response.headers.set(key, value);
  });
  return response;
}

export const config = {
  // Public paths load on customers' sites and set their own headers: the banner script and the
  // config must stay loadable cross-origin (no CORP same-origin), and the declaration HTML is
  // sandboxed by its own CSP, as is the banner preview (`api/preview/`), which must run its inline
  // scripts and be framed by the admin. Next's static files are hashed and carry no page.
  matcher: ['/((?!b/|api/v1/|api/preview/|_next/static/|_next/image|favicon.ico).*)'],
};
