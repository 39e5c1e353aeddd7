import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { invitations } from '../../db/schema/organisations';
import { requireMembership, type TServiceCtx } from '../context';

export const ZListInvitationsInput = z.object({ organisationId: z.uuid() });

/** Pending invitations (never their tokens). */
export async function listInvitations(
  ctx: TServiceCtx,
  raw: z.input<typeof ZListInvitationsInput>,
) {
  const input = ZListInvitationsInput.parse(raw);
  await requireMembership(ctx, input.organisationId, 'admin');
  return ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(eq(invitations.organisationId, input.organisationId), isNull(invitations.acceptedAt)),
    )
    .orderBy(desc(invitations.createdAt));
}
