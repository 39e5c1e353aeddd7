import 'server-only';
import { cache } from 'react';
import { createCaller } from '~/server/api/root';
import { getActor } from '~/server/auth';
import { getDb } from '~/server/db';

/** A tRPC caller for server components: same procedures, same checks, no HTTP hop. */
export const serverApi = cache(async () =>
  createCaller({ db: await getDb(), actor: await getActor() }),
);
