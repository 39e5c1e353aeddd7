import type { Metadata } from 'next';
import { Toaster } from 'sonner';
import { TRPCReactProvider } from '~/trpc/react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Smula', template: '%s · Smula' },
  description: 'Keep your cookie declaration honest, publish it, and show a lawful consent banner.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <TRPCReactProvider>{children}</TRPCReactProvider>
        <Toaster position="top-right" richColors closeButton />
      </body>
    </html>
  );
}
