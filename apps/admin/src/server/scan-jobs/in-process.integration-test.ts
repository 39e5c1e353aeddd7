/**
 * The embedded path (issue 14): on PGlite the admin runs scans in-process. A real scan of a
 * loopback fixture in real Chromium, from start (editor) to report, publish warnings and
 * "Add to declaration" through the import preview and merge.
 */
import { findChromium } from '@smula/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/audit';
import { scans } from '../db/schema/scans';
import { applyScanAdditions, previewScanAdditions } from '../services/scan/add-from-scan';
import { getScan } from '../services/scan/get-scan';
import { getLatestScan, listScanPublishWarnings } from '../services/scan/latest-scan';
import { getScanSchedule, setScanSchedule } from '../services/scan/scan-schedule';
import { startScan } from '../services/scan/start-scan';
import { createSite } from '../services/site/create-site';
import { makeOrganisation } from '../testing/actors';
import { type TTestDatabase, testDrivers } from '../testing/databases';
import { startScanFixtureSite, type TScanFixtureSite } from '../testing/scans';
import { startInProcessScans, type TInProcessRunner } from './in-process-runner';
import { queueDueScans } from './schedule';

let database: TTestDatabase;
let fixture: TScanFixtureSite;
let runner: TInProcessRunner;

beforeAll(async () => {
  const pglite = (await testDrivers()).find((d) => d.name === 'pglite')!;
  [database, fixture] = await Promise.all([pglite.open(), startScanFixtureSite()]);
}, 180_000); // a PGlite template migrates in seconds alone, in minutes beside Chromium
afterAll(async () => {
  await runner?.stop();
  await fixture?.close();
  await database?.close();
});

describe('scans in-process on PGlite', () => {
  it('a scan an editor starts runs in the admin process and its findings can be added', {
    timeout: 240_000,
  }, async () => {
    const { db } = database;
    const { org, ctx } = await makeOrganisation(db);
    const site = await createSite(ctx.owner, {
      organisationId: org.id,
      name: 'Fixture',
      domains: ['127.0.0.1'],
    });
    // A scan queued before the runner starts (say, while the admin was down) runs too.
    const first = await startScan(ctx.editor, { siteId: site.id, url: fixture.url, maxPages: 1 });
    expect(first.status).toBe('queued');
    await expect(
      startScan(ctx.editor, { siteId: site.id, url: fixture.url }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    runner = await startInProcessScans(db, {
      config: { executablePath: findChromium(), settleMs: 1000 },
    });
    await runner.idle();
    const done = await getScan(ctx.viewer, { scanId: first.id });
    expect(done).toMatchObject({ status: 'done', pagesDone: 1, pagesTotal: 1, attempts: 1 });
    const seen = done.report!.observations.map((o) => `${o.kind}:${o.name}`).sort();
    expect(seen).toEqual(['cookie:seen', 'cookie:sid', 'local_storage:prefs']);
    expect(
      done.report!.findings.filter((f) => f.kind === 'undeclared').map((f) => f.observation),
    ).toHaveLength(3);
    expect(done.summary).toMatchObject({ pagesOk: 1, smulaFound: false });
    expect(await getLatestScan(ctx.viewer, { siteId: site.id })).toMatchObject({ id: first.id });

    const warnings = await listScanPublishWarnings(ctx.viewer, { siteId: site.id });
    expect(warnings.warnings.map((w) => w.name).sort()).toEqual(['prefs', 'seen', 'sid']);

    // Add `sid` (as a person chose: necessary) through the import preview and merge.
    const sid = done.report!.observations.findIndex((o) => o.name === 'sid');
    const items = [{ observation: sid, category: 'necessary' }];
    await expect(
      previewScanAdditions(ctx.viewer, { scanId: first.id, items }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const preview = await previewScanAdditions(ctx.editor, { scanId: first.id, items });
    expect(preview.items).toEqual([
      expect.objectContaining({
        action: 'create',
        name: 'sid',
        type: 'cookie',
        category: 'necessary',
      }),
    ]);
    await applyScanAdditions(ctx.editor, { scanId: first.id, items, planHash: preview.planHash });
    const after = await listScanPublishWarnings(ctx.viewer, { siteId: site.id });
    expect(after.warnings.map((w) => w.name).sort()).toEqual(['prefs', 'seen']);
    const events = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.siteId, site.id), eq(auditEvents.entity, 'scan')));
    expect(events.map((e) => e.action).sort()).toEqual(['scan.items_added', 'scan.started']);

    // Started while the runner runs: the notifier hands it over at once.
    const second = await startScan(ctx.editor, { siteId: site.id, maxPages: 1, url: fixture.url });
    await runner.idle();
    const [row] = await db.select().from(scans).where(eq(scans.id, second.id));
    expect(row?.status).toBe('done');
  });

  it('a due schedule queues one scan of the first domain and moves on a period', async () => {
    const { db } = database;
    const { org, ctx } = await makeOrganisation(db, ['owner', 'editor', 'viewer']);
    const site = await createSite(ctx.owner, {
      organisationId: org.id,
      name: 'Scheduled',
      domains: ['shop.example'],
    });
    await expect(
      setScanSchedule(ctx.viewer, { siteId: site.id, frequency: 'weekly' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const set = await setScanSchedule(ctx.editor, { siteId: site.id, frequency: 'weekly' });
    expect(set.nextRunAt!.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    // Nothing is due yet; a week later it is, once.
    expect(await queueDueScans(db)).toEqual([]);
    const later = new Date(set.nextRunAt!.getTime() + 60_000);
    const queued = await queueDueScans(db, later);
    expect(queued).toEqual([{ id: expect.any(String), siteId: site.id }]);
    expect(await queueDueScans(db, later)).toEqual([]);
    const [row] = await db.select().from(scans).where(eq(scans.id, queued[0]!.id));
    expect(row).toMatchObject({ url: 'https://shop.example/', trigger: 'schedule' });
    expect(await getScanSchedule(ctx.viewer, { siteId: site.id })).toMatchObject({
      frequency: 'weekly',
      nextRunAt: new Date(later.getTime() + 7 * 86_400_000),
    });
    await setScanSchedule(ctx.editor, { siteId: site.id, frequency: 'off' });
    expect(await getScanSchedule(ctx.viewer, { siteId: site.id })).toEqual({
      frequency: 'off',
      nextRunAt: null,
    });
    const changes = await db
      .select({ before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.siteId, site.id), eq(auditEvents.action, 'scan.schedule_changed')));
    expect(changes.map((c) => c.after)).toEqual([{ frequency: 'weekly' }, { frequency: 'off' }]);
  });

  it('a URL off the site’s domains is refused before anything is queued', async () => {
    const { db } = database;
    const { org, ctx } = await makeOrganisation(db, ['owner', 'editor']);
    const site = await createSite(ctx.owner, {
      organisationId: org.id,
      name: 'Elsewhere',
      domains: ['shop.example'],
    });
    await expect(
      startScan(ctx.editor, { siteId: site.id, url: fixture.url }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('not on the site'),
    });
    await expect(
      startScan(ctx.editor, { siteId: site.id, url: 'file:///etc/passwd' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await db.select().from(scans).where(eq(scans.siteId, site.id))).toEqual([]);
  });
});
