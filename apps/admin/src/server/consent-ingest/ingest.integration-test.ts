import { bannerTextHash, type TPublishedConfig } from '@smula/core';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { runConsentMaintenance } from '../consent-store/maintenance';
import { ensureConsentPartitions, listConsentPartitions } from '../consent-store/partitions';
import { purgeConsents } from '../consent-store/purge';
import { verifyConsentChains } from '../consent-store/verify';
import { ConsentWriter } from '../consent-store/writer';
import { rowsOf } from '../db/rows';
import { auditEvents } from '../db/schema/audit';
import { consentReceipts, consentRecords } from '../db/schema/consents';
import { sites } from '../db/schema/sites';
import { configVersions } from '../db/schema/versions';
import { createOrRefreshDemo } from '../demo/create-or-refresh-demo';
import { publishSite } from '../services/publish/publish-site';
import { makeOrganisation } from '../testing/actors';
import { consentBody, consentRequest, testIngestDeps } from '../testing/consents';
import { describeOnDrivers } from '../testing/databases';
import { ingestConsent, type TIngestDeps } from './ingest';
import { parseTrustedProxies } from './ip';
import { RateLimiter } from './rate-limit';

await describeOnDrivers('consent records', (t) => {
  let siteId: string;
  let siteKey: string;
  let config: TPublishedConfig;

  beforeAll(async () => {
    const { ctx } = await makeOrganisation(t.db);
    const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    siteId = demo.siteId;
    siteKey = demo.siteKey;
    await publishSite({ db: t.db, actor: ctx.owner.actor }, { siteId, note: 'first' });
    config = await liveConfig(siteId);
  });

  async function liveConfig(id: string): Promise<TPublishedConfig> {
    const [row] = await t.db
      .select({ config: configVersions.config })
      .from(configVersions)
      .where(eq(configVersions.siteId, id))
      .orderBy(sql`${configVersions.version} desc`)
      .limit(1);
    return row!.config;
  }

  const deps = (over: Partial<TIngestDeps> = {}) => testIngestDeps(t.db, over);
  const request = consentRequest;
  // A client's expiresAt is ignored: the server decides the expiry.
  const record = (over: Record<string, unknown> = {}) =>
    consentBody({ siteKey, config }, { expiresAt: '2027-12-01T10:00:00.000Z', ...over });

  async function rowsFor(id: string) {
    return t.db.select().from(consentRecords).where(eq(consentRecords.id, id));
  }

  it('R-02: stores a valid record with what the server decides, and answers after the commit', async () => {
    const body = record();
    const before = Date.now();
    const res = await ingestConsent(deps(), request(body));
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body!)).toEqual({
      recordId: body.recordId,
      stored: true,
      duplicate: false,
    });
    expect(res.headers['access-control-allow-origin']).toBe('https://etjanster.almi.se');
    const [row] = await rowsFor(body.recordId);
    expect(row).toBeDefined();
    expect(row!.siteId).toBe(siteId);
    expect(row!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(row!.ipTruncated).toBe('203.0.113.0');
    expect(row!.userAgent).toBe('Mozilla/5.0 (test)');
    expect(row!.textHash).toBe(bannerTextHash(config, 'sv'));
    expect(row!.choices).toEqual(body.choices);
    // The server's expiry (accept lifetime: a category was granted), not the client's claim.
    const expected = new Date(row!.createdAt);
    expected.setUTCMonth(expected.getUTCMonth() + config.site.consentLifetimes.acceptMonths);
    expect(row!.expiresAt.toISOString()).toBe(expected.toISOString());
    expect(row!.clientTime!.toISOString()).toBe(body.clientTime);
    const receipts = await t.db
      .select()
      .from(consentReceipts)
      .where(eq(consentReceipts.recordId, body.recordId));
    expect(receipts).toHaveLength(1);
  });

  it('keeps the region and the consent model its script applied, and the chain verifies', async () => {
    // The demo publishes the default region rules: the UK is opt-out, the EU/EEA opt-in, and a
    // visitor without a (valid) country gets the strictest model.
    const cases = [
      ['gb', 'GB', 'opt-out'],
      ['SE', 'SE', 'opt-in'],
      ['XX', 'XX', 'opt-in'],
      [null, null, 'opt-in'],
    ] as const;
    for (const [header, region, model] of cases) {
      const body = record();
      const res = await ingestConsent(deps(), request(body, { region: header }));
      expect(res.status).toBe(201);
      const [row] = await rowsFor(body.recordId);
      expect([row!.region, row!.model]).toEqual([region, model]);
    }
    expect((await verifyConsentChains(t.db, siteId)).problems).toEqual([]);
  });

  it('never stores a retried record twice, even when both copies arrive at once', async () => {
    const d = deps();
    const body = record();
    const [a, b] = await Promise.all([
      ingestConsent(d, request(body)),
      ingestConsent(d, request(body)),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const again = await ingestConsent(deps(), request(body));
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body!).duplicate).toBe(true);
    expect(await rowsFor(body.recordId)).toHaveLength(1);
  });

  const refusals: [string, () => unknown, number][] = [
    ['invalid_json', () => '{"recordId":', 400],
    ['invalid_record', () => ({ ...record(), action: 'scrolled' }), 400],
    ['invalid_record', () => ({ ...record(), pagePath: '/a?email=x@y.se' }), 400],
    ['unknown_site', () => record({ siteKey: 'nosuchsite00' }), 400],
    ['unknown_version', () => record({ configVersion: 999 }), 400],
    ['hash_mismatch', () => record({ configHash: 'ab'.repeat(32) }), 400],
    ['unknown_category', () => record({ choices: { ghosts: true } }), 400],
    ['required_category_refused', () => record({ choices: { necessary: false } }), 400],
    ['unknown_locale', () => record({ locale: 'de' }), 400],
  ];
  it.each(refusals)(
    'refuses %s with a specific error and stores nothing',
    async (code, make, status) => {
      const body = make();
      const res = await ingestConsent(deps(), request(body));
      expect(res.status).toBe(status);
      const error = JSON.parse(res.body!).error;
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(5);
      if (typeof body === 'object')
        expect(await rowsFor((body as { recordId: string }).recordId)).toHaveLength(0);
    },
  );

  it('refuses other media types, bodies over 4 KiB and other methods', async () => {
    const body = record();
    expect(
      (
        await ingestConsent(
          deps(),
          request(body, { contentType: 'application/x-www-form-urlencoded' }),
        )
      ).status,
    ).toBe(415);
    expect((await ingestConsent(deps(), request(body, { contentLength: '5000' }))).status).toBe(
      413,
    );
    const big = { ...record(), padding: 'x'.repeat(5000) };
    const res = await ingestConsent(deps(), request(big, { contentLength: null }));
    expect(res.status).toBe(413);
    expect(await rowsFor(big.recordId)).toHaveLength(0);
    const get = await ingestConsent(deps(), request(body, { method: 'GET' }));
    expect(get.status).toBe(405);
    expect(get.headers.allow).toContain('POST');
    expect(await rowsFor(body.recordId)).toHaveLength(0);
  });

  it('accepts application/json and answers its preflight', async () => {
    const body = record();
    const pre = await ingestConsent(deps(), request('', { method: 'OPTIONS' }));
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-methods']).toBe('POST');
    const res = await ingestConsent(deps(), request(body, { contentType: 'application/json' }));
    expect(res.status).toBe(201);
  });

  it('stores records only from the site’s own domains (and their subdomains if declared)', async () => {
    for (const [origin, code] of [
      ['https://evil.example', 'forbidden_origin'],
      ['https://etjanster.almi.se.evil.example', 'forbidden_origin'],
      ['null', 'forbidden_origin'],
      [null, 'origin_required'],
    ] as const) {
      const body = record();
      const res = await ingestConsent(deps(), request(body, { origin }));
      expect(res.status, String(origin)).toBe(403);
      expect(JSON.parse(res.body!)).toMatchObject({ error: { code } });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const stored = await t.db
        .select()
        .from(consentReceipts)
        .where(eq(consentReceipts.recordId, body.recordId));
      expect(stored).toHaveLength(0);
    }
    const ok = await ingestConsent(
      deps(),
      request(record(), { origin: 'https://etjanster.almi.se' }),
    );
    expect(ok.status).toBe(201);
    expect(ok.headers['access-control-allow-origin']).toBe('https://etjanster.almi.se');
  });

  it('limits per truncated address and per site, with Retry-After', async () => {
    const d = deps({ perIp: new RateLimiter(2) });
    const from = (peer: string) => ingestConsent(d, request(record(), { peer }));
    expect((await from('198.51.100.1')).status).toBe(201);
    // .2 is in the same /24: the same network, the same budget.
    expect((await from('198.51.100.2')).status).toBe(201);
    const limited = await from('198.51.100.3');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(limited.body!).error.code).toBe('rate_limited');
    expect((await from('198.51.101.1')).status).toBe(201);

    const s = deps({ perSite: new RateLimiter(1) });
    expect((await ingestConsent(s, request(record()))).status).toBe(201);
    expect((await ingestConsent(s, request(record()))).status).toBe(429);
  });

  it('believes X-Forwarded-For only from trusted proxies, and truncates IPv6 to /48', async () => {
    const spoofed = record();
    await ingestConsent(
      deps(),
      request(spoofed, { peer: '203.0.113.9', forwardedFor: '192.0.2.55' }),
    );
    expect((await rowsFor(spoofed.recordId))[0]!.ipTruncated).toBe('203.0.113.0');

    const proxied = record();
    const d = deps({ proxies: parseTrustedProxies('10.0.0.0/8') });
    await ingestConsent(
      d,
      request(proxied, { peer: '10.1.2.3', forwardedFor: '192.0.2.55, 10.9.9.9' }),
    );
    expect((await rowsFor(proxied.recordId))[0]!.ipTruncated).toBe('192.0.2.0');

    const v6 = record();
    await ingestConsent(deps(), request(v6, { peer: '2001:db8:abcd:12:1::7' }));
    expect((await rowsFor(v6.recordId))[0]!.ipTruncated).toBe('2001:db8:abcd::');
  });

  it('R-03: chains each site-day; verification finds an edited and a removed record', async () => {
    const d = deps();
    const bodies = Array.from({ length: 120 }, () => record());
    const results = await Promise.all(bodies.map((b) => ingestConsent(d, request(b))));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const clean = await verifyConsentChains(t.db, siteId);
    expect(clean.problems).toEqual([]);
    expect(clean.records).toBeGreaterThanOrEqual(120);

    // The database refuses edits outright…
    await expect(
      t.db.execute(
        sql`UPDATE consent_records SET action = 'accept_all' WHERE id = ${bodies[5]!.recordId}`,
      ),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`DELETE FROM consent_records WHERE id = ${bodies[5]!.recordId}`),
    ).rejects.toThrow();
    await expect(t.db.execute(sql`TRUNCATE consent_records`)).rejects.toThrow();

    // …so a tamperer must first switch the guard off, which the chain still exposes.
    await t.db.execute(sql`ALTER TABLE consent_records DISABLE TRIGGER USER`);
    await t.db.execute(
      sql`UPDATE consent_records SET choices = '{"necessary":true,"marketing":true}' WHERE id = ${bodies[5]!.recordId}`,
    );
    await t.db.execute(sql`DELETE FROM consent_records WHERE id = ${bodies[9]!.recordId}`);
    await t.db.execute(sql`ALTER TABLE consent_records ENABLE TRIGGER USER`);
    const tampered = await verifyConsentChains(t.db, siteId);
    const ids = tampered.problems.map((p) => p.recordId);
    expect(ids).toContain(bodies[5]!.recordId);
    expect(tampered.problems.some((p) => /missing/.test(p.problem))).toBe(true);
  });

  it('creates a missing monthly partition on demand', async () => {
    const future = new Date(Date.UTC(new Date().getUTCFullYear() + 3, 4, 15, 12));
    const d = deps({ writer: new ConsentWriter(t.db, { now: () => future }) });
    const body = record();
    expect((await ingestConsent(d, request(body))).status).toBe(201);
    const names = (await listConsentPartitions(t.db)).map((p) => p.name);
    expect(names).toContain(`consent_records_y${future.getUTCFullYear()}m05`);
    const [row] = await rowsFor(body.recordId);
    expect(row!.createdAt.toISOString()).toBe(future.toISOString());
  });

  it('R-05: purges whole days past retention, logs it, keeps the rest verifiable', async () => {
    // A separate site so the other tests' records do not count.
    const { ctx } = await makeOrganisation(t.db);
    const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    // createOrRefreshDemo reuses the owner's demo organisation only for the same actor: new site.
    await publishSite({ db: t.db, actor: ctx.owner.actor }, { siteId: demo.siteId });
    const cfg = await liveConfig(demo.siteId);
    const at = (iso: string) =>
      deps({ writer: new ConsentWriter(t.db, { now: () => new Date(iso) }) });
    const body = (over: Record<string, unknown> = {}) =>
      record({ siteKey: demo.siteKey, configVersion: cfg.version, configHash: cfg.hash, ...over });
    const rejectOnly = { choices: { necessary: true } };
    // Old: rejected (6-month lifetime) two years before "now"; recent: last month.
    for (const iso of [
      '2024-03-10T09:00:00.000Z',
      '2024-03-10T18:00:00.000Z',
      '2024-03-11T09:00:00.000Z',
    ])
      expect((await ingestConsent(at(iso), request(body(rejectOnly)))).status).toBe(201);
    expect((await ingestConsent(at('2026-05-02T09:00:00.000Z'), request(body()))).status).toBe(201);

    const now = new Date('2026-06-01T00:00:00.000Z');
    const dry = await purgeConsents(t.db, { now, siteId: demo.siteId, dryRun: true });
    expect(dry.sites[0]).toMatchObject({ records: 3, days: 2 });
    const countRows = async () =>
      rowsOf<{ n: number }>(
        await t.db.execute(
          sql`SELECT count(*)::int AS n FROM consent_records WHERE site_id = ${demo.siteId}`,
        ),
      )[0]!.n;
    expect(await countRows()).toBe(4);

    const done = await purgeConsents(t.db, { now, siteId: demo.siteId });
    expect(done.sites[0]).toMatchObject({ records: 3, days: 2 });
    expect(await countRows()).toBe(1);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.siteId, demo.siteId), eq(auditEvents.action, 'consent.purge')));
    expect(event!.after).toMatchObject({ records: 3, days: 2, firstDay: '2024-03-10' });
    expect((await verifyConsentChains(t.db, demo.siteId)).problems).toEqual([]);

    // A longer retention keeps what a shorter one removed.
    await t.db.update(sites).set({ consentRetentionMonths: 60 }).where(eq(sites.id, demo.siteId));
    expect(
      (await ingestConsent(at('2024-03-12T09:00:00.000Z'), request(body(rejectOnly)))).status,
    ).toBe(201);
    expect((await purgeConsents(t.db, { now, siteId: demo.siteId })).sites[0]!.records).toBe(0);
  });

  it('daily maintenance makes the coming months’ partitions and runs the purge', async () => {
    const now = new Date(Date.UTC(new Date().getUTCFullYear() + 5, 10, 20));
    const result = await runConsentMaintenance(t.db, now);
    expect(result).not.toBeNull();
    expect(result!.sites.length).toBeGreaterThan(0);
    const names = (await listConsentPartitions(t.db)).map((p) => p.name);
    for (const m of ['m11', 'm12'])
      expect(names).toContain(`consent_records_y${now.getUTCFullYear()}${m}`);
    expect(names).toContain(`consent_records_y${now.getUTCFullYear() + 1}m01`);
  });

  it('drops empty partitions of past months', async () => {
    await ensureConsentPartitions(
      t.db,
      new Date('2020-02-10T00:00:00Z'),
      new Date('2020-02-10T00:00:00Z'),
      0,
    );
    expect((await listConsentPartitions(t.db)).map((p) => p.name)).toContain(
      'consent_records_y2020m02',
    );
    const result = await purgeConsents(t.db, { now: new Date() });
    expect(result.droppedPartitions).toContain('consent_records_y2020m02');
    expect((await listConsentPartitions(t.db)).map((p) => p.name)).not.toContain(
      'consent_records_y2020m02',
    );
  });
});
