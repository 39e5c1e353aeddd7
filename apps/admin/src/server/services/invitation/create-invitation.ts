import { z } from 'zod';
import { ZEmail } from '../../../lib/schemas/account';
import { invitations, ROLES } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import { requireMembership, type TServiceCtx } from '../context';
import { ForbiddenError } from '../errors';
import { INVITATION_DAYS, newInvitationToken } from './token';

export const ZCreateInvitationInput = z.object({
  organisationId: z.uuid(),
  email: ZEmail,
  role: z.enum(ROLES),
});

/**
 * Owners and admins invite; admins cannot hand out ownership. Returns the token once: the
 * caller shows the link (or e-mails it) and it cannot be read back later.
 */
export async function createInvitation(
  ctx: TServiceCtx,
  raw: z.input<typeof ZCreateInvitationInput>,
) {
  const input = ZCreateInvitationInput.parse(raw);
  const myRole = await requireMembership(ctx, input.organisationId, 'admin');
  if (input.role === 'owner' && myRole !== 'owner')
    throw new ForbiddenError('Only an owner can invite another owner.');
  const { token, hash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86400_000);
  const [row] = await ctx.db
    .insert(invitations)
    .values({
      organisationId: input.organisationId,
      email: input.email,
      role: input.role,
      tokenHash: hash,
      invitedBy: ctx.actor?.id ?? null,
      expiresAt,
    })
    .returning({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    });
  await recordEvent(ctx.db, {
    organisationId: input.organisationId,
    actorId: ctx.actor?.id ?? null,
    action: 'create',
    entity: 'invitation',
    entityId: row?.id,
    after: row,
  });
  return { ...row!, token };
}
