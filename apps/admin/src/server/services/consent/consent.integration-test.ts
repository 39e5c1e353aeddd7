// The consent log's services against real data: records go in through the real ingestion path
// (ingestConsent + ConsentWriter, at chosen server times), on PGlite and on PostgreSQL.
import { DAY_MS, parseCsv, type TPublishedConfig } from '@smula/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { ingestConsent, type TIngestDeps } from '../../consent-ingest/ingest';
import { parseTrustedProxies } from '../../consent-ingest/ip';
import { RateLimiter } from '../../consent-ingest/rate-limit';
import { VersionCache } from '../../consent-ingest/versions';
import { ConsentWriter } from '../../consent-store/writer';
import { DatabaseAvailability } from '../../db/availability';
import { rowsOf } from '../../db/rows';
import { auditEvents } from '../../db/schema/audit';
import { memberships, type TRole } from '../../db/schema/organisations';
import { sites } from '../../db/schema/sites';
import { configVersions } from '../../db/schema/versions';
import type { TDb } from '../../db/types';
import { createOrRefreshDemo } from '../../demo/create-or-refresh-demo';
import { makeOrganisation, makeUser } from '../../testing/actors';
import { DEMO_ORIGIN, testRecordId as recordId } from '../../testing/consents';
import { describeOnDrivers } from '../../testing/databases';
import { createCategory } from '../category/create-category';
import type { TServiceCtx } from '../context';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { publishSite } from '../publish/publish-site';
import { consentStats } from './consent-stats';
import { exportConsents } from './export-consents';
import { runPurge } from './run-purge';
import { searchConsents } from './search-consents';
import { setRetention } from './set-retention';
import { verifyChain } from './verify-chain';

const consentIdOf = (label: string) =>
  Buffer.from(label).toString('hex').padEnd(32, '0').slice(0, 32);

/** Today's UTC midnight plus `days` (negative: before) plus `hours`. */
function dayAt(days: number, hours = 12): Date {
  const now = new Date();
  return new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) +
      days * DAY_MS +
      hours * 3_600_000,
  );
}
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A published demo site whose organisation has one member per role, and a stranger's context. */
async function makeSite(db: TDb) {
  const { ctx } = await makeOrganisation(db, ['owner']);
  const owner = ctx.owner;
  const demo = await createOrRefreshDemo(db, { actorId: owner.actor!.id });
  const roles: Record<TRole, TServiceCtx> = { owner } as Record<TRole, TServiceCtx>;
  for (const role of ['admin', 'editor', 'viewer'] as const) {
    const u = await makeUser(db, role);
    await db
      .insert(memberships)
      .values({ organisationId: demo.organisationId, userId: u.id, role });
    roles[role] = { db, actor: { id: u.id, email: u.email } };
  }
  await publishSite(owner, { siteId: demo.siteId, note: 'first' });
  const stranger = (await makeOrganisation(db, ['owner'])).ctx.owner;
  return { ...demo, ctx: roles, stranger };
}

