import { eq, sql } from 'drizzle-orm';
import { users } from '../../db/schema/auth';
import { memberships } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { UnauthorizedError } from '../errors';

/**
 * Ends every session of the signed-in person, this one included: raising the session version
 * makes every token signed before it worthless (see getActor). Audited in each organisation.
 */
export async function signOutEverywhere(ctx: TServiceCtx) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthorizedError();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actor.id))
      .returning({ sessionVersion: users.sessionVersion });
    const orgs = await tx
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .where(eq(memberships.userId, actor.id));
    for (const { organisationId } of orgs)
      await recordEvent(tx, {
        organisationId,
        actorId: actor.id,
        action: 'revoke_sessions',
        entity: 'account',
        entityId: actor.id,
      });
    return { sessionVersion: row?.sessionVersion ?? 0 };
  });
}
