import type { TPublishedConfig } from '@smula/core';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { ingestConsent } from '../../consent-ingest/ingest';
import { scans } from '../../db/schema/scans';
import { sites } from '../../db/schema/sites';
import { configVersions } from '../../db/schema/versions';
import { createOrRefreshDemo } from '../../demo/create-or-refresh-demo';
import { makeOrganisation } from '../../testing/actors';
import { consentBody, consentRequest, testIngestDeps } from '../../testing/consents';
import { describeOnDrivers } from '../../testing/databases';
import { insertDoneScan } from '../../testing/scans';
import { NotFoundError } from '../errors';
import { publishSite } from '../publish/publish-site';
import { createSite } from './create-site';
import { getSiteOverview } from './get-site-overview';

await describeOnDrivers('the site overview (going-live checklist)', (t) => {
  it('starts with everything to do on a new site without domains', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, { organisationId: org.id, name: 'Ny' });
    const o = await getSiteOverview(ctx.viewer, { siteId: site.id });
    expect(o).toEqual({
      live: null,
      lastConsentAt: null,
      domains: [],
      checklist: { domains: false, published: false, tag: 'unknown', cookiePolicy: false },
    });
    // Another organisation's owner does not see it.
    const other = await makeOrganisation(t.db, ['owner']);
    await expect(getSiteOverview(other.ctx.owner, { siteId: site.id })).rejects.toThrow(
      NotFoundError,
    );
  });

  it('follows publishing, the last scan, the cookie-policy URL and the last consent record', async () => {
    const { ctx } = await makeOrganisation(t.db);
    const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    const siteId = demo.siteId;
    const owner = ctx.owner;
    let o = await getSiteOverview(owner, { siteId });
    expect(o.checklist.domains).toBe(true);
    expect(o.checklist.published).toBe(false);
    expect(o.live).toBeNull();

    await publishSite({ db: t.db, actor: owner.actor }, { siteId, note: 'first' });
    o = await getSiteOverview(owner, { siteId });
    expect(o.checklist.published).toBe(true);
    expect(o.live?.version).toBe(1);
    expect(o.live?.publishedAt).toBeInstanceOf(Date);

    // A scan that did not find the tag, then one that did: the last one counts.
    const scan = await insertDoneScan(t.db, siteId);
    expect((await getSiteOverview(owner, { siteId })).checklist.tag).toBe('missing');
    await t.db
      .update(scans)
      .set({ summary: { ...scan.summary!, smulaFound: true } })
      .where(eq(scans.id, scan.id));
    expect((await getSiteOverview(owner, { siteId })).checklist.tag).toBe('found');

    // The cookie-policy URL: set, then blank again.
    const [row] = await t.db.select().from(sites).where(eq(sites.id, siteId));
    const withUrl = { ...row!.settings, cookiePolicyUrl: 'https://example.se/kakor' };
    await t.db.update(sites).set({ settings: withUrl }).where(eq(sites.id, siteId));
    expect((await getSiteOverview(owner, { siteId })).checklist.cookiePolicy).toBe(true);
    const { cookiePolicyUrl: _, ...without } = withUrl;
    await t.db.update(sites).set({ settings: without }).where(eq(sites.id, siteId));
    expect((await getSiteOverview(owner, { siteId })).checklist.cookiePolicy).toBe(false);

    // A consent record from a page of the site: the install check.
    expect((await getSiteOverview(owner, { siteId })).lastConsentAt).toBeNull();
    const [version] = await t.db
      .select({ config: configVersions.config })
      .from(configVersions)
      .where(eq(configVersions.siteId, siteId));
    const config = version!.config as TPublishedConfig;
    const res = await ingestConsent(
      testIngestDeps(t.db),
      consentRequest(consentBody({ siteKey: demo.siteKey, config })),
    );
    expect(res.status, res.body ?? '').toBe(201);
    const after = await getSiteOverview(owner, { siteId });
    expect(after.lastConsentAt).toBeInstanceOf(Date);
  });
});
