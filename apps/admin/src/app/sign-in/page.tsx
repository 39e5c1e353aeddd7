import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { HydrationMarker } from '~/components/hydration-marker';
import { LocaleSwitcher } from '~/components/locale-switcher';
import { Card } from '~/components/ui/card';
import { env } from '~/env';
import { getActor } from '~/server/auth';
import { getDb } from '~/server/db';
import { getSetupState } from '~/server/services/setup/get-setup-state';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';
export async function generateMetadata() {
  return { title: (await getTranslations('signIn'))('metaTitle') };
}

export default async function SignInPage() {
  if ((await getSetupState({ db: await getDb() })).needsSetup) redirect('/setup');
  if (await getActor()) redirect('/dashboard');
  const t = await getTranslations('signIn');
  const emailLinks = Boolean(env.SMTP_URL) || env.NODE_ENV === 'development';
  const sso = env.OIDC_ISSUER ? env.OIDC_NAME : null;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <HydrationMarker />
      <div className="flex justify-end text-sm">
        <LocaleSwitcher />
      </div>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Card>
        <SignInForm emailLinks={emailLinks} sso={sso} />
      </Card>
    </main>
  );
}
