import { expect, it } from 'vitest';
import { memberships } from '../../db/schema/organisations';
import { clearDeliveryCache, deliver } from '../../delivery/deliver';
import { createOrRefreshDemo } from '../../demo/create-or-refresh-demo';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { deliveryRequest as req } from '../../testing/delivery';
import { listMissingTranslations } from '../declaration/missing-translations';
import { getSite } from '../site/get-site';
import { updateSiteSettings } from '../site/update-site-settings';
import { publishSite } from './publish-site';

await describeOnDrivers('a site in the default languages (issue 19)', (t) => {
  it('adds German and Polish: texts start from the defaults, publish, and the policy page renders in each', async () => {
    const { ctx } = await makeOrganisation(t.db);
    const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    for (const role of ['admin', 'editor'] as const) {
      await t.db
        .insert(memberships)
        .values({ organisationId: demo.organisationId, userId: ctx[role].actor!.id, role })
        .onConflictDoNothing();
    }
    const site = await getSite(ctx.admin, { siteId: demo.siteId });
    await updateSiteSettings(ctx.admin, {
      siteId: demo.siteId,
      revision: site.revision,
      settings: { ...site.settings, locales: [...site.settings.locales, 'de', 'pl', 'ja'] },
    });

    const missing = await listMissingTranslations(ctx.admin, { siteId: demo.siteId });
    const of = (l: string) => missing.find((m) => m.locale === l)!;
    // Default texts and the standard categories come from the defaults: nothing to write.
    expect(of('de').texts).toEqual([]);
    expect(of('de').categories).toEqual([]);
    expect(of('pl').texts).toEqual([]);
    // Item purposes are the site's own words: still untranslated, and marked so.
    expect(of('de').items.length).toBeGreaterThan(0);
    // Japanese has no defaults: every text is marked missing.
    expect(of('ja').texts).toContain('banner.acceptAll');

    // Publishing needs the Japanese banner texts written; without Japanese it goes through.
    await expect(publishSite(ctx.editor, { siteId: demo.siteId })).rejects.toMatchObject({
      message: /ja/,
    });
    const withoutJa = await getSite(ctx.admin, { siteId: demo.siteId });
    await updateSiteSettings(ctx.admin, {
      siteId: demo.siteId,
      revision: withoutJa.revision,
      settings: {
        ...withoutJa.settings,
        locales: withoutJa.settings.locales.filter((l) => l !== 'ja'),
      },
    });
    await publishSite(ctx.editor, { siteId: demo.siteId, note: 'Deutsch und Polnisch' });
    clearDeliveryCache();

    const page = async (locale: string) =>
      (await deliver(t.db, req(demo.siteKey, { kind: 'declaration', locale }))).body!;
    const de = await page('de-AT');
    expect(de).toContain('lang="de"');
    expect(de).toContain('Maximale Speicherdauer');
    expect(de).toContain('Notwendig');
    const pl = await page('pl');
    expect(pl).toContain('lang="pl"');
    expect(pl).toContain('Maksymalny okres przechowywania');
    expect(pl).toContain('Niezbędne');
    // Durations in Polish words, plural forms included ("13 miesięcy", "2 lata" …).
    expect(pl).toMatch(/\d+ (miesięcy|miesiące|miesiąc|dni|dzień|lata|lat|rok|godzin|minut)/);
    // A language the site does not offer falls back to its default.
    expect(await page('fr')).toContain(`lang="${site.settings.defaultLocale}"`);
    // The script carries the new languages for the banner to choose from.
    const script = (await deliver(t.db, req(demo.siteKey))).body!;
    expect(script).toContain('Alle akzeptieren');
    expect(script).toContain('Akceptuj wszystkie');
  });
});
