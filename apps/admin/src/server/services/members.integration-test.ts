import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { confirmAddressOwnership } from '../auth/confirm-address';
import { users } from '../db/schema/auth';
import { invitations, memberships } from '../db/schema/organisations';
import { makeOrganisation, makeUser } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { acceptInvitation, lookupInvitation } from './invitation/accept-invitation';
import { createInvitation } from './invitation/create-invitation';
import { listInvitations } from './invitation/list-invitations';
import { revokeInvitation } from './invitation/revoke-invitation';
import { changeRole } from './member/change-role';
import { listMembers } from './member/list-members';
import { removeMember } from './member/remove-member';

await describeOnDrivers('members and invitations', (t) => {
  it('lets admins change roles but keeps ownership with owners and never loses the last owner', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const ownerId = ctx.owner.actor!.id;
    const editorId = ctx.editor.actor!.id;
    await changeRole(ctx.admin, { organisationId: org.id, userId: editorId, role: 'viewer' });
    expect(
      (await listMembers(ctx.viewer, { organisationId: org.id })).find((m) => m.userId === editorId)
        ?.role,
    ).toBe('viewer');
    await expect(
      changeRole(ctx.admin, { organisationId: org.id, userId: editorId, role: 'owner' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      changeRole(ctx.admin, { organisationId: org.id, userId: ownerId, role: 'viewer' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      changeRole(ctx.owner, { organisationId: org.id, userId: ownerId, role: 'admin' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      removeMember(ctx.owner, { organisationId: org.id, userId: ownerId }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      changeRole(ctx.editor, { organisationId: org.id, userId: editorId, role: 'admin' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await removeMember(ctx.admin, { organisationId: org.id, userId: editorId });
    expect(
      (await listMembers(ctx.owner, { organisationId: org.id })).map((m) => m.userId),
    ).not.toContain(editorId);
  });

  it('invites by one-time link: new account, single use, hash-only storage', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const inv = await createInvitation(ctx.admin, {
      organisationId: org.id,
      email: 'New.Person@Example.se',
      role: 'editor',
    });
    expect(inv.token.length).toBeGreaterThanOrEqual(32);
    const [stored] = await t.db.select().from(invitations).where(eq(invitations.id, inv.id!));
    expect(stored?.tokenHash).not.toContain(inv.token);
    // The lookup names the invitation, nothing about the address's accounts elsewhere.
    expect(await lookupInvitation({ db: t.db }, { token: inv.token })).toEqual({
      organisationName: org.name,
      email: 'new.person@example.se',
      role: 'editor',
    });
    await expect(
      acceptInvitation({ db: t.db, actor: null }, { token: inv.token }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await acceptInvitation(
      { db: t.db, actor: null },
      { token: inv.token, name: 'Ny', password: 'a long enough password' },
    );
    const members = await listMembers(ctx.owner, { organisationId: org.id });
    expect(members.find((m) => m.email === 'new.person@example.se')?.role).toBe('editor');
    await expect(
      acceptInvitation(
        { db: t.db, actor: null },
        { token: inv.token, name: 'Ny', password: 'a long enough password' },
      ),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await listInvitations(ctx.owner, { organisationId: org.id })).toEqual([]);
  });

  it('requires the invited address and refuses admins handing out ownership', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    await expect(
      createInvitation(ctx.admin, { organisationId: org.id, email: 'x@example.se', role: 'owner' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createInvitation(ctx.editor, {
        organisationId: org.id,
        email: 'x@example.se',
        role: 'viewer',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const someone = await makeUser(t.db, 'someone');
    const inv = await createInvitation(ctx.owner, {
      organisationId: org.id,
      email: 'other@example.se',
      role: 'viewer',
    });
    await expect(
      acceptInvitation(
        { db: t.db, actor: { id: someone.id, email: someone.email } },
        { token: inv.token },
      ),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const invited = await createInvitation(ctx.owner, {
      organisationId: org.id,
      email: someone.email,
      role: 'viewer',
    });
    await acceptInvitation(
      { db: t.db, actor: { id: someone.id, email: someone.email } },
      { token: invited.token },
    );
    expect(
      (await listMembers(ctx.owner, { organisationId: org.id })).some(
        (m) => m.userId === someone.id,
      ),
    ).toBe(true);
  });

  it('revokes pending invitations and rejects expired ones', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const inv = await createInvitation(ctx.owner, {
      organisationId: org.id,
      email: 'late@example.se',
      role: 'viewer',
    });
    await t.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, inv.id!));
    await expect(lookupInvitation({ db: t.db }, { token: inv.token })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const other = await createInvitation(ctx.owner, {
      organisationId: org.id,
      email: 'gone@example.se',
      role: 'viewer',
    });
    await revokeInvitation(ctx.admin, { organisationId: org.id, invitationId: other.id! });
    await expect(lookupInvitation({ db: t.db }, { token: other.token })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('accepts one link once even when two acceptances race', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const inv = await createInvitation(ctx.admin, {
      organisationId: org.id,
      email: 'racer@example.se',
      role: 'viewer',
    });
    const attempt = (name: string) =>
      acceptInvitation(
        { db: t.db, actor: null },
        { token: inv.token, name, password: 'a long enough password' },
      ).then(
        () => 'ok',
        (e: { code?: string }) => e.code ?? 'error',
      );
    const outcomes = await Promise.all([attempt('One'), attempt('Two')]);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'ok')[0]).toMatch(/^(NOT_FOUND|CONFLICT)$/);
    const made = await t.db.select().from(users).where(eq(users.email, 'racer@example.se'));
    expect(made).toHaveLength(1);
    const members = await t.db
      .select()
      .from(memberships)
      .where(eq(memberships.userId, made[0]!.id));
    expect(members).toHaveLength(1);
  });

  it('a password chosen through a copied link is cleared once the address is proven', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const copied = await createInvitation(ctx.admin, {
      organisationId: org.id,
      email: 'copied@example.se',
      role: 'editor',
    });
    // The inviter holds the link and could accept it with a password of their own choosing.
    await acceptInvitation(
      { db: t.db, actor: null },
      { token: copied.token, name: 'Copied', password: 'chosen by the inviter' },
    );
    const [before] = await t.db.select().from(users).where(eq(users.email, 'copied@example.se'));
    expect(before).toMatchObject({ passwordUnverified: true, emailVerified: null });
    expect(before!.passwordHash).toMatch(/^\$argon2id\$/);
    // The real owner signs in by e-mail link (or SSO): the inviter's password stops working.
    await confirmAddressOwnership(t.db, before!.id);
    const [after] = await t.db.select().from(users).where(eq(users.id, before!.id));
    expect(after).toMatchObject({ passwordHash: null, passwordUnverified: false });
    expect(after!.emailVerified).toBeInstanceOf(Date);

    // An e-mailed invitation proves the address: its password is kept on a later link sign-in.
    const mailed = await createInvitation(ctx.admin, {
      organisationId: org.id,
      email: 'mailed@example.se',
      role: 'editor',
    });
    await t.db.update(invitations).set({ emailed: true }).where(eq(invitations.id, mailed.id!));
    await acceptInvitation(
      { db: t.db, actor: null },
      { token: mailed.token, name: 'Mailed', password: 'chosen by the invitee' },
    );
    const [own] = await t.db.select().from(users).where(eq(users.email, 'mailed@example.se'));
    expect(own).toMatchObject({ passwordUnverified: false });
    await confirmAddressOwnership(t.db, own!.id);
    const [kept] = await t.db.select().from(users).where(eq(users.id, own!.id));
    expect(kept!.passwordHash).toBe(own!.passwordHash);
  });

  it('e-mails the link when asked, and then never hands the token to the inviter', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const input = {
      organisationId: org.id,
      email: 'Mailed.Invitee@example.se',
      role: 'viewer' as const,
      delivery: 'email' as const,
    };
    const sent: { to: string; subject: string; text: string }[] = [];
    const mailer = {
      canSend: () => true,
      send: async (m: (typeof sent)[number]) => {
        sent.push(m);
      },
      publicUrl: 'https://smula.example.se/',
    };
    await expect(
      createInvitation(ctx.admin, input, { ...mailer, canSend: () => false }),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'delivery' } });
    const created = await createInvitation(ctx.admin, input, mailer);
    expect(created).toMatchObject({
      token: null,
      emailed: true,
      email: 'mailed.invitee@example.se',
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe('mailed.invitee@example.se');
    const token = /https:\/\/smula\.example\.se\/invite\/([A-Za-z0-9_-]+)/.exec(sent[0]!.text)?.[1];
    expect(token).toBeDefined();
    expect(await lookupInvitation({ db: t.db }, { token: token! })).toMatchObject({
      email: 'mailed.invitee@example.se',
    });
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, created.id));
    expect(row?.emailed).toBe(true);
  });

  it('keeps other organisations out', async () => {
    const a = await makeOrganisation(t.db);
    const b = await makeOrganisation(t.db);
    await expect(listMembers(b.ctx.owner, { organisationId: a.org.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      changeRole(b.ctx.owner, {
        organisationId: a.org.id,
        userId: a.ctx.editor.actor!.id,
        role: 'viewer',
      }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      changeRole(a.ctx.owner, {
        organisationId: a.org.id,
        userId: b.ctx.editor.actor!.id,
        role: 'viewer',
      }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
