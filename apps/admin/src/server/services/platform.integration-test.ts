import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { verifyPassword } from '../auth/password';
import { auditEvents } from '../db/schema/audit';
import { users } from '../db/schema/auth';
import { categories } from '../db/schema/declarations';
import { makeOrganisation, makeUser } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { createOrganisation } from './organisation/create-organisation';
import { listOrganisations } from './organisation/list-organisations';
import { createFirstOwner } from './setup/create-first-owner';
import { getSetupState } from './setup/get-setup-state';
import { createSite } from './site/create-site';
import { getSite } from './site/get-site';
import { listSites } from './site/list-sites';
import { updateSiteSettings } from './site/update-site-settings';

await describeOnDrivers('platform services', (t) => {
  it('runs first-run setup exactly once, with a slow hash and an audit entry', async () => {
    expect(await getSetupState({ db: t.db })).toEqual({ needsSetup: true });
    const input = {
      name: 'Ada',
      email: 'Ada@Example.se ',
      password: 'correct horse battery',
      organisationName: 'Exempel AB',
    };
    const { userId, organisationId } = await createFirstOwner({ db: t.db }, input, null);
    const [u] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(u?.email).toBe('ada@example.se');
    expect(u?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(u!.passwordHash!, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(u!.passwordHash!, 'wrong')).toBe(false);
    expect(await getSetupState({ db: t.db })).toEqual({ needsSetup: false });
    await expect(
      createFirstOwner({ db: t.db }, { ...input, email: 'eve@example.se' }, null),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, organisationId));
    expect(audit.map((a) => a.action)).toEqual(['setup']);
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('creates a site with an unguessable key and the five standard categories', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.admin, {
      organisationId: org.id,
      name: 'Bageriet',
      domains: ['bageriet.se'],
    });
    expect(site.key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const cats = await t.db.select().from(categories).where(eq(categories.siteId, site.id));
    expect(cats.map((c) => c.key).sort()).toEqual([
      'marketing',
      'necessary',
      'preferences',
      'statistics',
      'unclassified',
    ]);
    expect(cats.find((c) => c.key === 'necessary')?.required).toBe(true);
    const other = await createSite(ctx.owner, { organisationId: org.id, name: 'Annan' });
    expect(other.key).not.toBe(site.key);
    // A pasted address becomes its host; what is not a host is refused, naming the rule.
    const pasted = await createSite(ctx.owner, {
      organisationId: org.id,
      name: 'Klistrad',
      domains: ['https://www.Bageriet.se/om-oss'],
    });
    expect(pasted.settings.domains).toEqual(['www.bageriet.se']);
    await expect(
      createSite(ctx.owner, { organisationId: org.id, name: 'Fel', domains: ['bageriet .se'] }),
    ).rejects.toThrow(/a host name such as example\.se/);
  });

  it('lets only owners and admins create sites, and members list them', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    await expect(
      createSite(ctx.editor, { organisationId: org.id, name: 'X' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      createSite(ctx.viewer, { organisationId: org.id, name: 'X' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await createSite(ctx.owner, { organisationId: org.id, name: 'Synlig' });
    const listed = await listSites(ctx.viewer, { organisationId: org.id });
    expect(listed.map((s) => s.name)).toEqual(['Synlig']);
  });

  it('hides another organisation’s sites and organisation, even with their ids', async () => {
    const a = await makeOrganisation(t.db);
    const b = await makeOrganisation(t.db);
    const siteA = await createSite(a.ctx.owner, { organisationId: a.org.id, name: 'A' });
    await expect(getSite(b.ctx.owner, { siteId: siteA.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(listSites(b.ctx.owner, { organisationId: a.org.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      updateSiteSettings(b.ctx.owner, { siteId: siteA.id, revision: 1, settings: siteA.settings }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listOrganisations(b.ctx.owner)).map((o) => o.id)).toEqual([b.org.id]);
  });

  it('rejects a stale settings write with the current values, never overwriting', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, { organisationId: org.id, name: 'Rev' });
    const first = await updateSiteSettings(ctx.admin, {
      siteId: site.id,
      revision: site.revision,
      settings: { ...site.settings, name: 'Rev 2' },
    });
    expect(first.revision).toBe(site.revision + 1);
    const stale = updateSiteSettings(ctx.owner, {
      siteId: site.id,
      revision: site.revision,
      settings: { ...site.settings, name: 'Lost' },
    });
    await expect(stale).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { current: { settings: { name: 'Rev 2' } } },
    });
    expect((await getSite(ctx.viewer, { siteId: site.id })).settings.name).toBe('Rev 2');
  });

  it('validates settings with specific messages', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, { organisationId: org.id, name: 'Val' });
    const bad = {
      ...site.settings,
      consentLifetimes: { acceptMonths: 24, rejectMonths: 6 },
      defaultLocale: 'de',
    };
    await expect(
      updateSiteSettings(ctx.owner, { siteId: site.id, revision: site.revision, settings: bad }),
    ).rejects.toThrow(
      /consentLifetimes\.acceptMonths: at most 13 months.*defaultLocale: the default locale must be one of the site locales/,
    );
  });

  it('makes the creator of a new organisation its owner', async () => {
    const u = await makeUser(t.db);
    const ctx = { db: t.db, actor: { id: u.id, email: u.email } };
    const org = await createOrganisation(ctx, { name: 'Ny' });
    expect(await listOrganisations(ctx)).toEqual([{ id: org.id, name: 'Ny', role: 'owner' }]);
    await expect(listOrganisations({ db: t.db, actor: null })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
