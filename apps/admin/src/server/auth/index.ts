import { eq } from 'drizzle-orm';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { getDb, type TDb } from '../db';
import { users } from '../db/schema/auth';
import type { TActor } from '../services/context';
import { absoluteSessionSeconds, getAuthOptions } from './config';

declare module 'next-auth' {
  interface Session {
    user?: {
      id?: string;
      email?: string | null;
      name?: string | null;
      image?: string | null;
      /** Session version and sign-in time from the token (see auth/config.ts). */
      sv?: number;
      authAt?: number;
    };
  }
}

/**
 * The signed-in person for this request, or null. Cached per request. Re-reads the user, so a
 * still-valid token signs nobody in once the account is deleted, its sessions were revoked
 * (a newer session version), or the session is older than the absolute maximum.
 */
export const getActor = cache(async (): Promise<TActor | null> => {
  const session = await getServerSession(await getAuthOptions());
  return session?.user ? actorFromClaims(await getDb(), session.user, Date.now()) : null;
});

/** The person a session's claims stand for, if the session still holds (see getActor). */
export async function actorFromClaims(
  db: TDb,
  claims: { id?: string; sv?: number; authAt?: number },
  nowMs: number,
): Promise<TActor | null> {
  if (!claims.id || !sessionStillValid(claims, nowMs)) return null;
  const [u] = await db
    .select({ id: users.id, email: users.email, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, claims.id));
  if (!u || u.sessionVersion !== (claims.sv ?? 0)) return null;
  return { id: u.id, email: u.email };
}

/** Whether a session's sign-in time is within the absolute maximum (tokens without one are old). */
export function sessionStillValid(claims: { authAt?: number }, nowMs: number): boolean {
  return (
    typeof claims.authAt === 'number' && nowMs / 1000 - claims.authAt <= absoluteSessionSeconds()
  );
}
