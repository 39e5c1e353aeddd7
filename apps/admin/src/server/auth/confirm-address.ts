import { eq, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client';
import { users } from '../db/schema/auth';

/**
 * A sign-in by e-mail link or SSO proved that this person controls the account's address: mark
 * it verified, and drop a password that was chosen through a copied invitation link (the
 * inviter may have chosen it; see `users.passwordUnverified`). Other passwords stay.
 */
export async function confirmAddressOwnership(db: TDbOrTx, userId: string): Promise<void> {
  await db
    .update(users)
    .set({
      emailVerified: sql`coalesce(${users.emailVerified}, now())`,
      passwordHash: sql`CASE WHEN ${users.passwordUnverified} THEN NULL ELSE ${users.passwordHash} END`,
      passwordUnverified: false,
    })
    .where(eq(users.id, userId));
}
