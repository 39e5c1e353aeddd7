import { redirect } from 'next/navigation';
import { HydrationMarker } from '~/components/hydration-marker';
import { Card } from '~/components/ui/card';
import { env } from '~/env';
import { getActor } from '~/server/auth';
import { getDb } from '~/server/db';
import { getSetupState } from '~/server/services/setup/get-setup-state';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sign in' };

export default async function SignInPage() {
  if ((await getSetupState({ db: await getDb() })).needsSetup) redirect('/setup');
  if (await getActor()) redirect('/dashboard');
  const emailLinks = Boolean(env.SMTP_URL) || env.NODE_ENV === 'development';
  const sso = env.OIDC_ISSUER ? env.OIDC_NAME : null;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <HydrationMarker />
      <h1 className="text-2xl font-semibold">Sign in to Smula</h1>
      <Card>
        <SignInForm emailLinks={emailLinks} sso={sso} />
      </Card>
    </main>
  );
}
