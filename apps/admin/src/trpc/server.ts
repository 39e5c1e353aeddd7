import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { createCaller } from '~/server/api/root';
import { getActor } from '~/server/auth';
import { getDb } from '~/server/db';

const caller = cache(async () => createCaller({ db: await getDb(), actor: await getActor() }));

/**
 * A tRPC caller for server components: same procedures, same checks, no HTTP hop. Pages render
 * in parallel with their layout, so each protected page redirects on its own when signed out.
 */
export async function serverApi(options: { public?: boolean } = {}) {
  if (!options.public && !(await getActor())) redirect('/sign-in');
  return caller();
}
