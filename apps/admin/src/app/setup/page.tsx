import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HydrationMarker } from '~/components/hydration-marker';
import { LocaleSwitcher } from '~/components/locale-switcher';
import { Card } from '~/components/ui/card';
import { getDb } from '~/server/db';
import { getSetupState } from '~/server/services/setup/get-setup-state';
import { SetupForm } from './setup-form';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getTranslations('setup'))('metaTitle') };
}

export default async function SetupPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const t = await getTranslations('setup');
  if (!(await getSetupState({ db: await getDb() })).needsSetup) redirect('/sign-in');
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <HydrationMarker />
      <div className="flex justify-end text-sm">
        <LocaleSwitcher />
      </div>
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="mt-1 text-slate-600">{t('intro')}</p>
      </div>
      <Card>
        <SetupForm token={typeof token === 'string' ? token : ''} />
      </Card>
    </main>
  );
}
