import { ZDeclarationSchema } from '@smula/core/schema';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/audit';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { createCategory } from '../category/create-category';
import { listCategories } from '../category/list-categories';
import { reorderCategories } from '../category/reorder-categories';
import { createSite } from '../site/create-site';
import { getSite } from '../site/get-site';
import { updateSiteSettings } from '../site/update-site-settings';
import { createStorageItem } from '../storage-item/create-storage-item';
import { createVendor } from '../vendor/create-vendor';
import { loadDeclaration } from './load-declaration';
import { listMissingTranslations, missingTranslations } from './missing-translations';
import { updateAppearance } from './update-appearance';
import { updateTexts } from './update-texts';

await describeOnDrivers('declaration services', (t) => {
  async function setup() {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, {
      organisationId: org.id,
      name: 'Helheten',
      domains: ['helheten.se'],
      locales: ['sv', 'en'],
    });
    return { org, ctx, site };
  }

  it('assembles the draft from rows: categories by order, vendors by slug, items by key and slug', async () => {
    const { ctx, site } = await setup();
    const cats = await listCategories(ctx.viewer, { siteId: site.id });
    await reorderCategories(ctx.editor, {
      siteId: site.id,
      ids: [cats[0]!.id, cats[2]!.id, cats[1]!.id, cats[3]!.id, cats[4]!.id],
    });
    const vendor = await createVendor(ctx.editor, {
      siteId: site.id,
      name: 'Matomo',
      slug: 'matomo',
      countries: ['NZ'],
      description: { sv: 'Besöksstatistik.', en: 'Visitor statistics.' },
    });
    const item = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: '_pk_id.#',
      matchKind: 'pattern',
      host: 'helheten.se',
      party: 'first',
      duration: '13 months',
      purpose: { sv: 'Känner igen återkommande besökare.' },
      categoryId: cats.find((c) => c.key === 'statistics')!.id,
      vendorId: vendor.id,
    });
    const draft = await loadDeclaration(ctx.viewer, { siteId: site.id });
    expect(ZDeclarationSchema.safeParse(draft).success).toBe(true);
    expect(draft.site.name).toBe('Helheten');
    expect(draft.categories.map((c) => c.key)).toEqual([
      'necessary',
      'statistics',
      'preferences',
      'marketing',
      'unclassified',
    ]);
    expect(draft.vendors).toEqual([
      {
        id: 'matomo',
        name: 'Matomo',
        countries: ['NZ'],
        dpfCertified: false,
        description: { sv: 'Besöksstatistik.', en: 'Visitor statistics.' },
      },
    ]);
    expect(draft.items).toEqual([
      {
        id: item.id,
        name: '_pk_id.#',
        matchKind: 'pattern',
        type: 'cookie',
        host: 'helheten.se',
        party: 'first',
        duration: { kind: 'seconds', seconds: 34186698, raw: '13 months' },
        purpose: { sv: 'Känner igen återkommande besökare.' },
        category: 'statistics',
        vendor: 'matomo',
      },
    ]);
    expect(draft.appearance).toEqual(site.appearance);
    expect(draft.texts).toEqual({});
  });

  it('lists missing translations per site locale', async () => {
    const { ctx, site } = await setup();
    const cats = await listCategories(ctx.viewer, { siteId: site.id });
    await createCategory(ctx.editor, { siteId: site.id, key: 'chat', name: { sv: 'Chatt' } });
    await createVendor(ctx.editor, {
      siteId: site.id,
      name: 'Imbox',
      description: { en: 'Chat.' },
    });
    await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: 'imbox',
      duration: '30 days',
      purpose: { sv: 'Chattens besöks-id.' },
      categoryId: cats.find((c) => c.key === 'preferences')!.id,
    });
    const missing = await listMissingTranslations(ctx.viewer, { siteId: site.id });
    expect(missing.map((m) => m.locale)).toEqual(['sv', 'en']);
    const [sv, en] = missing;
    expect(sv?.categories).toEqual([{ key: 'chat', fields: ['description'] }]);
    expect(sv?.vendors).toEqual([{ id: 'imbox', name: 'Imbox', fields: ['description'] }]);
    expect(sv?.items).toEqual([]);
    expect(sv?.texts).toEqual([]);
    expect(en?.categories).toEqual([{ key: 'chat', fields: ['name', 'description'] }]);
    expect(en?.vendors).toEqual([]);
    expect(en?.items).toEqual([{ id: expect.any(String), name: 'imbox', fields: ['purpose'] }]);
    expect(en?.total).toBe(2);

    // A locale Smula has no default texts for: every banner and policy text is missing until written.
    const draft = await loadDeclaration(ctx.viewer, { siteId: site.id });
    const ja = missingTranslations({
      ...draft,
      site: { ...draft.site, locales: ['ja'] },
      texts: { ja: { banner: { title: 'クッキー' } } },
    })[0];
    expect(ja?.texts).toContain('banner.acceptAll');
    expect(ja?.texts).toContain('policy.intro');
    expect(ja?.texts).not.toContain('banner.title');
    // Finnish has defaults (issue 19): no text is missing, nor a standard category's name.
    const fi = missingTranslations({ ...draft, site: { ...draft.site, locales: ['fi'] } })[0];
    expect(fi?.texts).toEqual([]);
    expect(fi?.categories.map((c) => c.key)).toEqual(['chat']);
  });

  it('updates texts per locale with the site revision, and audits it', async () => {
    const { ctx, site } = await setup();
    const saved = await updateTexts(ctx.editor, {
      siteId: site.id,
      revision: site.revision,
      locale: 'sv',
      texts: { banner: { title: 'Vi använder kakor', rejectAll: '  ' } },
    });
    expect(saved.revision).toBe(site.revision + 1);
    expect(saved.texts).toEqual({ sv: { banner: { title: 'Vi använder kakor' } } });
    await updateTexts(ctx.editor, {
      siteId: site.id,
      revision: saved.revision,
      locale: 'en',
      texts: { policy: { title: 'Cookies' } },
    });
    const draft = await loadDeclaration(ctx.viewer, { siteId: site.id });
    expect(draft.texts).toEqual({
      sv: { banner: { title: 'Vi använder kakor' } },
      en: { policy: { title: 'Cookies' } },
    });
    // Stale: the editor read the first revision.
    await expect(
      updateTexts(ctx.editor, {
        siteId: site.id,
        revision: saved.revision,
        locale: 'sv',
        texts: { banner: { title: 'Förlorad' } },
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { current: { texts: { sv: { banner: { title: 'Vi använder kakor' } } } } },
    });
    await expect(
      updateTexts(ctx.editor, {
        siteId: site.id,
        revision: saved.revision + 1,
        locale: 'de',
        texts: {},
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { field: 'locale' } });
    await expect(
      updateTexts(ctx.editor, {
        siteId: site.id,
        revision: saved.revision + 1,
        locale: 'sv',
        texts: { banner: { title: 'x'.repeat(2001) } },
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: ['banner.title: Banner (title) must be at most 2000 characters.'] },
    });
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.siteId, site.id), eq(auditEvents.entity, 'site.texts')));
    expect(audit).toHaveLength(2);
  });

  it('updates the appearance; editors may, viewers may not; bad colours are explained', async () => {
    const { ctx, site } = await setup();
    const appearance = { ...site.appearance, layout: 'bar' as const, radius: 0 };
    const saved = await updateAppearance(ctx.editor, {
      siteId: site.id,
      revision: site.revision,
      appearance,
    });
    expect(saved.appearance).toEqual(appearance);
    await expect(
      updateAppearance(ctx.viewer, { siteId: site.id, revision: saved.revision, appearance }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      updateAppearance(ctx.editor, {
        siteId: site.id,
        revision: saved.revision,
        appearance: { ...appearance, colors: { ...appearance.colors, text: 'red' } },
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: ['colors.text: Colors (text) must be a hex colour such as #1a1a1a.'] },
    });
    // Settings share the site revision: an admin's stale settings save conflicts too.
    await expect(
      updateSiteSettings(ctx.admin, {
        siteId: site.id,
        revision: site.revision,
        settings: site.settings,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await getSite(ctx.viewer, { siteId: site.id })).appearance.layout).toBe('bar');
  });
});
