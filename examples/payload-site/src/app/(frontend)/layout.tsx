import config from '@payload-config';
import { getSmulaSettings } from '@smula/cms-plugin';
import { SmulaBannerScript } from '@smula/cms-plugin/react';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getPayload } from 'payload';
import type { ReactNode } from 'react';
import { DEFAULT_LOCALE, LOCALE_HEADER, splitLocale } from '../../locales';
import { currentTenant } from '../../tenant';
import './styles.css';

export const metadata: Metadata = { title: 'Fikabageriet' };

const texts = {
  sv: { policy: 'Kakor (cookies)', settings: 'Ändra kakinställningar', home: '/' },
  en: { policy: 'Cookies', settings: 'Cookie settings', home: '/en' },
};

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const payload = await getPayload({ config });
  // The tenant's own Smula site on its host name; elsewhere the settings global's.
  const tenant = await currentTenant(payload);
  const smula = await getSmulaSettings(payload, { tenant });
  // Set by src/proxy.ts from the path; checked again here, it is only a header.
  const { locale } = splitLocale([(await headers()).get(LOCALE_HEADER) ?? DEFAULT_LOCALE]);
  const t = texts[locale];
  const prefix = locale === DEFAULT_LOCALE ? '' : `/${locale}`;
  return (
    <html lang={locale}>
      <head>
        {/* First in <head>: the banner must run before any script that could set a cookie.
            With the page's locale it carries that language only. Under draft mode (the
            preview route, for signed-in editors) it renders nothing. */}
        <SmulaBannerScript settings={smula} locale={locale} />
      </head>
      <body>
        <header>
          <a href={t.home}>Fikabageriet</a>
        </header>
        <main>{children}</main>
        <footer>
          <a href={`${prefix}${smula.policyPath}`}>{t.policy}</a>
          {/* The banner opens its settings from any [data-smula-open] element. */}
          <button type="button" data-smula-open>
            {t.settings}
          </button>
        </footer>
      </body>
    </html>
  );
}
