import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/audit';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { createSite } from '../site/create-site';
import { createStorageItem } from '../storage-item/create-storage-item';
import { listStorageItems } from '../storage-item/list-storage-items';
import { createVendor } from '../vendor/create-vendor';
import { listVendors } from '../vendor/list-vendors';
import { createCategory } from './create-category';
import { deleteCategory } from './delete-category';
import { listCategories } from './list-categories';
import { reorderCategories } from './reorder-categories';
import { updateCategory } from './update-category';

await describeOnDrivers('category services', (t) => {
  async function setup() {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, { organisationId: org.id, name: 'Kategorier' });
    return { org, ctx, site };
  }

  it('creates a category last, lists it with its item count, and audits it', async () => {
    const { ctx, site } = await setup();
    const created = await createCategory(ctx.editor, {
      siteId: site.id,
      key: 'security',
      name: { sv: 'Säkerhet', en: ' Security ', de: '' },
      gcmSignals: ['security_storage', 'security_storage'],
    });
    expect(created).toMatchObject({
      key: 'security',
      order: 5,
      required: false,
      revision: 1,
      gcmSignals: ['security_storage'],
      name: { sv: 'Säkerhet', en: 'Security' },
    });
    const listed = await listCategories(ctx.viewer, { siteId: site.id });
    expect(listed.map((c) => c.key)).toEqual([
      'necessary',
      'preferences',
      'statistics',
      'marketing',
      'unclassified',
      'security',
    ]);
    expect(listed.every((c) => c.itemCount === 0)).toBe(true);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'category'), eq(auditEvents.entityId, created.id)));
    expect(audit).toMatchObject([
      { action: 'create', actorId: ctx.editor.actor?.id, siteId: site.id, before: null },
    ]);
  });

  it('explains invalid fields one by one, next to the field', async () => {
    const { ctx, site } = await setup();
    await expect(
      createCategory(ctx.editor, {
        siteId: site.id,
        key: 'Säkerhet!',
        name: { sv: 'x'.repeat(81) },
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^Check the category: Key must be lower-case letters/),
      details: {
        field: 'key',
        issues: [
          'key: Key must be lower-case letters, digits, "-" or "_", starting with a letter (at most 40).',
          'name.sv: Name (sv) must be at most 80 characters.',
        ],
      },
    });
    await expect(
      createCategory(ctx.editor, { siteId: site.id, key: 'necessary' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already has a category with the key "necessary"'),
      details: { field: 'key' },
    });
  });

  it('updates with the revision read; a stale save gets the current values and changes nothing', async () => {
    const { ctx, site } = await setup();
    const c = await createCategory(ctx.editor, { siteId: site.id, key: 'social' });
    const first = await updateCategory(ctx.editor, {
      siteId: site.id,
      id: c.id,
      revision: c.revision,
      name: { sv: 'Sociala medier' },
      legalBasis: 'consent',
    });
    expect(first).toMatchObject({ revision: 2, key: 'social', name: { sv: 'Sociala medier' } });
    expect(first.updatedAt.getTime()).toBeGreaterThanOrEqual(c.updatedAt.getTime());
    await expect(
      updateCategory(ctx.admin, {
        siteId: site.id,
        id: c.id,
        revision: c.revision,
        name: { sv: 'Förlorad' },
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^Someone else changed this category/),
      details: { current: { id: c.id, revision: 2, name: { sv: 'Sociala medier' } } },
    });
    const [now] = (await listCategories(ctx.viewer, { siteId: site.id })).filter(
      (x) => x.id === c.id,
    );
    expect(now?.name).toEqual({ sv: 'Sociala medier' });
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'category'), eq(auditEvents.entityId, c.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
    const update = audit.find((a) => a.action === 'update');
    expect(update?.before).toMatchObject({ revision: 1, name: {} });
    expect(update?.after).toMatchObject({ revision: 2, name: { sv: 'Sociala medier' } });
  });

  it('renames a key and carries it to vendors that default to it', async () => {
    const { ctx, site } = await setup();
    const c = await createCategory(ctx.editor, { siteId: site.id, key: 'chat' });
    await createVendor(ctx.editor, {
      siteId: site.id,
      name: 'Chattbolaget',
      defaultCategory: 'chat',
    });
    await updateCategory(ctx.editor, { siteId: site.id, id: c.id, revision: 1, key: 'support' });
    const [vendor] = await listVendors(ctx.viewer, { siteId: site.id });
    expect(vendor).toMatchObject({ defaultCategoryKey: 'support', revision: 2 });
    await expect(
      updateCategory(ctx.editor, { siteId: site.id, id: c.id, revision: 2, key: 'marketing' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'key' } });
  });

  it('reorders from a complete list of ids and refuses partial lists', async () => {
    const { ctx, site } = await setup();
    const before = await listCategories(ctx.viewer, { siteId: site.id });
    const reversed = [...before].reverse().map((c) => c.id);
    const after = await reorderCategories(ctx.editor, { siteId: site.id, ids: reversed });
    expect(after.map((c) => c.id)).toEqual(reversed);
    expect(after.map((c) => c.order)).toEqual([0, 1, 2, 3, 4]);
    // The middle one kept its place and its revision.
    expect(after[2]?.revision).toBe(before[2]?.revision);
    expect(after[0]?.revision).toBe((before[4]?.revision ?? 0) + 1);
    await expect(
      reorderCategories(ctx.editor, { siteId: site.id, ids: reversed.slice(1) }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses to delete a category that holds items, unless told where to move them', async () => {
    const { ctx, site } = await setup();
    const cats = await listCategories(ctx.viewer, { siteId: site.id });
    const statistics = cats.find((c) => c.key === 'statistics')!;
    const unclassified = cats.find((c) => c.key === 'unclassified')!;
    const necessary = cats.find((c) => c.key === 'necessary')!;
    const item = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: '_pk_id',
      host: 'kategorier.se',
      duration: '13 months',
      categoryId: statistics.id,
    });
    await expect(
      deleteCategory(ctx.editor, {
        siteId: site.id,
        id: statistics.id,
        revision: statistics.revision,
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('still holds 1 item. Move it to another category first'),
      details: { current: { id: statistics.id, itemCount: 1 } },
    });
    // Not into Necessary without a justification (checklist D-06).
    await expect(
      deleteCategory(ctx.editor, {
        siteId: site.id,
        id: statistics.id,
        revision: statistics.revision,
        moveItemsTo: necessary.id,
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'necessityJustification' } });
    const done = await deleteCategory(ctx.editor, {
      siteId: site.id,
      id: statistics.id,
      revision: statistics.revision,
      moveItemsTo: unclassified.id,
    });
    expect(done).toEqual({ deleted: true, movedItems: 1 });
    const { items } = await listStorageItems(ctx.viewer, { siteId: site.id });
    expect(items).toMatchObject([
      { id: item.id, categoryKey: 'unclassified', revision: item.revision + 1 },
    ]);
    expect((await listCategories(ctx.viewer, { siteId: site.id })).map((c) => c.key)).not.toContain(
      'statistics',
    );
    const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.siteId, site.id));
    expect(audit.filter((a) => a.entity === 'category' && a.action === 'delete')).toHaveLength(1);
    expect(audit.filter((a) => a.entity === 'storage_item' && a.action === 'update')).toMatchObject(
      [{ entityId: item.id }],
    );
  });

  it('keeps viewers to reading', async () => {
    const { ctx, site } = await setup();
    await expect(createCategory(ctx.viewer, { siteId: site.id, key: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
