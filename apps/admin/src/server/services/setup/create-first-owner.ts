import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { ZCreateFirstOwnerInput } from '../../../lib/schemas/account';
import { hashPassword } from '../../auth/password';
import { users } from '../../db/schema/auth';
import { memberships, organisations } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { ConflictError } from '../errors';

// Client-safe, so the setup form checks the same rules in the browser.
export { ZCreateFirstOwnerInput };

/**
 * Creates the first user as owner of a new organisation. Only while no user exists: the check
 * and the insert share a transaction under an advisory lock, so two racing setups make one owner.
 */
export async function createFirstOwner(
  ctx: Pick<TServiceCtx, 'db'>,
  raw: z.input<typeof ZCreateFirstOwnerInput>,
) {
  const input = ZCreateFirstOwnerInput.parse(raw);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(7253001)`);
    const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
    if ((existing?.n ?? 0) > 0) throw new ConflictError('Setup is already done. Sign in instead.');
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
