import type { TPublishedConfig } from '@smula/core';
import { beforeAll, expect, it } from 'vitest';
import { makeConsentSite } from '../testing/consents';
import { describeOnDrivers } from '../testing/databases';
import { VersionCache } from './versions';

await describeOnDrivers('version cache', (t) => {
  let sites: { siteKey: string; config: TPublishedConfig }[];
  beforeAll(async () => {
    sites = [];
    for (let i = 0; i < 3; i++) sites.push(await makeConsentSite(t.db));
  });
  // A hit returns the very object cached; a miss reads the database and builds a new one.
  const get = (cache: VersionCache, i: number) =>
    cache.get(t.db, sites[i]!.siteKey, sites[i]!.config.version);

  it('evicts the least recently used entry, not the oldest', async () => {
    const cache = new VersionCache({ max: 2 });
    const a = await get(cache, 0);
    const b = await get(cache, 1);
    expect(await get(cache, 0)).toBe(a); // a is now the most recently used
    await get(cache, 2); // evicts b (a FIFO would evict a)
    expect(await get(cache, 0)).toBe(a);
    expect(await get(cache, 1)).not.toBe(b);
    expect((await get(cache, 1))!.siteId).toBe(b!.siteId);
  });

  it('forgets an entry after its time to live, on the injected clock', async () => {
    let now = 1_000_000;
    const cache = new VersionCache({ ttlMs: 60_000, now: () => now });
    const a = await get(cache, 0);
    now += 59_999;
    expect(await get(cache, 0)).toBe(a);
    now += 2;
    expect(await get(cache, 0)).not.toBe(a);
  });

  it('does not cache a miss', async () => {
    const cache = new VersionCache();
    expect(await cache.get(t.db, sites[0]!.siteKey, 999)).toBeNull();
  });
});
