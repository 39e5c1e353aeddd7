import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { ZNewPassword, ZPersonName } from '../../../lib/schemas/account';
import { hashPassword } from '../../auth/password';
import { users } from '../../db/schema/auth';
import { invitations, memberships, organisations } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import { hashInvitationToken } from './token';

const ZToken = z.string().min(20).max(100);
export const ZLookupInvitationInput = z.object({ token: ZToken });
export const ZAcceptInvitationInput = z.object({
  token: ZToken,
  /** Needed only when the invited address has no account yet. */
  name: ZPersonName.optional(),
  password: ZNewPassword.optional(),
});

async function findOpen(db: TServiceCtx['db'], token: string) {
  const [row] = await db
    .select({ invitation: invitations, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(eq(invitations.tokenHash, hashInvitationToken(token)), isNull(invitations.acceptedAt)),
    );
  // Expired, used and unknown tokens all read the same: nothing to learn by guessing.
  if (!row || row.invitation.expiresAt.getTime() < Date.now())
    throw new NotFoundError('Invitation (it may have expired or been used)');
  return row;
}

/** What an invitation link offers, for the accept page. Public: the token is the credential. */
export async function lookupInvitation(
  ctx: Pick<TServiceCtx, 'db'>,
  input: z.infer<typeof ZLookupInvitationInput>,
) {
  const { invitation, organisationName } = await findOpen(ctx.db, input.token);
  const [existing] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, invitation.email));
  return {
    organisationName,
    email: invitation.email,
    role: invitation.role,
    hasAccount: Boolean(existing),
  };
}

/**
 * Accepts an invitation once. A signed-in person must be the invited address; someone without
 * an account creates one here with a password; an existing account must sign in first.
 */
export async function acceptInvitation(
  ctx: TServiceCtx,
  raw: z.input<typeof ZAcceptInvitationInput>,
) {
  const input = ZAcceptInvitationInput.parse(raw);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ctx.db.transaction(async (tx) => {
    const { invitation } = await findOpen(tx, input.token);
    let userId: string;
    if (ctx.actor) {
      if (ctx.actor.email.toLowerCase() !== invitation.email) {
        throw new ForbiddenError(
          `This invitation is for ${invitation.email}. Sign in as that address to accept it.`,
        );
      }
      userId = ctx.actor.id;
    } else {
      const [existing] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, invitation.email));
      if (existing)
        throw new ConflictError(
          'You already have an account: sign in, then open the invitation link again.',
        );
      if (!passwordHash || !input.name)
        throw new ConflictError('Choose your name and a password to create your account.');
      const [u] = await tx
        .insert(users)
        .values({ email: invitation.email, name: input.name, passwordHash })
        .returning({ id: users.id });
      userId = u!.id;
    }
    await tx
      .insert(memberships)
      .values({ organisationId: invitation.organisationId, userId, role: invitation.role })
      // Already a member: keep the current role; an invitation never demotes anyone.
      .onConflictDoNothing();
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(eq(invitations.id, invitation.id));
    await recordEvent(tx, {
      organisationId: invitation.organisationId,
      actorId: userId,
      action: 'accept',
      entity: 'invitation',
      entityId: invitation.id,
      after: { userId, role: invitation.role },
    });
    return { organisationId: invitation.organisationId, email: invitation.email };
  });
}
