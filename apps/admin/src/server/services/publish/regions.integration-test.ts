import { expect, it } from 'vitest';
import { memberships } from '../../db/schema/organisations';
import { clearDeliveryCache, deliver } from '../../delivery/deliver';
import { createOrRefreshDemo } from '../../demo/create-or-refresh-demo';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { deliveryRequest as req } from '../../testing/delivery';
import { getSite } from '../site/get-site';
import { updateSiteSettings } from '../site/update-site-settings';
import { publishSite } from './publish-site';

await describeOnDrivers('region rules in delivery (issue 19)', (t) => {
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
