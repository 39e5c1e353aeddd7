import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { TDb } from '../db/client';
import { users } from '../db/schema/auth';
import { memberships } from '../db/schema/organisations';
import { recordEvent } from '../services/audit/record-event';
import { dummyPasswordHash, verifyPassword } from './password';
import type { SignInThrottle } from './sign-in-throttle';

export const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(200),
});

export type TPasswordSignIn =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; waitSeconds: number };

/** "30 seconds", "2 minutes": how long to wait, in the words the sign-in page shows. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * E-mail and password sign-in: cheap checks first, then the throttle, then argon2 (against a
 * dummy hash for unknown accounts), so every refusal of a well-formed attempt looks and takes
 * the same whether or not the account exists. A lockout of a real account is audited in each
 * of its organisations.
 */
export async function authorizePassword(
  db: TDb,
  throttle: SignInThrottle,
  raw: unknown,
  address: string | null,
): Promise<TPasswordSignIn> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const before = await throttle.check(email, address);
  if (before.waitSeconds > 0)
    return { ok: false, reason: 'throttled', waitSeconds: before.waitSeconds };

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (user?.passwordHash && valid) {
    await throttle.recordSuccess(email, address);
    return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
  }

  const outcome = await throttle.recordFailure(email, address);
  if (outcome.accountLocked && user) {
    const orgs = await db
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .where(eq(memberships.userId, user.id));
    for (const { organisationId } of orgs)
      await recordEvent(db, {
        organisationId,
        actorId: null,
        action: 'lockout',
        entity: 'account',
        entityId: user.id,
        after: { failedAttempts: outcome.accountFailures, waitSeconds: outcome.waitSeconds },
      });
  }
  return outcome.waitSeconds > 0
    ? { ok: false, reason: 'throttled', waitSeconds: outcome.waitSeconds }
    : { ok: false, reason: 'invalid' };
}
