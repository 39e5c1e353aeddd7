import { redirect } from 'next/navigation';
import { getActor } from '~/server/auth';
import { getDb } from '~/server/db';
import { getSetupState } from '~/server/services/setup/get-setup-state';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const { needsSetup } = await getSetupState({ db: await getDb() });
  if (needsSetup) redirect('/setup');
  redirect((await getActor()) ? '/dashboard' : '/sign-in');
}
