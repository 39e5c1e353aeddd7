import { eq } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb } from '../db';
import { users } from '../db/schema/auth';
import type { TActor } from '../services/context';
import { getAuthOptions } from './config';

declare module 'next-auth' {
  interface Session {
    user?: { id?: string; email?: string | null; name?: string | null; image?: string | null };
  }
}

/**
 * The signed-in person for this request, or null. Cached per request; re-reads the user so a
 * deleted account's still-valid token signs nobody in.
 */
export const getActor = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession(await getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [u] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.id, id));
  return u ?? null;
});
