import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/audit';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { listCategories } from '../category/list-categories';
import { applyImport } from '../import/apply-import';
import { createInvitation } from '../invitation/create-invitation';
import { changeRole } from '../member/change-role';
import { createSite } from '../site/create-site';
import { createStorageItem } from '../storage-item/create-storage-item';
import { updateStorageItem } from '../storage-item/update-storage-item';
import { changedFields, redact } from './audit-query';
import { listAuditEvents } from './list-audit-events';
import { listOrganisationAuditEvents } from './list-organisation-audit-events';

describe('audit diff summary', () => {
  it('lists the fields an update changed, leaving out bookkeeping', () => {
    expect(
      changedFields(
        { name: 'a', purpose: { sv: 'x' }, revision: 1, updatedAt: '1' },
        { name: 'a', purpose: { sv: 'y' }, revision: 2, updatedAt: '2' },
      ),
    ).toEqual(['purpose']);
    expect(changedFields(null, { name: 'a', host: null })).toEqual(['host', 'name']);
    expect(changedFields({ role: 'viewer' }, null)).toEqual(['role']);
  });

  it('drops secret-looking fields at any depth', () => {
    expect(
      redact({ name: 'n', apiSecret: 's', nested: [{ tokenHash: 'h', ok: 1 }], password: 'p' }),
    ).toEqual({ name: 'n', nested: [{ ok: 1 }] });
  });
});

