import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/audit';
import { storageItems } from '../../db/schema/declarations';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { listCategories } from '../category/list-categories';
import { createSite } from '../site/create-site';
import { createVendor } from '../vendor/create-vendor';
import { createStorageItem } from './create-storage-item';
import { deleteStorageItem } from './delete-storage-item';
import { listStorageItems } from './list-storage-items';
import { moveStorageItems } from './move-storage-items';
import { updateStorageItem } from './update-storage-item';

await describeOnDrivers('storage item services', (t) => {
  async function setup() {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, {
      organisationId: org.id,
      name: 'Kakor',
      domains: ['kakor.se'],
    });
    const cats = Object.fromEntries(
      (await listCategories(ctx.viewer, { siteId: site.id })).map((c) => [c.key, c]),
    );
    return { org, ctx, site, cats };
  }

  it('creates an item from form values: durations as text, defaults, and an audit entry', async () => {
    const { ctx, site, cats } = await setup();
    const google = await createVendor(ctx.editor, {
      siteId: site.id,
      name: 'Google',
      countries: ['US'],
    });
    const item = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: '_ga',
      host: '.Kakor.se ',
      duration: '2 år',
      purpose: { sv: 'Skiljer besökare åt.', en: '  ' },
      categoryId: cats.statistics!.id,
      vendorId: google.id,
      recipientCountries: ['us'],
    });
    expect(item).toMatchObject({
      name: '_ga',
      host: '.kakor.se',
      type: 'cookie',
      matchKind: 'exact',
      party: 'third',
      duration: { kind: 'seconds', seconds: 63113904, raw: '2 år' },
      purpose: { sv: 'Skiljer besökare åt.' },
      recipientCountries: ['US'],
      revision: 1,
    });
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'storage_item'), eq(auditEvents.entityId, item.id)));
    expect(event).toMatchObject({ action: 'create', after: { name: '_ga' } });
  });

  it('reports each bad field, requires a justification in Necessary, and refuses duplicates', async () => {
    const { ctx, site, cats } = await setup();
    await expect(
      createStorageItem(ctx.editor, {
        siteId: site.id,
        name: '',
        duration: 'tills vidare kanske',
        purpose: { SV: 'x' },
        categoryId: cats.necessary!.id,
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: {
        field: 'name',
        issues: [
          'name: Name is required.',
          expect.stringMatching(/^purpose\.SV: Purpose \(SV\)/),
          'duration: Duration “tills vidare kanske” could not be read. Write it like “Session”, “30 days”, “13 months” or “2 years”.',
          expect.stringMatching(/^necessityJustification: Necessity justification is required\./),
        ],
      },
    });
    const ok = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: 'JSESSIONID',
      host: 'kakor.se',
      party: 'first',
      duration: 'Session',
      categoryId: cats.necessary!.id,
      necessityJustification: 'Keeps the signed-in session.',
    });
    expect(ok.duration).toEqual({ kind: 'session', raw: 'Session' });
    await expect(
      createStorageItem(ctx.editor, {
        siteId: site.id,
        name: 'JSESSIONID',
        host: 'KAKOR.se',
        duration: 'Session',
        categoryId: cats.necessary!.id,
        necessityJustification: 'Again.',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'name' } });
    // Same name on another host is another item.
    await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: 'JSESSIONID',
      host: 'shop.kakor.se',
      duration: 'Session',
      categoryId: cats.necessary!.id,
      necessityJustification: 'Keeps the shop session.',
    });
  });

  it('updates with revisions: a stale save conflicts with the current row and overwrites nothing', async () => {
    const { ctx, site, cats } = await setup();
    const item = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: '_fbp',
      host: 'kakor.se',
      duration: '3 months',
      categoryId: cats.marketing!.id,
    });
    const saved = await updateStorageItem(ctx.editor, {
      siteId: site.id,
      id: item.id,
      revision: 1,
      purpose: { sv: 'Annonsmätning.' },
      duration: { kind: 'seconds', seconds: 7776000 },
    });
    expect(saved).toMatchObject({ revision: 2, purpose: { sv: 'Annonsmätning.' } });
    await expect(
      updateStorageItem(ctx.owner, {
        siteId: site.id,
        id: item.id,
        revision: 1,
        purpose: { sv: 'Förlorad.' },
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^Someone else changed this item/),
      details: { current: { revision: 2, purpose: { sv: 'Annonsmätning.' } } },
    });
    const [row] = await t.db.select().from(storageItems).where(eq(storageItems.id, item.id));
    expect(row?.purpose).toEqual({ sv: 'Annonsmätning.' });
    await expect(
      deleteStorageItem(ctx.editor, { siteId: site.id, id: item.id, revision: 1 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await deleteStorageItem(ctx.editor, { siteId: site.id, id: item.id, revision: 2 });
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'storage_item'), eq(auditEvents.entityId, item.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('lets exactly one of two simultaneous saves of the same revision win', async () => {
    const { ctx, site, cats } = await setup();
    const item = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: 'race',
      host: 'kakor.se',
      duration: 'Session',
      categoryId: cats.unclassified!.id,
    });
    const save = (text: string) =>
      updateStorageItem(ctx.editor, {
        siteId: site.id,
        id: item.id,
        revision: item.revision,
        purpose: { sv: text },
      });
    const results = await Promise.allSettled([save('Först'), save('Också först')]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    const [row] = await t.db.select().from(storageItems).where(eq(storageItems.id, item.id));
    expect(row?.revision).toBe(2);
    expect(row?.purpose).toEqual(
      (won[0] as PromiseFulfilledResult<{ purpose: unknown }>).value.purpose,
    );
  });

  it('moves items in bulk, all or nothing, checking every revision', async () => {
    const { ctx, site, cats } = await setup();
    const make = (name: string) =>
      createStorageItem(ctx.editor, {
        siteId: site.id,
        name,
        host: 'kakor.se',
        duration: 'Session',
        categoryId: cats.unclassified!.id,
      });
    const a = await make('a');
    const b = await make('b');
    await updateStorageItem(ctx.editor, { siteId: site.id, id: b.id, revision: 1, party: 'first' });
    await expect(
      moveStorageItems(ctx.editor, {
        siteId: site.id,
        categoryId: cats.preferences!.id,
        items: [
          { id: a.id, revision: 1 },
          { id: b.id, revision: 1 },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('“b”'),
      details: { current: [{ id: b.id, revision: 2 }] },
    });
    expect(
      (await listStorageItems(ctx.viewer, { siteId: site.id })).items.map((i) => i.categoryKey),
    ).toEqual(['unclassified', 'unclassified']);
    await expect(
      moveStorageItems(ctx.editor, {
        siteId: site.id,
        categoryId: cats.necessary!.id,
        items: [{ id: a.id, revision: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining(': a.') });
    expect(
      await moveStorageItems(ctx.editor, {
        siteId: site.id,
        categoryId: cats.preferences!.id,
        items: [
          { id: a.id, revision: 1 },
          { id: b.id, revision: 2 },
        ],
      }),
    ).toEqual({ moved: 2 });
    const { items } = await listStorageItems(ctx.viewer, { siteId: site.id });
    expect(items.map((i) => [i.name, i.categoryKey, i.revision])).toEqual([
      ['a', 'preferences', 2],
      ['b', 'preferences', 3],
    ]);
  });

  it('searches, filters, sorts and pages thousands of items in the database', async () => {
    const { ctx, site, cats } = await setup();
    const vendor = await createVendor(ctx.editor, { siteId: site.id, name: 'Hotjar' });
    const keys = ['preferences', 'statistics', 'marketing', 'unclassified'] as const;
    const types = ['cookie', 'local_storage', 'session_storage'] as const;
    const heatmap = (i: number): Record<string, string> =>
      i % 100 === 0 ? { sv: `Mäter värmekartor ${i}`, en: 'Heatmaps' } : { sv: 'Annat' };
    const rows: (typeof storageItems.$inferInsert)[] = Array.from({ length: 3000 }, (_, i) => ({
      siteId: site.id,
      name: `item_${String(i).padStart(4, '0')}`,
      host: i % 2 ? 'kakor.se' : `cdn${i % 7}.example.com`,
      type: types[i % 3]!,
      party: 'third' as const,
      duration: i % 5 ? { kind: 'seconds', seconds: i * 60 } : { kind: 'session' },
      purpose: heatmap(i),
      categoryId: cats[keys[i % 4]!]!.id,
      vendorId: i % 10 === 0 ? vendor.id : null,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await t.db.insert(storageItems).values(rows.slice(i, i + 500));

    const started = performance.now();
    const page = await listStorageItems(ctx.viewer, {
      siteId: site.id,
      sort: 'name',
      limit: 500,
      offset: 500,
    });
    expect(page.total).toBe(3000);
    expect(page.items).toHaveLength(500);
    expect(page.items[0]?.name).toBe('item_0500');

    const search = await listStorageItems(ctx.viewer, { siteId: site.id, search: 'VÄRMEKART' });
    expect(search.total).toBe(30);
    const literal = await listStorageItems(ctx.viewer, { siteId: site.id, search: '%' });
    expect(literal.total).toBe(0);
    const byVendor = await listStorageItems(ctx.viewer, { siteId: site.id, search: 'hotjar' });
    expect(byVendor.total).toBe(300);

    const filtered = await listStorageItems(ctx.viewer, {
      siteId: site.id,
      categoryId: cats.statistics!.id,
      type: 'cookie',
      vendorId: null,
    });
    expect(filtered.items.every((i) => i.categoryKey === 'statistics' && i.type === 'cookie')).toBe(
      true,
    );
    expect(filtered.total).toBe(
      rows.filter((r, i) => i % 4 === 1 && r.type === 'cookie' && r.vendorId === null).length,
    );

    const longest = await listStorageItems(ctx.viewer, {
      siteId: site.id,
      sort: 'duration',
      direction: 'desc',
      limit: 1,
    });
    expect(longest.items[0]?.name).toBe('item_2999');
    const firstPages = [];
    for (const offset of [0, 100, 200])
      firstPages.push(
        await listStorageItems(ctx.viewer, {
          siteId: site.id,
          sort: 'category',
          offset,
          limit: 100,
        }),
      );
    const ids = firstPages.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(300);
    expect(firstPages[0]?.items[0]?.categoryKey).toBe('preferences');
    // Generous: the point is that nothing here scales with more than the site's rows.
    expect(performance.now() - started).toBeLessThan(10_000);
    await expect(
      listStorageItems(ctx.viewer, { siteId: site.id, limit: 501 }),
    ).rejects.toBeDefined();
  });
});
