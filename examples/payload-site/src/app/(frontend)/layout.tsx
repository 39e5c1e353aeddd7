import config from '@payload-config';
import { getSmulaSettings } from '@smula/cms-plugin';
import { SmulaBannerScript } from '@smula/cms-plugin/react';
import type { Metadata } from 'next';
import { getPayload } from 'payload';
import type { ReactNode } from 'react';
import './styles.css';

export const metadata: Metadata = { title: 'Fikabageriet' };

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const smula = await getSmulaSettings(await getPayload({ config }));
  return (
    <html lang="sv">
      <head>
        {/* First in <head>: the banner must run before any script that could set a cookie. */}
        <SmulaBannerScript settings={smula} />
      </head>
      <body>
        <header>
          <a href="/">Fikabageriet</a>
        </header>
        <main>{children}</main>
        <footer>
          <a href={smula.policyPath}>Kakor (cookies)</a>
          {/* The banner opens its settings from any [data-smula-open] element. */}
          <button type="button" data-smula-open>
            Ändra kakinställningar
          </button>
        </footer>
      </body>
    </html>
  );
}
