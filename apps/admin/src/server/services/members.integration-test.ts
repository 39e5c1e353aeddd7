import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { invitations } from '../db/schema/organisations';
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
    expect(await lookupInvitation({ db: t.db }, { token: inv.token })).toMatchObject({
      email: 'new.person@example.se',
      role: 'editor',
      hasAccount: false,
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
