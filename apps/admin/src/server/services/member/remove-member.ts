import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../db/schema/auth';
import { memberships } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import { requireMembership, type TServiceCtx } from '../context';
import { ForbiddenError, NotFoundError, say } from '../errors';
import { assertNotLastOwner } from './change-role';

export const ZRemoveMemberInput = z.object({ organisationId: z.uuid(), userId: z.uuid() });

/**
 * Owners and admins remove members; only owners remove owners; never the last owner. The removed
 * person's sessions are revoked.
 */
export async function removeMember(ctx: TServiceCtx, raw: z.input<typeof ZRemoveMemberInput>) {
  const input = ZRemoveMemberInput.parse(raw);
  const myRole = await requireMembership(ctx, input.organisationId, 'admin');
  return ctx.db.transaction(async (tx) => {
    const where = and(
      eq(memberships.organisationId, input.organisationId),
      eq(memberships.userId, input.userId),
    );
    const [target] = await tx.select().from(memberships).where(where).for('update');
    if (!target) throw new NotFoundError('memberNotFound');
    if (target.role === 'owner') {
      if (myRole !== 'owner') throw new ForbiddenError(say('onlyOwnerRemovesOwner'));
      await assertNotLastOwner(tx, input.organisationId);
    }
    await tx.delete(memberships).where(where);
    // Their open sessions end now, wherever they are signed in (see getActor).
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, input.userId));
    await recordEvent(tx, {
      organisationId: input.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'delete',
      entity: 'membership',
      entityId: input.userId,
      before: { role: target.role },
    });
    return { removed: true };
  });
}
