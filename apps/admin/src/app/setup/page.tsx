import { redirect } from 'next/navigation';
import { HydrationMarker } from '~/components/hydration-marker';
import { Card } from '~/components/ui/card';
import { getDb } from '~/server/db';
import { getSetupState } from '~/server/services/setup/get-setup-state';
import { SetupForm } from './setup-form';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'First-run setup' };

export default async function SetupPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  if (!(await getSetupState({ db: await getDb() })).needsSetup) redirect('/sign-in');
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <HydrationMarker />
      <div>
        <h1 className="text-2xl font-semibold">Welcome to Smula</h1>
        <p className="mt-1 text-slate-600">
          Create the first account. It will own your organisation. The setup token is in the server
          log (the link printed at start fills it in).
        </p>
      </div>
      <Card>
        <SetupForm token={typeof token === 'string' ? token : ''} />
      </Card>
    </main>
  );
}
