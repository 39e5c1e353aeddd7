import { lintDeclaration } from '@smula/core';
import { importCookiebotDeclaration } from '@smula/core/import';
import { ZDeclarationSchema } from '@smula/core/schema';
import { readShared } from '@smula/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { storageItems } from '../db/schema/declarations';
import { organisations } from '../db/schema/organisations';
import { sites } from '../db/schema/sites';
import { loadDeclaration } from '../services/declaration/load-declaration';
import { missingTranslations } from '../services/declaration/missing-translations';
import { readDeclaration } from '../services/declaration/read-declaration';
import { makeUser } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { createOrRefreshDemo, demoStatus } from './create-or-refresh-demo';
import { DEMO_ORGANISATION_NAME, DEMO_SITE_NAME, demoDeclaration } from './demo-declaration';

const seed003 = readShared('seeds/003_f9aad1d62070f1b7.txt');

/** The seed's unclassified items and where the demo files them (demo-declaration.ts). */
const CLASSIFIED_BY_US: Record<string, string> = {
  _gcl_ls: 'marketing',
  'oep.selectedSorting': 'preferences',
  'oep.selectedView': 'preferences',
};

const perCategory = (items: { category: string }[]) =>
  ['necessary', 'preferences', 'statistics', 'marketing', 'unclassified'].map(
    (key) => items.filter((i) => i.category === key).length,
  );

