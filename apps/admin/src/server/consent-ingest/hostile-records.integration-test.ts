/**
 * Issue 12's hostile-input defects, on both drivers: records PostgreSQL refuses must neither
 * fail other visitors' records in the same group-commit batch nor break the day's hash chain,
 * and no record field may reach the log.
 */
import { randomBytes } from 'node:crypto';
import type { TPublishedConfig } from '@smula/core';
import { eq, inArray } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { verifyConsentChains } from '../consent-store/verify';
import { ConsentWriter, RecordRefusedError, type TRecordToWrite } from '../consent-store/writer';
import { consentRecords } from '../db/schema/consents';
import {
  consentBody,
  consentRequest,
  makeConsentSite,
  testIngestDeps,
  testRecordId,
} from '../testing/consents';
import { describeOnDrivers } from '../testing/databases';
import { ingestConsent } from './ingest';

await describeOnDrivers('hostile consent records', (t) => {
  let site: { siteId: string; siteKey: string; config: TPublishedConfig };
  let logged: string[];

  beforeAll(async () => {
    site = await makeConsentSite(t.db);
  });

  // Everything the code under test logs, as text: the log-capture assertions read it.
  beforeEach(() => {
    logged = [];
    for (const method of ['error', 'warn', 'info', 'log', 'debug'] as const)
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(
          args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '),
        );
      });
  });
  afterEach(() => vi.restoreAllMocks());

  const stored = async (ids: string[]) =>
    (
      await t.db
        .select({ id: consentRecords.id })
        .from(consentRecords)
        .where(inArray(consentRecords.id, ids))
    ).map((r) => r.id);

  it('refuses what PostgreSQL cannot store at the edge; the valid records around them are stored', async () => {
    const deps = testIngestDeps(t.db);
    const valid = Array.from({ length: 24 }, () => consentBody(site));
    const hostile = [
      ['invalid_text', consentBody(site, { pagePath: '/a\u0000b' })],
      ['invalid_text', consentBody(site, { pagePath: '/\ud800' })],
      ['invalid_time', consentBody(site, { clientTime: '0000-01-01T00:00:00Z' })],
      ['invalid_time', consentBody(site, { clientTime: '9999-12-31T23:30:00-05:00' })],
      ['unknown_category', consentBody(site, { choices: '__proto__' })],
    ] as const;
    // The __proto__ key must reach the server as JSON text: an object literal would set the
    // prototype instead of a key.
    const text = (b: Record<string, unknown>) =>
      b.choices === '__proto__'
        ? JSON.stringify({ ...b, choices: {} }).replace(
            '"choices":{}',
            '"choices":{"__proto__":true,"necessary":true}',
          )
        : JSON.stringify(b);
    // All at once, so that on the old code they share group-commit batches.
    const answers = await Promise.all(
      [...valid.map((b) => ['ok', b] as const), ...hostile].map(([, b]) =>
        ingestConsent(deps, consentRequest(text(b))),
      ),
    );
    expect(answers.slice(0, valid.length).map((a) => a.status)).toEqual(valid.map(() => 201));
    const refused = answers.slice(valid.length);
    expect(refused.map((a) => a.status)).toEqual(hostile.map(() => 400));
    expect(refused.map((a) => JSON.parse(a.body!).error.code)).toEqual(hostile.map(([c]) => c));
    expect((await stored(valid.map((b) => b.recordId))).length).toBe(valid.length);
    expect(await stored(hostile.map(([, b]) => b.recordId))).toEqual([]);
    expect((await verifyConsentChains(t.db, site.siteId)).problems).toEqual([]);
    // Nothing of any record reached the log (the old code logged failed batches' parameters).
    const log = logged.join('\n');
    for (const value of ['/kontakt', 'c0ffee', 'Mozilla/5.0 (test)', '203.0.113', '\u0000'])
      expect(log).not.toContain(value);
  });

  it('the writer isolates a record the database refuses: the rest of its batch commits, the chain stays whole, the log holds no field', async () => {
    // Straight to the writer, past the edge's checks: the database itself refuses these.
    const writer = new ConsentWriter(t.db, { lingerMs: 20 });
    const marker = randomBytes(6).toString('hex');
    const record = (over: Partial<TRecordToWrite> = {}): TRecordToWrite => ({
      id: testRecordId(),
      siteId: site.siteId,
      consentId: randomBytes(16).toString('hex'),
      action: 'custom',
      choices: { necessary: true, [`k${marker}`]: true },
      configVersion: site.config.version,
      configHash: site.config.hash,
      textHash: 'ab'.repeat(32),
      locale: 'sv',
      gpc: false,
      pagePath: `/secret-path-${marker}`,
      userAgent: `Agent-${marker}`,
      ipTruncated: '198.51.100.0',
      region: null,
      model: null,
      clientTime: null,
      expiry: (at) => new Date(at.getTime() + 86_400_000),
      ...over,
    });
    const good = Array.from({ length: 30 }, () => record());
    const bad = [
      record({ pagePath: `/nul-${marker}\u0000` }),
      record({ clientTime: new Date(Date.UTC(10_000, 0, 1)) }),
    ];
    const all = [...good.slice(0, 10), bad[0]!, ...good.slice(10, 20), bad[1]!, ...good.slice(20)];
    const results = await Promise.allSettled(all.map((r) => writer.write(r)));
    const outcome = (r: TRecordToWrite) => results[all.indexOf(r)]!;
    for (const r of good) expect(outcome(r)).toEqual({ status: 'fulfilled', value: 'stored' });
    for (const r of bad) {
      const o = outcome(r);
      expect(o.status).toBe('rejected');
      expect((o as PromiseRejectedResult).reason).toBeInstanceOf(RecordRefusedError);
    }
    expect((await stored(good.map((r) => r.id))).length).toBe(good.length);
    expect(await stored(bad.map((r) => r.id))).toEqual([]);
    expect((await verifyConsentChains(t.db, site.siteId)).problems).toEqual([]);

    // The failures were logged (class, code, size, ids) without any record's content.
    const log = logged.join('\n');
    expect(log).toContain(bad[0]!.id);
    expect(log).toMatch(/not stored: \w+/);
    for (const r of all)
      for (const value of [
        r.pagePath,
        r.userAgent!,
        r.consentId,
        JSON.stringify(r.choices),
        `k${marker}`,
        marker,
      ])
        expect(log).not.toContain(value);
    expect(log).not.toContain('198.51.100');
  });

  it('a lone surrogate is refused, so the day’s chain still verifies', async () => {
    const deps = testIngestDeps(t.db);
    const ok = consentBody(site, { pagePath: '/före/😀' });
    const lone = consentBody(site, { pagePath: '/x\udc00' });
    const [a, b] = await Promise.all([
      ingestConsent(deps, consentRequest(ok)),
      ingestConsent(deps, consentRequest(lone)),
    ]);
    expect(a.status).toBe(201);
    expect(b.status).toBe(400);
    expect(JSON.parse(b.body!).error).toMatchObject({
      code: 'invalid_text',
      message: expect.stringContaining('pagePath'),
    });
    const [row] = await t.db
      .select()
      .from(consentRecords)
      .where(eq(consentRecords.id, ok.recordId));
    expect(row!.pagePath).toBe('/före/😀');
    expect((await verifyConsentChains(t.db, site.siteId)).problems).toEqual([]);
  });
});
