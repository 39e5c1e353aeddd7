import { autoBlockMap, consentSignalGates, normaliseDeclaration } from '@smula/core';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEvents } from '../../db/schema/audit';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { listCategories } from '../category/list-categories';
import { loadDeclaration } from '../declaration/load-declaration';
import { createSite } from '../site/create-site';
import { createStorageItem } from '../storage-item/create-storage-item';
import { listStorageItems } from '../storage-item/list-storage-items';
import { createVendor } from './create-vendor';
import { deleteVendor } from './delete-vendor';
import { listVendors } from './list-vendors';
import { updateVendor } from './update-vendor';

await describeOnDrivers('vendor services', (t) => {
  async function setup() {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, { organisationId: org.id, name: 'Leverantörer' });
    return { org, ctx, site };
  }

  it('creates vendors with a slug from the name, normalised countries, and an audit entry', async () => {
    const { ctx, site } = await setup();
    const google = await createVendor(ctx.editor, {
      siteId: site.id,
      name: 'Google Ireland Ltd',
      countries: ['us', 'IE', 'us'],
      dpfCertified: true,
      privacyPolicyUrl: 'https://policies.google.com/privacy',
      description: { sv: 'Mäter besök.', en: '' },
    });
    expect(google).toMatchObject({
      slug: 'google-ireland-ltd',
      countries: ['US', 'IE'],
      description: { sv: 'Mäter besök.' },
      legalName: null,
      revision: 1,
    });
    const again = await createVendor(ctx.editor, { siteId: site.id, name: 'Google Ireland Ltd' });
    expect(again.slug).toBe('google-ireland-ltd-2');
    await expect(
      createVendor(ctx.editor, { siteId: site.id, name: 'X', slug: 'google-ireland-ltd' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { field: 'slug' } });
    expect((await listVendors(ctx.viewer, { siteId: site.id })).map((v) => v.slug)).toEqual([
      'google-ireland-ltd',
      'google-ireland-ltd-2',
    ]);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'vendor'), eq(auditEvents.entityId, google.id)));
    expect(audit).toMatchObject([{ action: 'create', after: { slug: 'google-ireland-ltd' } }]);
  });

  it('keeps a vendor’s hosts and placeholder switch, which feed automatic blocking', async () => {
    const { ctx, site } = await setup();
    const tube = await createVendor(ctx.editor, {
      siteId: site.id,
      name: 'Tube',
      defaultCategory: 'marketing',
      hosts: [' WWW.Tube.example ', 'www.tube.example', '*.tubeimg.example'],
      embedPlaceholder: false,
      consentSignal: 'microsoft-clarity',
    });
    expect(tube).toMatchObject({
      hosts: ['www.tube.example', '*.tubeimg.example'],
      embedPlaceholder: false,
      consentSignal: 'microsoft-clarity',
    });
    const draft = await loadDeclaration(ctx.viewer, { siteId: site.id });
    expect(draft.vendors.find((v) => v.id === 'tube')).toMatchObject({
      hosts: ['www.tube.example', '*.tubeimg.example'],
      embedPlaceholder: false,
      consentSignal: 'microsoft-clarity',
    });
    expect(consentSignalGates(normaliseDeclaration(draft))).toEqual({
      'microsoft-clarity': 'marketing',
    });
    expect(autoBlockMap(normaliseDeclaration(draft))).toEqual({
      'tubeimg.example': 'marketing',
      'www.tube.example': 'marketing',
    });
    const back = await updateVendor(ctx.editor, {
      siteId: site.id,
      id: tube.id,
      revision: tube.revision,
      embedPlaceholder: true,
    });
    expect(back).toMatchObject({
      hosts: ['www.tube.example', '*.tubeimg.example'],
      embedPlaceholder: true,
    });
    await expect(
      updateVendor(ctx.editor, {
        siteId: site.id,
        id: tube.id,
        revision: back.revision,
        hosts: ['not a host'],
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { issues: ['hosts.0: Hosts (entry 1): not a host name such as www.youtube.com.'] },
    });
  });

  it('gives a message per bad field', async () => {
    const { ctx, site } = await setup();
    await expect(
      createVendor(ctx.editor, {
        siteId: site.id,
        name: ' ',
        slug: 'Bad Slug',
        privacyPolicyUrl: 'javascript:alert(1)',
        countries: ['SE', 'Sverige'],
        defaultCategory: 'nope',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      details: {
        field: 'slug',
        issues: [
          'slug: Slug must be lower-case letters, digits, "-" or "_", starting with a letter (at most 40).',
          'name: Name is required.',
          'privacyPolicyUrl: Privacy-policy URL must be an absolute http(s) URL.',
          'countries.1: Recipient countries (entry 2): “Sverige” is not an ISO 3166-1 country code such as SE or US.',
          'defaultCategory: Default category “nope” is not a category of this site.',
        ],
      },
    });
  });

  it('rejects a stale update with the current values and keeps them', async () => {
    const { ctx, site } = await setup();
    const v = await createVendor(ctx.editor, { siteId: site.id, name: 'Imbox', countries: [] });
    const saved = await updateVendor(ctx.editor, {
      siteId: site.id,
      id: v.id,
      revision: 1,
      countries: ['SE'],
      legalName: 'Imbox AB',
    });
    expect(saved).toMatchObject({ revision: 2, countries: ['SE'], legalName: 'Imbox AB' });
    await expect(
      updateVendor(ctx.owner, { siteId: site.id, id: v.id, revision: 1, countries: ['US'] }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { current: { revision: 2, countries: ['SE'], legalName: 'Imbox AB' } },
    });
    const cleared = await updateVendor(ctx.editor, {
      siteId: site.id,
      id: v.id,
      revision: 2,
      legalName: null,
    });
    expect(cleared).toMatchObject({ revision: 3, legalName: null, countries: ['SE'] });
  });

  it('deletes a vendor and keeps its items, without a vendor', async () => {
    const { ctx, site } = await setup();
    const v = await createVendor(ctx.editor, {
      siteId: site.id,
      name: 'Hotjar',
      countries: ['MT'],
    });
    const cats = await listCategories(ctx.viewer, { siteId: site.id });
    const item = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: '_hjSessionUser_#',
      matchKind: 'pattern',
      host: '.leverantorer.se',
      duration: '1 year',
      categoryId: cats.find((c) => c.key === 'statistics')!.id,
      vendorId: v.id,
    });
    await expect(
      deleteVendor(ctx.editor, { siteId: site.id, id: v.id, revision: 7 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await deleteVendor(ctx.editor, { siteId: site.id, id: v.id, revision: 1 })).toEqual({
      deleted: true,
      unlinkedItems: 1,
    });
    const { items } = await listStorageItems(ctx.viewer, { siteId: site.id });
    expect(items).toMatchObject([
      { id: item.id, vendorId: null, vendorSlug: null, revision: item.revision + 1 },
    ]);
    expect(await listVendors(ctx.viewer, { siteId: site.id })).toEqual([]);
    const audit = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'vendor'), eq(auditEvents.entityId, v.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });
});