describe('the demo declaration fixture', () => {
  const demo = demoDeclaration();

  it('is a valid declaration with 22 items in 5 categories: 4/10/3/5/0', () => {
    expect(ZDeclarationSchema.safeParse(demo).success).toBe(true);
    expect(demo.items).toHaveLength(22);
    expect(demo.categories.map((c) => c.key)).toEqual([
      'necessary',
      'preferences',
      'statistics',
      'marketing',
      'unclassified',
    ]);
    expect(perCategory(demo.items)).toEqual([4, 10, 3, 5, 0]);
  });

  it('is complete enough to publish: justifications, countries, translations', () => {
    const required = new Set(demo.categories.filter((c) => c.required).map((c) => c.key));
    for (const item of demo.items.filter((i) => required.has(i.category)))
      expect(item.necessityJustification?.trim(), item.name).toBeTruthy();
    for (const vendor of demo.vendors)
      expect(vendor.countries.length, vendor.id).toBeGreaterThan(0);
    expect(demo.vendors.find((v) => v.id === 'google')).toMatchObject({
      countries: ['US'],
      dpfCertified: true,
      privacyPolicyUrl: 'https://policies.google.com/privacy',
    });
    expect(demo.vendors.find((v) => v.id === 'imbox')?.countries).toEqual(['SE']);
    expect(demo.items.every((i) => i.vendor)).toBe(true);
    expect(demo.items.every((i) => i.duration.kind !== 'unknown')).toBe(true);
    expect(missingTranslations(demo).map((m) => m.total)).toEqual([0, 0]);
    // The lint itself: nothing blocks, and nothing is left unclassified (issue 18).
    expect(lintDeclaration(demo).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.skipIf(!seed003)('keeps the seed’s facts: names, hosts, types, durations, categories', () => {
    const { draft } = importCookiebotDeclaration(seed003 ?? '');
    const key = (i: { name: string; host?: string; type: string }) =>
      `${i.name} ${i.host} ${i.type}`;
    const seeded = new Map(draft.items.map((i) => [key(i), i]));
    expect(seeded.size).toBe(22);
    for (const item of demo.items) {
      const fact = seeded.get(key(item));
      expect(fact, key(item)).toBeDefined();
      // The seed's unclassified items are filed by their purpose here; the rest keep its category.
      expect(item.category, key(item)).toBe(CLASSIFIED_BY_US[item.name] ?? fact?.category);
      if (CLASSIFIED_BY_US[item.name]) expect(fact?.category, key(item)).toBe('unclassified');
      expect(item.matchKind, key(item)).toBe(fact?.matchKind);
      expect({ ...item.duration, raw: undefined }, key(item)).toEqual({
        ...fact?.duration,
        raw: undefined,
      });
      // Our own wording, not the seed's.
      expect(item.purpose.en).not.toBe(fact?.purpose.en);
    }
  });
});

await describeOnDrivers('createOrRefreshDemo', (t) => {
  it('creates the demo organisation and site, and refreshes them idempotently', async () => {
    const first = await createOrRefreshDemo(t.db);
    expect(first).toMatchObject({
      created: true,
      counts: { categories: 5, vendors: 3, items: 22 },
    });
    expect(first.siteKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const [site] = await t.db.select().from(sites).where(eq(sites.id, first.siteId));
    const before = await readDeclaration(t.db, site!);
    expect(before.site.name).toBe(DEMO_SITE_NAME);
    expect(perCategory(before.items)).toEqual([4, 10, 3, 5, 0]);

    // Someone edits the demo; a refresh puts it back, same site and key.
    await t.db
      .update(sites)
      .set({
        appearance: { ...site!.appearance, layout: 'bar' },
        texts: { sv: { banner: { title: 'x' } } },
      })
      .where(eq(sites.id, first.siteId));
    await t.db.delete(storageItems).where(eq(storageItems.siteId, first.siteId));
    const second = await createOrRefreshDemo(t.db);
    expect(second).toMatchObject({
      created: false,
      siteId: first.siteId,
      siteKey: first.siteKey,
      organisationId: first.organisationId,
      counts: first.counts,
    });
    const [refreshed] = await t.db.select().from(sites).where(eq(sites.id, first.siteId));
    const after = await readDeclaration(t.db, refreshed!);
    const strip = (d: typeof before) => ({ ...d, items: d.items.map(({ id: _id, ...i }) => i) });
    expect(strip(after)).toEqual(strip(before));
    const orgs = await t.db
      .select()
      .from(organisations)
      .where(eq(organisations.name, DEMO_ORGANISATION_NAME));
    expect(orgs).toHaveLength(1);
    expect(
      await t.db.select().from(sites).where(eq(sites.organisationId, first.organisationId)),
    ).toHaveLength(1);
  });

  it('"Load demo site" again leaves the user\'s changes; only a reset puts the fixture back', async () => {
    const kim = await makeUser(t.db, 'kim');
    expect(await demoStatus(t.db, kim.id)).toBeNull();
    const first = await createOrRefreshDemo(t.db, { actorId: kim.id, keepExisting: true });
    expect(first).toMatchObject({ created: true, refreshed: false, counts: { items: 22 } });
    const [one] = await t.db
      .select({ id: storageItems.id })
      .from(storageItems)
      .where(eq(storageItems.siteId, first.siteId))
      .limit(1);
    await t.db.delete(storageItems).where(eq(storageItems.id, one!.id));

    const again = await createOrRefreshDemo(t.db, { actorId: kim.id, keepExisting: true });
    expect(again).toMatchObject({
      created: false,
      refreshed: false,
      counts: null,
      siteId: first.siteId,
    });
    expect(await demoStatus(t.db, kim.id)).toMatchObject({
      siteId: first.siteId,
      liveVersion: null,
      draft: { items: 21, vendors: 3, categories: 5 },
    });

    const reset = await createOrRefreshDemo(t.db, { actorId: kim.id });
    expect(reset).toMatchObject({ created: false, refreshed: true, siteId: first.siteId });
    expect((await demoStatus(t.db, kim.id))?.draft.items).toBe(22);
  });

  it('gives each signed-in user a demo of their own, as its owner', async () => {
    const ada = await makeUser(t.db, 'ada');
    const eve = await makeUser(t.db, 'eve');
    const adas = await createOrRefreshDemo(t.db, { actorId: ada.id });
    const eves = await createOrRefreshDemo(t.db, { actorId: eve.id });
    expect(eves.organisationId).not.toBe(adas.organisationId);
    const again = await createOrRefreshDemo(t.db, { actorId: ada.id });
    expect(again).toMatchObject({ created: false, siteId: adas.siteId });
    const draft = await loadDeclaration(
      { db: t.db, actor: { id: ada.id, email: ada.email } },
      { siteId: adas.siteId },
    );
    expect(draft.items).toHaveLength(22);
    await expect(
      loadDeclaration(
        { db: t.db, actor: { id: eve.id, email: eve.email } },
        { siteId: adas.siteId },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
