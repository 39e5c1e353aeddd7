import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { ZNewPassword, ZPersonName } from '../../../lib/schemas/account';
import { hashPassword } from '../../auth/password';
import { users } from '../../db/schema/auth';
import { invitations, memberships, organisations } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { ConflictError, ForbiddenError, NotFoundError, say } from '../errors';
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
    throw new NotFoundError('invitationGoneNotFound');
  return row;
}

/** What an invitation link offers, for the accept page. Public: the token is the credential. */
export async function lookupInvitation(
  ctx: Pick<TServiceCtx, 'db'>,
  input: z.infer<typeof ZLookupInvitationInput>,
) {
  const { invitation, organisationName } = await findOpen(ctx.db, input.token);
  // Nothing about the address's account (it may belong to other organisations): the page
  // offers both ways in, and only acceptance itself learns which applies.
  return { organisationName, email: invitation.email, role: invitation.role };
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
  // Cheap checks first: argon2 runs only for an open invitation to an address without account.
  const { invitation: seen } = await findOpen(ctx.db, input.token);
  let passwordHash: string | undefined;
  if (!ctx.actor) {
    if (await accountExists(ctx.db, seen.email)) throw accountExistsError();
    if (!input.password || !input.name) throw new ConflictError(say('chooseNamePassword'));
    passwordHash = await hashPassword(input.password);
  } else if (ctx.actor.email.toLowerCase() !== seen.email) {
    throw new ForbiddenError(say('invitationForOther', { email: seen.email }));
  }
  return ctx.db.transaction(async (tx) => {
    // Under the row lock and only while unaccepted: two acceptances of one link make one.
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, seen.id), isNull(invitations.acceptedAt)))
      .for('update');
    if (!invitation) throw new NotFoundError('invitationGoneNotFound');
    let userId: string;
    if (ctx.actor) userId = ctx.actor.id;
    else {
      if (await accountExists(tx, invitation.email)) throw accountExistsError();
      const [u] = await tx
        .insert(users)
        .values({
          email: invitation.email,
          name: input.name,
          passwordHash,
          // An e-mailed link proves the address; a copied one proves nothing about who chose
          // this password (it may be the inviter): see users.passwordUnverified.
          passwordUnverified: !invitation.emailed,
          emailVerified: invitation.emailed ? new Date() : null,
        })
        .returning({ id: users.id });
      userId = u!.id;
    }
    await tx
      .insert(memberships)
      .values({ organisationId: invitation.organisationId, userId, role: invitation.role })
      // Already a member: keep the current role; an invitation never demotes anyone.
      .onConflictDoNothing();
    const accepted = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (accepted.length !== 1) throw new NotFoundError('invitationGoneNotFound');
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

const accountExistsError = () => new ConflictError(say('accountExists'));

async function accountExists(db: TServiceCtx['db'], email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return Boolean(row);
}
