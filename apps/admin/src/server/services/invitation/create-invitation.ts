import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZEmail } from '../../../lib/schemas/account';
import { invitations, organisations, ROLES } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import { requireMembership, type TServiceCtx } from '../context';
import { ForbiddenError, say, ValidationError } from '../errors';
import { INVITATION_DAYS, newInvitationToken } from './token';

export const ZCreateInvitationInput = z.object({
  organisationId: z.uuid(),
  email: ZEmail,
  role: z.enum(ROLES),
  /**
   * `email`: Smula mails the link and nobody else sees it, so accepting proves the address.
   * `link`: the inviter copies the link; a password set through it stays unverified until the
   * person signs in by e-mail link or SSO (see users.passwordUnverified).
   */
  delivery: z.enum(['email', 'link']).default('link'),
});

/** How the service reaches the outside world; the router passes the real mailer. */
export interface TInvitationMailer {
  canSend: () => boolean;
  send: (message: { to: string; subject: string; text: string }) => Promise<void>;
  /** The admin's public base URL, for the link. */
  publicUrl: string;
}

/**
 * Owners and admins invite; admins cannot hand out ownership. With `delivery: 'link'` the token
 * is returned once for the caller to show (it cannot be read back later); with `'email'` it is
 * mailed and never returned, so only the address's owner can accept.
 */
type TInput = z.input<typeof ZCreateInvitationInput>;
type TCreated = { id: string; email: string; role: string; expiresAt: Date };
export async function createInvitation(
  ctx: TServiceCtx,
  raw: TInput & { delivery: 'email' },
  mailer: TInvitationMailer,
): Promise<TCreated & { token: null; emailed: true }>;
export async function createInvitation(
  ctx: TServiceCtx,
  raw: TInput & { delivery?: 'link' },
  mailer?: TInvitationMailer,
): Promise<TCreated & { token: string; emailed: false }>;
export async function createInvitation(
  ctx: TServiceCtx,
  raw: TInput,
  mailer?: TInvitationMailer,
): Promise<TCreated & ({ token: null; emailed: true } | { token: string; emailed: false })>;
export async function createInvitation(
  ctx: TServiceCtx,
  raw: TInput,
  mailer?: TInvitationMailer,
): Promise<TCreated & ({ token: null; emailed: true } | { token: string; emailed: false })> {
  const input = ZCreateInvitationInput.parse(raw);
  const myRole = await requireMembership(ctx, input.organisationId, 'admin');
  if (input.role === 'owner' && myRole !== 'owner')
    throw new ForbiddenError(say('onlyOwnerInvitesOwner'));
  const emailed = input.delivery === 'email';
  if (emailed && !mailer?.canSend())
    throw new ValidationError(say('mailNotSetUp'), {
      field: 'delivery',
    });
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
      emailed,
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
  if (emailed && mailer) {
    const [org] = await ctx.db
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, input.organisationId));
    const link = `${mailer.publicUrl.replace(/\/$/, '')}/invite/${token}`;
    await mailer.send({
      to: input.email,
      subject: `You are invited to ${org?.name ?? 'an organisation'} on Smula`,
      text: `You have been invited to join ${org?.name ?? 'an organisation'} on Smula as ${input.role}.\n\nOpen this link within ${INVITATION_DAYS} days to accept:\n${link}\n\nIf you did not expect this, ignore this message.`,
    });
    return { ...row!, token: null, emailed: true as const };
  }
  return { ...row!, token, emailed: false as const };
}
