import { bootArgs } from '@smula/testing';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { deliveryAnswers } from '../../db/schema/answers';
import { memberships } from '../../db/schema/organisations';
import { clearDeliveryCache, deliver } from '../../delivery/deliver';
import { createOrRefreshDemo } from '../../demo/create-or-refresh-demo';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { deliveryRequest as req } from '../../testing/delivery';
import { getSite } from '../site/get-site';
import { updateSiteSettings } from '../site/update-site-settings';
import { publishSite } from './publish-site';

await describeOnDrivers('region rules and languages in delivery (issue 19)', (t) => {
  it('sends one language’s texts for ?lang= (precomputed at publish), and every language otherwise', async () => {
    const { ctx } = await makeOrganisation(t.db);
    const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    await publishSite(ctx.owner, { siteId: demo.siteId });
    clearDeliveryCache();
    const script = (lang: string | null) => deliver(t.db, req(demo.siteKey, { locale: lang }));
    const texts = (body: unknown) =>
      Object.keys((bootArgs(String(body))[0] as { texts: Record<string, unknown> }).texts);
    const all = await script(null);
    const locales = texts(all.body).sort();
    expect(locales.length).toBeGreaterThan(1);
    for (const l of locales) {
      const one = await script(l);
      expect(texts(one.body)).toEqual([l]);
      expect(String(one.body).length).toBeLessThan(String(all.body).length);
      expect(one.headers.etag).not.toBe(all.headers.etag);
    }
    // Not published, or not a language tag: every language, the same bytes as without.
    expect((await script('de')).headers.etag).toBe(all.headers.etag);
    expect((await script('<x>')).headers.etag).toBe(all.headers.etag);
    // Stored: one script per language plus the one with all, for the deployment's endpoint at
    // publish and for this request's endpoint on first use; never one for an unpublished 'de'.
    const rows = await t.db
      .select({ variant: deliveryAnswers.variant })
      .from(deliveryAnswers)
      .where(and(eq(deliveryAnswers.siteId, demo.siteId), eq(deliveryAnswers.kind, 'script')));
    const langs = (here: boolean) =>
      rows
        .filter((r) => r.variant.startsWith('https://admin.example/') === here)
        .map((r) => r.variant.split('|')[2] ?? '')
        .sort();
    expect(langs(false)).toEqual(['', ...locales]);
    expect(langs(true)).toEqual(['', ...locales]);
    // The preferences layer's detail (issue 16): precomputed per language, immutable, fetched
    // by the banner; its items are not in the first-load script.
    const details = await t.db
      .select({ variant: deliveryAnswers.variant })
      .from(deliveryAnswers)
      .where(and(eq(deliveryAnswers.siteId, demo.siteId), eq(deliveryAnswers.kind, 'detail')));
    expect(details.map((r) => r.variant).sort()).toEqual(locales);
    const detail = await deliver(
      t.db,
      req(demo.siteKey, { kind: 'detail', version: '1', locale: 'en' }),
    );
    expect(detail.status).toBe(200);
    expect(detail.headers['cache-control']).toContain('immutable');
    const html = Object.values(JSON.parse(String(detail.body)) as Record<string, string>).join('');
    const purpose = 'Google Ads uses it to link ad clicks to visits';
    expect(html).toContain(purpose);
    expect(String((await script('en')).body)).not.toContain(purpose);
  });

  it('varies the script by region from the operator header, and refuses opt-out for the EU', async () => {
    const { ctx } = await makeOrganisation(t.db);
    const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    for (const role of ['admin', 'editor'] as const) {
      await t.db
        .insert(memberships)
        .values({ organisationId: demo.organisationId, userId: ctx[role].actor!.id, role })
        .onConflictDoNothing();
    }
    await publishSite(ctx.editor, { siteId: demo.siteId });
    clearDeliveryCache();
    const script = (country: string | null) =>
      deliver(t.db, req(demo.siteKey, { region: { header: 'cf-ipcountry', country } }));

    const gb = await script('GB');
    expect(gb.headers.vary).toMatch(/(^|, )cf-ipcountry$/);
    expect(gb.body).toContain('"model":"opt-out"');
    expect(gb.body).toContain('"grants":["preferences","statistics"]');
    const se = await script('SE');
    expect(se.body).not.toContain('"model"');
    // Unknown and EU visitors get the same bytes: the strictest model.
    expect((await script(null)).headers.etag).toBe(se.headers.etag);
    expect((await script('T1')).headers.etag).toBe(se.headers.etag);
    // Without a configured header: the opt-in script, no Vary.
    const plain = await deliver(t.db, req(demo.siteKey));
    expect(plain.headers.vary ?? '').not.toContain('cf-ipcountry');
    expect(plain.body).not.toContain('"model"');

    const site = await getSite(ctx.admin, { siteId: demo.siteId });
    await updateSiteSettings(ctx.admin, {
      siteId: demo.siteId,
      revision: site.revision,
      settings: {
        ...site.settings,
        regionRules: {
          models: { eu: 'opt-out', uk: 'opt-out', ch: 'opt-out', us: 'opt-out', other: 'opt-in' },
          optOutCategories: ['statistics'],
        },
      },
    });
    await expect(publishSite(ctx.editor, { siteId: demo.siteId })).rejects.toMatchObject({
      message: /EU\/EEA must be asked first/,
    });
  });
});
