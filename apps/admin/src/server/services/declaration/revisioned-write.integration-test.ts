// Two editors save the same row from the same revision at the same moment: exactly one save
// wins, the other gets CONFLICT with the winner's values, and the audit log has one update.
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/audit';
import { categories, storageItems, vendors } from '../../db/schema/declarations';
import { sites } from '../../db/schema/sites';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { listCategories } from '../category/list-categories';
import { updateCategory } from '../category/update-category';
import { ServiceError } from '../errors';
import { createSite } from '../site/create-site';
import { updateSiteSettings } from '../site/update-site-settings';
import { createStorageItem } from '../storage-item/create-storage-item';
import { deleteStorageItem } from '../storage-item/delete-storage-item';
import { updateStorageItem } from '../storage-item/update-storage-item';
import { createVendor } from '../vendor/create-vendor';
import { deleteVendor } from '../vendor/delete-vendor';
import { updateVendor } from '../vendor/update-vendor';
import { updateAppearance } from './update-appearance';
import { updateTexts } from './update-texts';

/** The one winner and the one loser of two concurrent saves, whichever order they ran in. */
async function race<T>(a: () => Promise<T>, b: () => Promise<T>) {
  const results = await Promise.allSettled([a(), b()]);
  const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [{ i, value: r.value }] : []));
  const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  expect(won, 'exactly one save wins').toHaveLength(1);
  expect(lost, 'exactly one save loses').toHaveLength(1);
  const error = lost[0];
  expect(error).toBeInstanceOf(ServiceError);
  return { winner: won[0]!.i, value: won[0]!.value, error: error as ServiceError };
}

