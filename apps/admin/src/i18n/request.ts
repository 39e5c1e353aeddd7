import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { isLocale, LOCALE_COOKIE, negotiateLocale } from './locales';

/**
 * The language of this request: the person's choice (cookie, set by the header's switcher),
 * else the browser's Accept-Language. URLs carry no locale, so links and bookmarks stay the
 * same in both languages.
 *
 * @see https://next-intl.dev/docs/getting-started/app-router/without-i18n-routing
 */
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : negotiateLocale((await headers()).get('accept-language'));
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Every displayed time is UTC (see ~/lib/format-date); the same zone on server and client
    // keeps hydration stable.
    timeZone: 'UTC',
  };
});
