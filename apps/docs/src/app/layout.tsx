import { DocsLayout } from 'fumadocs-ui/layouts/docs';
import { RootProvider } from 'fumadocs-ui/provider/next';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { source } from '~/lib/source';
import './global.css';

export const metadata: Metadata = {
  title: { template: '%s · Smula docs', default: 'Smula docs' },
  description: 'Documentation for Smula, the self-hostable cookie-consent platform.',
};

export default function Layout({ children }: { children: ReactNode }) {
  return (
    // next-themes sets the dark/light class on <html> before hydration.
    <html lang="en" suppressHydrationWarning>
      <body>
        {/* Static search: the index comes from /api/search, built with the site. */}
        <RootProvider search={{ options: { type: 'static' } }}>
          <DocsLayout tree={source.getPageTree()} nav={{ title: 'Smula docs' }}>
            {children}
          </DocsLayout>
        </RootProvider>
      </body>
    </html>
  );
}
