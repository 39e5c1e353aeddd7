import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HydrationMarker } from '~/components/hydration-marker';
import { LocaleSwitcher } from '~/components/locale-switcher';
import { getActor } from '~/server/auth';
import { SignOutButton, SignOutEverywhereButton } from './sign-out-button';

export const dynamic = 'force-dynamic';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect('/sign-in');
  const t = await getTranslations('header');
  return (
    <div className="min-h-screen">
      <HydrationMarker />
      <header className="border-b border-slate-200 bg-white">
        <nav
          aria-label={t('main')}
          className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3"
        >
          <Link href="/dashboard" className="text-lg font-semibold text-brand">
            Smula
          </Link>
          <div className="flex flex-wrap items-center justify-end gap-3 text-sm">
            <span className="hidden text-slate-600 sm:inline">{actor.email}</span>
            <LocaleSwitcher />
            <SignOutEverywhereButton />
            <SignOutButton />
          </div>
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
