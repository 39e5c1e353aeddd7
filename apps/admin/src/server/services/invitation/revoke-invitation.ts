import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { invitations } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import { requireMembership, type TServiceCtx } from '../context';
import { NotFoundError } from '../errors';

export const ZRevokeInvitationInput = z.object({
  organisationId: z.uuid(),
  invitationId: z.uuid(),
});

export async function revokeInvitation(
  ctx: TServiceCtx,
  raw: z.input<typeof ZRevokeInvitationInput>,
) {
  const input = ZRevokeInvitationInput.parse(raw);
  await requireMembership(ctx, input.organisationId, 'admin');
  const [row] = await ctx.db
    .delete(invitations)
    .where(
      and(
        eq(invitations.id, input.invitationId),
        eq(invitations.organisationId, input.organisationId),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  if (!row) throw new NotFoundError('invitationNotFound');
  await recordEvent(ctx.db, {
    organisationId: input.organisationId,
    actorId: ctx.actor?.id ?? null,
    action: 'delete',
    entity: 'invitation',
    entityId: row.id,
    before: row,
  });
  return { revoked: true };
}
