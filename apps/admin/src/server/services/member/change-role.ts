import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { memberships, ROLES } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import { requireMembership, type TServiceCtx } from '../context';
import { ConflictError, ForbiddenError, NotFoundError, say } from '../errors';

export const ZChangeRoleInput = z.object({
  organisationId: z.uuid(),
  userId: z.uuid(),
  role: z.enum(ROLES),
});

/**
 * Owners and admins change roles. Only an owner may make or unmake an owner, and an
 * organisation never loses its last owner.
 */
export async function changeRole(ctx: TServiceCtx, raw: z.input<typeof ZChangeRoleInput>) {
  const input = ZChangeRoleInput.parse(raw);
  const myRole = await requireMembership(ctx, input.organisationId, 'admin');
  return ctx.db.transaction(async (tx) => {
    const [target] = await tx
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.organisationId, input.organisationId),
          eq(memberships.userId, input.userId),
        ),
      )
      .for('update');
    if (!target) throw new NotFoundError('memberNotFound');
    if ((target.role === 'owner' || input.role === 'owner') && myRole !== 'owner') {
      throw new ForbiddenError(say('onlyOwnerSetsOwner'));
    }
    if (target.role === 'owner' && input.role !== 'owner')
      await assertNotLastOwner(tx, input.organisationId);
    const [updated] = await tx
      .update(memberships)
      .set({ role: input.role })
      .where(
        and(
          eq(memberships.organisationId, input.organisationId),
          eq(memberships.userId, input.userId),
        ),
      )
      .returning();
    await recordEvent(tx, {
      organisationId: input.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'update',
      entity: 'membership',
      entityId: input.userId,
      before: { role: target.role },
      after: { role: input.role },
    });
    return updated;
  });
}

export async function assertNotLastOwner(
  db: Pick<TServiceCtx['db'], 'select'>,
  organisationId: string,
) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'owner')));
  if ((row?.n ?? 0) <= 1) throw new ConflictError(say('lastOwner'));
}
