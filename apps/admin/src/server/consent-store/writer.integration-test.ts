/**
 * The writer's two paths (one statement from the heads it remembers, and the locked
 * transaction it falls back to) keep one unbroken chain per site-day whatever interleaves:
 * other writers (instances) on the same site, retried record ids, refused records.
 */
import { asc, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { consentRecords } from '../db/schema/consents';
import { makeConsentSite, testRecordId } from '../testing/consents';
import { describeOnDrivers } from '../testing/databases';
import { verifyConsentChains } from './verify';
import { ConsentWriter, type TRecordToWrite } from './writer';

function record(siteId: string, over: Partial<TRecordToWrite> = {}): TRecordToWrite {
  return {
    id: testRecordId(),
    siteId,
    consentId: 'c0ffee'.padEnd(32, '0'),
    action: 'accept_all',
    choices: { necessary: true, statistics: true },
    configVersion: 1,
    configHash: 'h'.repeat(64),
    textHash: 't'.repeat(64),
    locale: 'sv',
    gpc: false,
    pagePath: '/kontakt',
    userAgent: 'Mozilla/5.0 (test) "quoted" \\ back',
    ipTruncated: '203.0.113.0',
    region: 'SE',
    model: 'opt-in',
    clientTime: new Date('2026-12-01T10:00:00.123Z'),
    expiry: (at) => new Date(at.getTime() + 365 * 86_400_000),
    ...over,
  };
}

await describeOnDrivers('the consent writer', (t) => {
  let siteId: string;
  beforeAll(async () => {
    ({ siteId } = await makeConsentSite(t.db));
  });

  async function chain() {
    const rows = await t.db
      .select({ id: consentRecords.id, seq: consentRecords.seq })
      .from(consentRecords)
      .where(eq(consentRecords.siteId, siteId))
      .orderBy(asc(consentRecords.seq));
    return rows;
  }

  it('two writers (two instances) appending to one site in turn keep one chain', async () => {
    const a = new ConsentWriter(t.db, { lingerMs: 0 });
    const b = new ConsentWriter(t.db, { lingerMs: 0 });
    const sent: string[] = [];
    for (let round = 0; round < 6; round++) {
      // Each writer's remembered head is stale after the other one wrote; single records, so
      // no retry in halves can hide a failed fallback.
      const writer = round % 2 ? b : a;
      const one = record(siteId);
      sent.push(one.id);
      expect(await writer.write(one)).toBe('stored');
    }
    // And both at once, many batches each.
    const both = Array.from({ length: 40 }, (_, i) => record(siteId, { pagePath: `/p/${i}` }));
    sent.push(...both.map((r) => r.id));
    const outcomes = await Promise.all(both.map((r, i) => (i % 2 ? a : b).write(r)));
    expect(outcomes.every((o) => o === 'stored')).toBe(true);

    const rows = await chain();
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(sent));
    expect((await verifyConsentChains(t.db, siteId)).problems).toEqual([]);
  });

  it('a writer whose head another instance moved relinks and writes in one statement', async () => {
    const misses: string[] = [];
    const onChainMiss = (how: string) => misses.push(how);
    const a = new ConsentWriter(t.db, { lingerMs: 0, onChainMiss });
    const b = new ConsentWriter(t.db, { lingerMs: 0, onChainMiss });
    // Each knows the head from its own last write: after the first round each finds it moved.
    for (let round = 0; round < 6; round++)
      expect(await (round % 2 ? b : a).write(record(siteId))).toBe('stored');
    // The first write of each reads the head; the four after it miss once and retry, none locks.
    expect(misses).toEqual(['retry', 'retry', 'retry', 'retry']);
    const rows = await chain();
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect((await verifyConsentChains(t.db, siteId)).problems).toEqual([]);
  });

  it('a record id stored before is a duplicate, and the rest of its batch is stored', async () => {
    const writer = new ConsentWriter(t.db, { lingerMs: 5 });
    const first = record(siteId);
    expect(await writer.write(first)).toBe('stored');
    const again = { ...first, pagePath: '/elsewhere' };
    const fresh = [record(siteId), record(siteId)];
    const outcomes = await Promise.all([
      writer.write(fresh[0]!),
      writer.write(again),
      writer.write(fresh[1]!),
      writer.write(fresh[1]!),
    ]);
    expect(outcomes).toEqual(['stored', 'duplicate', 'stored', 'duplicate']);
    const rows = await chain();
    expect(rows.filter((r) => r.id === first.id)).toHaveLength(1);
    expect(rows.filter((r) => r.id === fresh[1]!.id)).toHaveLength(1);
    // The writer goes on from where the fallback left the chain.
    expect(await writer.write(record(siteId))).toBe('stored');
    expect((await verifyConsentChains(t.db, siteId)).problems).toEqual([]);
  });

  it('a record the database refuses fails alone; the chain goes on without a gap', async () => {
    const writer = new ConsentWriter(t.db, { lingerMs: 5 });
    // A site that does not exist: the foreign key refuses it.
    const orphan = record('00000000-0000-4000-8000-000000000000');
    const good = [record(siteId), record(siteId)];
    const settled = await Promise.allSettled([
      writer.write(good[0]!),
      writer.write(orphan),
      writer.write(good[1]!),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await writer.write(record(siteId))).toBe('stored');
    const rows = await chain();
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect((await verifyConsentChains(t.db, siteId)).problems).toEqual([]);
  });
});
