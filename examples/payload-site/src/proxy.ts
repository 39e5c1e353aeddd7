// Tells the root layout which language the page is in (it cannot see the path itself), for
// `<html lang>` and the banner's language.
import { type NextRequest, NextResponse } from 'next/server';
import { LOCALE_HEADER, splitLocale } from './locales';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  const segments = request.nextUrl.pathname.split('/').filter(Boolean);
  headers.set(LOCALE_HEADER, splitLocale(segments).locale);
  return NextResponse.next({ request: { headers } });
}

// The site's pages only: not the CMS, its API (the banner route included) or Next's files.
export const config = { matcher: ['/((?!api|admin|_next|favicon.ico).*)'] };