await describeOnDrivers('the audit log', (t) => {
  async function setup() {
    const a = await makeOrganisation(t.db);
    const site = await createSite(a.ctx.owner, { organisationId: a.org.id, name: 'Audited' });
    const cats = await listCategories(a.ctx.owner, { siteId: site.id });
    const unclassified = cats.find((c) => c.key === 'unclassified')!;
    return { ...a, site, unclassified };
  }

  it('P-02: lists a site’s changes newest first, with the actor and what changed', async () => {
    const { ctx, site, unclassified } = await setup();
    const item = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: 'basket',
      duration: 'Session',
      categoryId: unclassified.id,
    });
    await updateStorageItem(ctx.editor, {
      siteId: site.id,
      id: item.id,
      revision: item.revision,
      purpose: { sv: 'Håller varukorgen.' },
    });

    const page = await listAuditEvents(ctx.viewer, { siteId: site.id });
    expect(page.events[0]).toMatchObject({
      action: 'update',
      entity: 'storage_item',
      entityId: item.id,
      siteId: site.id,
      actorEmail: ctx.editor.actor!.email,
      changes: ['purpose'],
      before: expect.objectContaining({ name: 'basket' }),
      after: expect.objectContaining({ purpose: { sv: 'Håller varukorgen.' } }),
    });
    expect(page.events[1]).toMatchObject({ action: 'create', entity: 'storage_item' });
    expect(page.events[1]!.changes).toContain('name');
    // The site's creation, by the owner, is the oldest.
    expect(page.events.at(-1)).toMatchObject({
      entity: 'site',
      action: 'create',
      actorEmail: ctx.owner.actor!.email,
    });
    const times = page.events.map((e) => e.at.getTime());
    expect([...times].sort((x, y) => y - x)).toEqual(times);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by entity, action, actor and time', async () => {
    const { ctx, site, unclassified } = await setup();
    const before = new Date(Date.now() - 60_000);
    const item = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: 'filtered',
      duration: 'Session',
      categoryId: unclassified.id,
    });
    await updateStorageItem(ctx.owner, {
      siteId: site.id,
      id: item.id,
      revision: item.revision,
      party: 'first',
    });
    const list = (f: object) =>
      listAuditEvents(ctx.viewer, { siteId: site.id, ...f }).then((p) =>
        p.events.map((e) => `${e.entity}:${e.action}`),
      );
    expect(await list({ entity: 'storage_item' })).toEqual([
      'storage_item:update',
      'storage_item:create',
    ]);
    expect(await list({ entity: 'storage_item', action: 'create' })).toEqual([
      'storage_item:create',
    ]);
    expect(await list({ actorId: ctx.owner.actor!.id, entity: 'storage_item' })).toEqual([
      'storage_item:update',
    ]);
    expect(await list({ from: new Date(Date.now() + 60_000) })).toEqual([]);
    expect(await list({ to: before })).toEqual([]);
    expect((await list({ from: before })).length).toBeGreaterThanOrEqual(3);
  });

  it('pages with a cursor through events written in one transaction (same time)', async () => {
    const { ctx, site } = await setup();
    const csv = `name,category\n${Array.from({ length: 7 }, (_, i) => `item_${i},unclassified`).join('\n')}\n`;
    await applyImport(ctx.editor, { siteId: site.id, format: 'csv', text: csv });
    const all = await listAuditEvents(ctx.viewer, { siteId: site.id, limit: 200 });
    // 7 items and the import itself share one `at`.
    expect(all.events.filter((e) => e.at.getTime() === all.events[0]!.at.getTime()).length).toBe(8);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = await listAuditEvents(ctx.viewer, { siteId: site.id, limit: 3, cursor });
      seen.push(...page.events.map((e) => e.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.events.map((e) => e.id));
    await expect(
      listAuditEvents(ctx.viewer, { siteId: site.id, cursor: 'not-a-cursor' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('is scoped to the site and its organisation: another tenant finds nothing', async () => {
    const a = await setup();
    const b = await setup();
    await expect(listAuditEvents(b.ctx.owner, { siteId: a.site.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const bEvents = await listAuditEvents(b.ctx.owner, { siteId: b.site.id, limit: 200 });
    expect(bEvents.events.every((e) => e.siteId === b.site.id)).toBe(true);
    // A forged row claiming A's site under B's organisation is not shown on A's site.
    await t.db.insert(auditEvents).values({
      organisationId: b.org.id,
      actorId: null,
      action: 'update',
      entity: 'storage_item',
      siteId: a.site.id,
    });
    const aEvents = await listAuditEvents(a.ctx.viewer, { siteId: a.site.id, limit: 200 });
    expect(aEvents.events.every((e) => e.entity !== 'storage_item')).toBe(true);
  });

  it('lists organisation events (members, invitations) for admins only, without secrets', async () => {
    const { org, ctx } = await setup();
    await changeRole(ctx.admin, {
      organisationId: org.id,
      userId: ctx.viewer.actor!.id,
      role: 'editor',
    });
    await createInvitation(ctx.admin, {
      organisationId: org.id,
      email: 'new@example.test',
      role: 'viewer',
    });
    await t.db.insert(auditEvents).values({
      organisationId: org.id,
      actorId: null,
      action: 'update',
      entity: 'settings',
      after: { smtpPassword: 'hunter2', host: 'mail.example' },
    });
    const page = await listOrganisationAuditEvents(ctx.admin, {
      organisationId: org.id,
      organisationOnly: true,
    });
    expect(page.events.every((e) => e.siteId === null)).toBe(true);
    expect(page.events.find((e) => e.entity === 'membership')).toMatchObject({
      action: 'update',
      actorEmail: ctx.admin.actor!.email,
      before: { role: 'viewer' },
      after: { role: 'editor' },
      changes: ['role'],
    });
    expect(page.events.find((e) => e.entity === 'invitation')).toBeDefined();
    const text = JSON.stringify(page.events);
    expect(text).not.toMatch(/hunter2|tokenHash|passwordHash/);
    expect(page.events.find((e) => e.entity === 'settings')?.after).toEqual({
      host: 'mail.example',
    });
    // Without organisationOnly, the site's events are there too.
    const everything = await listOrganisationAuditEvents(ctx.owner, {
      organisationId: org.id,
      entity: 'site',
    });
    expect(everything.events.map((e) => e.action)).toEqual(['create']);
    await expect(
      listOrganisationAuditEvents(ctx.editor, { organisationId: org.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const other = await makeOrganisation(t.db, ['owner']);
    await expect(
      listOrganisationAuditEvents(other.ctx.owner, { organisationId: org.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
