import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { ZCreateFirstOwnerInput } from '../../../lib/schemas/account';
import { hashPassword } from '../../auth/password';
import { users } from '../../db/schema/auth';
import { memberships, organisations } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { ConflictError, ForbiddenError, say } from '../errors';

// Client-safe, so the setup form checks the same rules in the browser.
export { ZCreateFirstOwnerInput };

async function setupDone(db: TServiceCtx['db']): Promise<boolean> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return (existing?.n ?? 0) > 0;
}

const DONE = say('setupDone');

/**
 * Creates the first user as owner of a new organisation. Only while no user exists: the check
 * and the insert share a transaction under an advisory lock, so two racing setups make one owner.
 *
 * `token`: from the web, the one-time setup token must match (`expected`); the CLI, run by the
 * operator on the server itself, passes `null`. Cheap checks come before argon2, so a flood of
 * attempts costs the server nothing much.
 */
export async function createFirstOwner(
  ctx: Pick<TServiceCtx, 'db'>,
  raw: z.input<typeof ZCreateFirstOwnerInput>,
  token: {
    expected: string | undefined;
    matches: (expected: string, given?: string) => boolean;
  } | null,
) {
  const input = ZCreateFirstOwnerInput.parse(raw);
  if (token) {
    if (await setupDone(ctx.db)) throw new ConflictError(DONE);
    if (!token.expected || !token.matches(token.expected, input.setupToken))
      throw new ForbiddenError(say('setupToken'), { field: 'setupToken' });
  }
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7253001)`);
    if (await setupDone(tx)) throw new ConflictError(DONE);
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash })
      .returning({ id: users.id, email: users.email });
    const [org] = await tx
      .insert(organisations)
      .values({ name: input.organisationName })
      .returning();
    if (!user || !org) throw new Error('insert returned nothing');
    await tx.insert(memberships).values({ organisationId: org.id, userId: user.id, role: 'owner' });
    await recordEvent(tx, {
      organisationId: org.id,
      actorId: user.id,
      action: 'setup',
      entity: 'organisation',
      entityId: org.id,
      after: org,
    });
    return { userId: user.id, organisationId: org.id };
  });
}