await describeOnDrivers('revisioned writes under concurrency', (t) => {
  async function setup() {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, {
      organisationId: org.id,
      name: 'Kapplöpning',
      domains: ['kapp.se'],
    });
    const cats = Object.fromEntries(
      (await listCategories(ctx.viewer, { siteId: site.id })).map((c) => [c.key, c]),
    );
    const vendor = await createVendor(ctx.editor, {
      siteId: site.id,
      name: 'Mätbolaget',
      countries: ['SE'],
    });
    const item = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: '_mb',
      duration: '13 månader',
      purpose: { sv: 'Räknar besök.' },
      categoryId: cats.statistics!.id,
      vendorId: vendor.id,
    });
    return { ctx, site, cats, vendor, item };
  }

  const audits = (entity: string, entityId: string) =>
    t.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entity, entity),
          eq(auditEvents.entityId, entityId),
          eq(auditEvents.action, 'update'),
        ),
      );

  it('category: one of two saves of revision n wins; the other sees its values', async () => {
    const { ctx, cats } = await setup();
    const c = cats.statistics!;
    const save = (sv: string) => () =>
      updateCategory(ctx.editor, {
        siteId: c.siteId,
        id: c.id,
        revision: c.revision,
        name: { sv, en: 'Statistics' },
      });
    const names = ['Statistik A', 'Statistik B'];
    const { winner, value, error } = await race(save(names[0]!), save(names[1]!));
    expect(value).toMatchObject({ revision: c.revision + 1, name: { sv: names[winner] } });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: { current: { revision: c.revision + 1, name: { sv: names[winner] } } },
    });
    const [row] = await t.db.select().from(categories).where(eq(categories.id, c.id));
    expect(row).toMatchObject({ revision: c.revision + 1, name: { sv: names[winner] } });
    expect(await audits('category', c.id)).toHaveLength(1);
  });

  it('vendor: one of two saves of revision n wins; the other sees its values', async () => {
    const { ctx, site, vendor } = await setup();
    const save = (name: string) => () =>
      updateVendor(ctx.editor, { siteId: site.id, id: vendor.id, revision: vendor.revision, name });
    const names = ['Mätbolaget AB', 'Mätbolaget Nordic'];
    const { winner, value, error } = await race(save(names[0]!), save(names[1]!));
    expect(value).toMatchObject({ revision: vendor.revision + 1, name: names[winner] });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: { current: { revision: vendor.revision + 1, name: names[winner] } },
    });
    const [row] = await t.db.select().from(vendors).where(eq(vendors.id, vendor.id));
    expect(row?.name).toBe(names[winner]);
    expect(await audits('vendor', vendor.id)).toHaveLength(1);
  });

  it('storage item: one of two saves of revision n wins; the other sees its values', async () => {
    const { ctx, site, item } = await setup();
    const save = (sv: string) => () =>
      updateStorageItem(ctx.editor, {
        siteId: site.id,
        id: item.id,
        revision: item.revision,
        purpose: { sv },
      });
    const texts = ['Räknar besök, version A.', 'Räknar besök, version B.'];
    const { winner, value, error } = await race(save(texts[0]!), save(texts[1]!));
    expect(value).toMatchObject({ revision: item.revision + 1, purpose: { sv: texts[winner] } });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: { current: { revision: item.revision + 1, purpose: { sv: texts[winner] } } },
    });
    expect(await audits('storage_item', item.id)).toHaveLength(1);
  });

  it('site texts, appearance and settings share one revision: one save of n wins', async () => {
    const { ctx, site } = await setup();
    const titles = ['Kakor A', 'Kakor B'];
    const texts = (title: string) => () =>
      updateTexts(ctx.editor, {
        siteId: site.id,
        revision: site.revision,
        locale: 'sv',
        texts: { banner: { title } },
      });
    const first = await race(texts(titles[0]!), texts(titles[1]!));
    expect(first.error).toMatchObject({
      code: 'CONFLICT',
      details: {
        current: {
          revision: site.revision + 1,
          texts: { sv: { banner: { title: titles[first.winner] } } },
        },
      },
    });

    // An appearance save and a settings save of the same (now current) revision.
    const n = site.revision + 1;
    const second = await race<unknown>(
      () =>
        updateAppearance(ctx.editor, {
          siteId: site.id,
          revision: n,
          appearance: { ...site.appearance, radius: 2 },
        }),
      () =>
        updateSiteSettings(ctx.admin, {
          siteId: site.id,
          revision: n,
          settings: { ...site.settings, name: 'Kapplöpning 2' },
        }),
    );
    const [row] = await t.db.select().from(sites).where(eq(sites.id, site.id));
    expect(row?.revision).toBe(n + 1);
    expect(second.error).toMatchObject({
      code: 'CONFLICT',
      details: {
        current:
          second.winner === 0
            ? { revision: n + 1, appearance: { radius: 2 } }
            : { revision: n + 1, settings: { name: 'Kapplöpning 2' } },
      },
    });
    // The loser changed nothing: the row has exactly the winner's change.
    expect(row?.appearance.radius === 2).toBe(second.winner === 0);
    expect(row?.settings.name === 'Kapplöpning 2').toBe(second.winner === 1);
    expect(row?.texts.sv?.banner?.title).toBe(titles[first.winner]);
  });

  it('a delete and an update of revision n: one wins, the other is refused', async () => {
    const { ctx, site, item, vendor } = await setup();
    const { winner, error } = await race<unknown>(
      () =>
        deleteStorageItem(ctx.editor, { siteId: site.id, id: item.id, revision: item.revision }),
      () =>
        updateStorageItem(ctx.editor, {
          siteId: site.id,
          id: item.id,
          revision: item.revision,
          purpose: { sv: 'Ändrad.' },
        }),
    );
    const [row] = await t.db.select().from(storageItems).where(eq(storageItems.id, item.id));
    if (winner === 0) {
      // Deleted first: the update finds nothing to change.
      expect(row).toBeUndefined();
      expect(error.code).toBe('NOT_FOUND');
    } else {
      // Updated first: the delete names a revision that no longer is, and shows the new one.
      expect(row).toMatchObject({ revision: item.revision + 1, purpose: { sv: 'Ändrad.' } });
      expect(error).toMatchObject({
        code: 'CONFLICT',
        details: { current: { revision: item.revision + 1 } },
      });
    }

    // Two deletes of the same revision: one deletes, the other finds nothing.
    const gone = await race<unknown>(
      () => deleteVendor(ctx.editor, { siteId: site.id, id: vendor.id, revision: vendor.revision }),
      () => deleteVendor(ctx.editor, { siteId: site.id, id: vendor.id, revision: vendor.revision }),
    );
    expect(gone.error.code).toBe('NOT_FOUND');
    expect(await t.db.select().from(vendors).where(eq(vendors.id, vendor.id))).toEqual([]);
  });
});
