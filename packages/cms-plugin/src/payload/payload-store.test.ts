// Refresh on publish (issue 20): the webhook marks a site's copies outdated, in memory and as
// read back from the database, and only that site's.
import { describe, expect, it } from 'vitest';
import type { TCachedDeclaration, TDeclarationCache } from '../helpers/index.js';
import { layeredCache, markSmulaCopiesOutdated } from './payload-store.js';

const copy = (checkedAt: number): TCachedDeclaration => ({
  html: 'x',
  etag: '"e"',
  version: 1,
  fetchedAt: checkedAt,
  checkedAt,
});

describe('markSmulaCopiesOutdated', () => {
  it("marks the site's copies checked before now (checkedAt 0), in memory and from the database", async () => {
    const durable = new Map<string, TCachedDeclaration>();
    const store: TDeclarationCache = {
      get: (k) => durable.get(k),
      set: (k, v) => durable.set(k, v),
    };
    const cache = layeredCache(store);
    const t = Date.now() - 1000;
    await cache.set('banner:site_aaaa_1', copy(t));
    await cache.set('banner:site_aaaa_1:sv', copy(t));
    await cache.set('declaration:site_aaaa_1:en', copy(t));
    await cache.set('banner:site_bbbb_2', copy(t));
    durable.set('declaration:site_aaaa_1:sv', copy(t)); // only in the database

    expect(markSmulaCopiesOutdated('site_aaaa_1').sort()).toEqual([
      'banner:site_aaaa_1',
      'banner:site_aaaa_1:sv',
    ]);
    for (const key of [
      'banner:site_aaaa_1',
      'banner:site_aaaa_1:sv',
      'declaration:site_aaaa_1:en',
      'declaration:site_aaaa_1:sv',
    ])
      expect((await cache.get(key))?.checkedAt, key).toBe(0);
    // Another site's copy is left alone, and a copy checked after the mark is current.
    expect((await cache.get('banner:site_bbbb_2'))?.checkedAt).toBe(t);
    const later = Date.now() + 5;
    await cache.set('banner:site_aaaa_1', { ...copy(later), html: 'new' });
    expect((await cache.get('banner:site_aaaa_1'))?.checkedAt).toBe(later);
  });
});