await describeOnDrivers('the consent log', (t) => {
  let site: Awaited<ReturnType<typeof makeSite>>;

  beforeAll(async () => {
    site = await makeSite(t.db);
  });

  async function config(siteId: string, version?: number): Promise<TPublishedConfig> {
    const [row] = await t.db
      .select({ config: configVersions.config })
      .from(configVersions)
      .where(
        and(
          eq(configVersions.siteId, siteId),
          version ? eq(configVersions.version, version) : undefined,
        ),
      )
      .orderBy(desc(configVersions.version))
      .limit(1);
    return row!.config;
  }

  function deps(at?: Date): TIngestDeps {
    return {
      db: t.db,
      versions: new VersionCache(),
      writer: new ConsentWriter(t.db, at ? { now: () => at } : {}),
      perIp: new RateLimiter(0),
      perSite: new RateLimiter(0),
      proxies: parseTrustedProxies(''),
      availability: new DatabaseAvailability(),
    };
  }

  type TAction = 'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'renew';
  /** Stores one record through the real endpoint logic; returns its body. */
  async function decide(
    s: { siteKey: string; siteId: string },
    opts: {
      consentId: string;
      action: TAction;
      at?: Date;
      version?: number;
      pagePath?: string;
      d?: TIngestDeps;
    },
  ) {
    const cfg = await config(s.siteId, opts.version);
    const optional = cfg.categories.filter((c) => !c.required);
    const grant = (key: string, required: boolean) =>
      required ||
      opts.action === 'accept_all' ||
      opts.action === 'renew' ||
      (opts.action === 'custom' && key === optional[0]!.key);
    const body = {
      recordId: recordId(),
      consentId: opts.consentId,
      siteKey: s.siteKey,
      configVersion: cfg.version,
      configHash: cfg.hash,
      action: opts.action,
      choices: Object.fromEntries(cfg.categories.map((c) => [c.key, grant(c.key, c.required)])),
      locale: 'sv',
      gpc: opts.action === 'reject_all',
      pagePath: opts.pagePath ?? '/kontakt',
    };
    const text = JSON.stringify(body);
    const res = await ingestConsent(opts.d ?? deps(opts.at), {
      method: 'POST',
      contentType: 'text/plain;charset=UTF-8',
      contentLength: String(Buffer.byteLength(text)),
      readBody: async () => text,
      // A page of the demo site's declared domain.
      origin: DEMO_ORIGIN,
      userAgent: 'Mozilla/5.0 (test)',
      peer: '203.0.113.77',
      forwardedFor: null,
      region: null,
    });
    expect(res.status, res.body ?? '').toBe(201);
    return body;
  }

  describe('search', () => {
    const visitor = consentIdOf('visitor-one');
    const other = consentIdOf('visitor-two');

    beforeAll(async () => {
      await decide(site, { consentId: visitor, action: 'reject_all', at: dayAt(-3, 9) });
      await decide(site, { consentId: other, action: 'accept_all', at: dayAt(-3, 10) });
      await decide(site, { consentId: visitor, action: 'custom', at: dayAt(-2, 9) });
      // A second version: the visitor is asked again and accepts under it.
      await createCategory(site.ctx.owner, {
        siteId: site.siteId,
        key: 'experiments',
        name: { sv: 'Experiment', en: 'Experiments' },
        description: { sv: 'A/B-tester.', en: 'A/B tests.' },
      });
      await publishSite(site.ctx.owner, { siteId: site.siteId, note: 'second' });
      await decide(site, {
        consentId: visitor,
        action: 'accept_all',
        at: dayAt(-1, 9),
        version: 2,
      });
    });

    it('R-04: shows one consent id’s whole history, newest first, with the version each decision saw', async () => {
      const { records, nextCursor } = await searchConsents(site.ctx.viewer, {
        siteId: site.siteId,
        consentId: visitor,
      });
      expect(records.map((r) => [r.action, r.configVersion])).toEqual([
        ['accept_all', 2],
        ['custom', 1],
        ['reject_all', 1],
      ]);
      expect(records.every((r) => r.consentId === visitor)).toBe(true);
      expect(records[0]!.choices.experiments).toBe(true);
      expect(records[2]!).toMatchObject({
        gpc: true,
        ipTruncated: '203.0.113.0',
        pagePath: '/kontakt',
      });
      expect(nextCursor).toBeNull();
      // As visitors copy it: upper case, with spaces.
      const copied = ` ${visitor.toUpperCase().replace(/(.{8})/g, '$1 ')} `;
      const again = await searchConsents(site.ctx.viewer, {
        siteId: site.siteId,
        consentId: copied,
      });
      expect(again.records).toHaveLength(3);
    });

    it('filters by date range, action and version', async () => {
      const search = (f: Record<string, unknown>) =>
        searchConsents(site.ctx.viewer, { siteId: site.siteId, consentId: visitor, ...f }).then(
          (r) => r.records.map((x) => x.action),
        );
      expect(await search({ action: 'custom' })).toEqual(['custom']);
      expect(await search({ version: 1 })).toEqual(['custom', 'reject_all']);
      expect(await search({ version: 3 })).toEqual([]);
      expect(await search({ from: isoDay(dayAt(-2)), to: isoDay(dayAt(-2)) })).toEqual(['custom']);
      expect(await search({ from: isoDay(dayAt(-2)) })).toEqual(['accept_all', 'custom']);
      expect(await search({ to: isoDay(dayAt(-3)) })).toEqual(['reject_all']);
      // Without a consent id: the whole site, still filtered.
      const all = await searchConsents(site.ctx.viewer, {
        siteId: site.siteId,
        to: isoDay(dayAt(-3)),
      });
      expect(all.records.map((r) => r.consentId).sort()).toEqual([visitor, other].sort());
    });

    it('pages by (time, id) without skipping or repeating records of one commit batch', async () => {
      const batch = consentIdOf('batch');
      // One writer, five concurrent records: one transaction, one shared created_at.
      const d = deps(dayAt(-5, 8));
      const bodies = await Promise.all(
        Array.from({ length: 5 }, () => decide(site, { consentId: batch, action: 'custom', d })),
      );
      const times = new Set(
        (
          await searchConsents(site.ctx.viewer, { siteId: site.siteId, consentId: batch })
        ).records.map((r) => r.createdAt.getTime()),
      );
      expect(times.size).toBe(1);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await searchConsents(site.ctx.viewer, {
          siteId: site.siteId,
          consentId: batch,
          limit: 2,
          cursor,
        });
        seen.push(...page.records.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(5);
      expect(new Set(seen)).toEqual(new Set(bodies.map((b) => b.recordId)));
    });

    it('refuses bad input with a specific message', async () => {
      const err = await searchConsents(site.ctx.viewer, {
        siteId: site.siteId,
        consentId: 'not-an-id',
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ZodError);
      expect((err as ZodError).issues[0]!.message).toMatch(/32 characters/);
      await expect(
        searchConsents(site.ctx.viewer, { siteId: site.siteId, from: '2026-02-30' }),
      ).rejects.toThrow(/YYYY-MM-DD/);
      await expect(
        searchConsents(site.ctx.viewer, {
          siteId: site.siteId,
          from: '2026-05-02',
          to: '2026-05-01',
        }),
      ).rejects.toThrow(ValidationError);
      await expect(
        searchConsents(site.ctx.viewer, { siteId: site.siteId, cursor: 'garbage' }),
      ).rejects.toThrow(/page link/);
      await expect(
        searchConsents(site.ctx.viewer, { siteId: site.siteId, action: 'scrolled' as never }),
      ).rejects.toThrow(/accept_all/);
    });

    it('finds nothing of another organisation’s site', async () => {
      await expect(
        searchConsents(site.stranger, { siteId: site.siteId, consentId: visitor }),
      ).rejects.toThrow(NotFoundError);
      // The stranger's own site does not see this site's records either.
      const mine = await createOrRefreshDemo(t.db, { actorId: site.stranger.actor!.id });
      const found = await searchConsents(site.stranger, {
        siteId: mine.siteId,
        consentId: visitor,
      });
      expect(found.records).toEqual([]);
    });
  });

  describe('statistics', () => {
    it('counts per UTC day and action and the share granting each category, in the period only', async () => {
      const s = await makeSite(t.db);
      const empty = await consentStats(s.ctx.viewer, { siteId: s.siteId, days: 7 });
      expect(empty.totals.total).toBe(0);
      expect(empty.perDay).toHaveLength(7);
      expect(empty.categories.every((c) => c.decisions === 0 && c.share === 0)).toBe(true);

      const id = consentIdOf('stats');
      await decide(s, { consentId: id, action: 'accept_all', at: dayAt(0, 1) });
      await decide(s, { consentId: id, action: 'accept_all', at: dayAt(0, 2) });
      await decide(s, { consentId: id, action: 'reject_all', at: dayAt(0, 3) });
      await decide(s, { consentId: id, action: 'custom', at: dayAt(-2) });
      await decide(s, { consentId: id, action: 'withdraw', at: dayAt(-6) });
      await decide(s, { consentId: id, action: 'renew', at: dayAt(-6, 13) });
      await decide(s, { consentId: id, action: 'reject_all', at: dayAt(-20) });
      await decide(s, { consentId: id, action: 'accept_all', at: dayAt(-200) });

      const week = await consentStats(s.ctx.viewer, { siteId: s.siteId, days: 7 });
      expect(week.from).toBe(isoDay(dayAt(-6)));
      expect(week.to).toBe(isoDay(dayAt(0)));
      const day = (offset: number) => week.perDay.find((d) => d.day === isoDay(dayAt(offset)))!;
      expect(day(0)).toMatchObject({ accept_all: 2, reject_all: 1, custom: 0, total: 3 });
      expect(day(-2)).toMatchObject({ custom: 1, total: 1 });
      expect(day(-6)).toMatchObject({ withdraw: 1, renew: 1, total: 2 });
      expect(day(-1).total).toBe(0);
      expect(week.totals).toEqual({
        accept_all: 2,
        reject_all: 1,
        custom: 1,
        withdraw: 1,
        renew: 1,
        total: 6,
      });

      const cfg = await config(s.siteId);
      const optional = cfg.categories.filter((c) => !c.required);
      const share = (key: string) => week.categories.find((c) => c.key === key)!;
      // Required: granted by all 6. First optional: accept ×2, custom, renew. Others: accept ×2, renew.
      expect(share('necessary')).toMatchObject({
        granted: 6,
        decisions: 6,
        share: 1,
        required: true,
      });
      expect(share(optional[0]!.key)).toMatchObject({ granted: 4, decisions: 6 });
      expect(share(optional[1]!.key)).toMatchObject({ granted: 3, decisions: 6, share: 0.5 });
      expect(share('necessary').label).toBeTruthy();

      const month = await consentStats(s.ctx.viewer, { siteId: s.siteId, days: 30 });
      expect(month.perDay).toHaveLength(30);
      expect(month.totals).toMatchObject({ reject_all: 2, total: 7 });
      const quarter = await consentStats(s.ctx.viewer, { siteId: s.siteId, days: 90 });
      expect(quarter.perDay).toHaveLength(90);
      expect(quarter.totals.total).toBe(7);

      await expect(consentStats(s.ctx.viewer, { siteId: s.siteId, days: 14 as 7 })).rejects.toThrow(
        /7, 30 or 90/,
      );
      await expect(consentStats(s.stranger, { siteId: s.siteId, days: 7 })).rejects.toThrow(
        NotFoundError,
      );
    });
  });

  describe('retention, purge and verification', () => {
    it('lets owners and admins set retention from 1 to 120 months, in the audit log', async () => {
      const s = await makeSite(t.db);
      expect(await setRetention(s.ctx.admin, { siteId: s.siteId, months: 24 })).toEqual({
        months: 24,
        changed: true,
      });
      const [row] = await t.db.select().from(sites).where(eq(sites.id, s.siteId));
      expect(row!.consentRetentionMonths).toBe(24);
      const [event] = await t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.siteId, s.siteId), eq(auditEvents.entity, 'site.settings')))
        .orderBy(desc(auditEvents.at));
      expect(event).toMatchObject({
        actorId: s.ctx.admin.actor!.id,
        before: { consentRetentionMonths: 12 },
        after: { consentRetentionMonths: 24 },
      });
      await expect(setRetention(s.ctx.editor, { siteId: s.siteId, months: 6 })).rejects.toThrow(
        ForbiddenError,
      );
      await expect(setRetention(s.stranger, { siteId: s.siteId, months: 6 })).rejects.toThrow(
        NotFoundError,
      );
      await expect(setRetention(s.ctx.owner, { siteId: s.siteId, months: 0 })).rejects.toThrow(
        /at least 1 month/,
      );
      await expect(setRetention(s.ctx.owner, { siteId: s.siteId, months: 121 })).rejects.toThrow(
        /At most 120/,
      );
      await expect(setRetention(s.ctx.owner, { siteId: s.siteId, months: 1.5 })).rejects.toThrow(
        /whole number/,
      );
      expect(
        (await t.db.select().from(sites).where(eq(sites.id, s.siteId)))[0]!.consentRetentionMonths,
      ).toBe(24);
    });

    it('purges this site’s expired records only, with the caller as the audit actor', async () => {
      const s = await makeSite(t.db);
      const neighbour = await makeSite(t.db);
      const id = consentIdOf('purge');
      // Rejections (6-month lifetime) two years ago are past a 12-month retention; today's is not.
      await decide(s, {
        consentId: id,
        action: 'reject_all',
        at: new Date(Date.now() - 800 * DAY_MS),
      });
      await decide(s, {
        consentId: id,
        action: 'reject_all',
        at: new Date(Date.now() - 799 * DAY_MS),
      });
      await decide(s, { consentId: id, action: 'accept_all' });
      await decide(neighbour, {
        consentId: id,
        action: 'reject_all',
        at: new Date(Date.now() - 800 * DAY_MS),
      });

      await expect(runPurge(s.ctx.editor, { siteId: s.siteId })).rejects.toThrow(ForbiddenError);
      await expect(runPurge(s.stranger, { siteId: s.siteId })).rejects.toThrow(NotFoundError);
      expect(await runPurge(s.ctx.admin, { siteId: s.siteId, dryRun: true })).toMatchObject({
        dryRun: true,
        records: 2,
        days: 2,
      });
      const count = async (siteId: string) =>
        rowsOf<{ n: number }>(
          await t.db.execute(
            sql`SELECT count(*)::int AS n FROM consent_records WHERE site_id = ${siteId}`,
          ),
        )[0]!.n;
      expect(await count(s.siteId)).toBe(3);
      expect(await runPurge(s.ctx.owner, { siteId: s.siteId })).toEqual({
        dryRun: false,
        retentionMonths: 12,
        records: 2,
        days: 2,
      });
      expect(await count(s.siteId)).toBe(1);
      expect(await count(neighbour.siteId)).toBe(1);
      const [event] = await t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.siteId, s.siteId), eq(auditEvents.action, 'consent.purge')));
      expect(event!.actorId).toBe(s.ctx.owner.actor!.id);
      expect((await verifyChain(s.ctx.admin, { siteId: s.siteId })).ok).toBe(true);
    });

    it('verifies the chains for owners and admins and reports where one was tampered with', async () => {
      const s = await makeSite(t.db);
      const id = consentIdOf('verify');
      const d = deps();
      const bodies = [];
      for (let i = 0; i < 4; i++)
        bodies.push(await decide(s, { consentId: id, action: 'custom', d }));
      const clean = await verifyChain(s.ctx.owner, { siteId: s.siteId });
      expect(clean).toMatchObject({ ok: true, records: 4, days: 1, problemCount: 0, problems: [] });
      await expect(verifyChain(s.ctx.viewer, { siteId: s.siteId })).rejects.toThrow(ForbiddenError);
      await expect(verifyChain(s.stranger, { siteId: s.siteId })).rejects.toThrow(NotFoundError);
      await expect(
        verifyChain(s.ctx.owner, { siteId: s.siteId, from: '2026-05-02', to: '2026-05-01' }),
      ).rejects.toThrow(/start date is after/);

      await t.db.execute(sql`ALTER TABLE consent_records DISABLE TRIGGER USER`);
      await t.db.execute(
        sql`UPDATE consent_records SET action = 'accept_all' WHERE id = ${bodies[1]!.recordId}`,
      );
      await t.db.execute(sql`ALTER TABLE consent_records ENABLE TRIGGER USER`);
      const tampered = await verifyChain(s.ctx.admin, { siteId: s.siteId });
      expect(tampered.ok).toBe(false);
      expect(tampered.problems.map((p) => p.recordId)).toContain(bodies[1]!.recordId);
    });
  });

  describe('export', () => {
    async function readAll(stream: ReadableStream<Uint8Array>) {
      const chunks: string[] = [];
      const decoder = new TextDecoder();
      for await (const chunk of stream) chunks.push(decoder.decode(chunk));
      return chunks;
    }

    let s: Awaited<ReturnType<typeof makeSite>>;
    const N = 23;
    beforeAll(async () => {
      s = await makeSite(t.db);
      const d = deps(dayAt(-1, 6));
      await Promise.all(
        Array.from({ length: N - 1 }, (_, i) =>
          decide(s, { consentId: consentIdOf(`export-${i}`), action: 'custom', d }),
        ),
      );
      // A page path a spreadsheet would run as a formula, with a quote and a comma in it.
      await decide(s, {
        consentId: consentIdOf('export-evil'),
        action: 'accept_all',
        at: dayAt(0, 1),
        pagePath: '/=HYPERLINK("x",1)',
      });
    });

    it('streams every record as CSV, one query and one chunk per page', async () => {
      let queries = 0;
      const out = await exportConsents(
        s.ctx.viewer,
        { siteId: s.siteId, format: 'csv' },
        { pageSize: 5, onQuery: () => queries++ },
      );
      expect(out.filename).toBe(`consents-${s.siteKey}.csv`);
      expect(out.contentType).toMatch(/^text\/csv/);
      const chunks = await readAll(out.stream);
      // Header, then ⌈23 / 5⌉ = 5 pages; the fifth is short and ends the stream.
      expect(queries).toBe(5);
      expect(chunks).toHaveLength(1 + 5);
      for (const c of chunks.slice(1)) expect(c.split('\r\n').length - 1).toBeLessThanOrEqual(5);
      const rows = parseCsv(chunks.join(''));
      expect(rows[0]![0]).toBe('recorded_at');
      expect(rows).toHaveLength(1 + N);
      const header = rows[0]!;
      const col = (name: string) => header.indexOf(name);
      const ids = new Set(rows.slice(1).map((r) => r[col('record_id')]));
      expect(ids.size).toBe(N);
      // Oldest first; the formula is defused and survives quoting intact.
      const last = rows.at(-1)!;
      expect(last[col('page_path')]).toBe('/=HYPERLINK("x",1)');
      expect(last[col('action')]).toBe('accept_all');
      expect(JSON.parse(last[col('choices')]!)).toMatchObject({ necessary: true });
      expect(last[col('ip_truncated')]).toBe('203.0.113.0');
    });

    it('reads no further than the reader asks: the memory bound', async () => {
      let queries = 0;
      const out = await exportConsents(
        s.ctx.viewer,
        { siteId: s.siteId, format: 'csv' },
        { pageSize: 5, onQuery: () => queries++ },
      );
      const reader = out.stream.getReader();
      await reader.read(); // header
      await reader.read(); // page 1
      await new Promise((r) => setTimeout(r, 50));
      // Page 1 was read and at most page 2 is queued ahead; pages 3–5 wait for the reader.
      expect(queries).toBeLessThanOrEqual(2);
      await reader.cancel();
    });

    it('R-04: exports JSON for a date range, and an empty range as []', async () => {
      const out = await exportConsents(s.ctx.viewer, {
        siteId: s.siteId,
        format: 'json',
        from: isoDay(dayAt(-1)),
        to: isoDay(dayAt(-1)),
      });
      expect(out.filename).toBe(
        `consents-${s.siteKey}-from-${isoDay(dayAt(-1))}-to-${isoDay(dayAt(-1))}.json`,
      );
      const rows = JSON.parse((await readAll(out.stream)).join('')) as {
        action: string;
        configVersion: number;
      }[];
      expect(rows).toHaveLength(N - 1);
      expect(rows.every((r) => r.action === 'custom' && r.configVersion === 1)).toBe(true);
      const none = await exportConsents(s.ctx.viewer, {
        siteId: s.siteId,
        format: 'json',
        from: '2001-01-01',
        to: '2001-01-31',
      });
      expect(JSON.parse((await readAll(none.stream)).join(''))).toEqual([]);
    });

    it('is refused before anything streams, and is itself audited', async () => {
      await expect(exportConsents(s.stranger, { siteId: s.siteId })).rejects.toThrow(NotFoundError);
      await expect(exportConsents({ db: t.db, actor: null }, { siteId: s.siteId })).rejects.toThrow(
        /sign in/,
      );
      await expect(
        exportConsents(s.ctx.viewer, { siteId: s.siteId, format: 'xml' as 'csv' }),
      ).rejects.toThrow(/format=csv or format=json/);
      await expect(
        exportConsents(s.ctx.viewer, { siteId: s.siteId, from: '2026-05-02', to: '2026-05-01' }),
      ).rejects.toThrow(/start date is after/);
      const events = await t.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.siteId, s.siteId), eq(auditEvents.action, 'export')));
      expect(events.length).toBeGreaterThanOrEqual(3);
      expect(events.some((e) => e.actorId === s.ctx.viewer.actor!.id)).toBe(true);
    });
  });
});
