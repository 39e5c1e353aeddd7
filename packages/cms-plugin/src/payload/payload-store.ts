import type { CollectionSlug, Payload } from 'payload';
import type { TCachedDeclaration, TDeclarationCache } from '../helpers/index.js';
import { CACHE_COLLECTION_SLUG } from './constants.js';

type TRow = {
  id: string | number;
  body?: string | null;
  etag?: string | null;
  version?: number | null;
  fetchedAt?: number | null;
};

const slug = CACHE_COLLECTION_SLUG as CollectionSlug;

/**
 * The plugin's collection as a `TDeclarationCache`: only good copies are kept (a failed
 * attempt never overwrites one). Read back, a copy counts as checked when it was fetched, so
 * the first request after a restart asks the admin again and falls back to it on failure.
 */
export function payloadStore(payload: Payload): TDeclarationCache {
  const find = async (key: string) => {
    const { docs } = await payload.find({
      collection: slug,
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    });
    return docs[0] as TRow | undefined;
  };
  return {
    async get(key) {
      const row = await find(key);
      if (!row?.body) return undefined;
      return {
        html: row.body,
        etag: row.etag ?? null,
        version: row.version ?? null,
        fetchedAt: row.fetchedAt ?? null,
        checkedAt: row.fetchedAt ?? 0,
      };
    },
    async set(key, value) {
      if (value.error || value.html === null) return;
      const data = {
        key,
        body: value.html,
        etag: value.etag,
        version: value.version,
        fetchedAt: value.fetchedAt,
      };
      const row = await find(key);
      if (row)
        await payload.update({
          collection: slug,
          id: row.id,
          data,
          depth: 0,
          overrideAccess: true,
        });
      else await payload.create({ collection: slug, data, depth: 0, overrideAccess: true });
    },
  };
}

// One map per process even when a bundler loads this module more than once (Next does, per
// route bundle).
const SHARED = Symbol.for('smula.cms-plugin.layered-cache');
const OUTDATED = Symbol.for('smula.cms-plugin.outdated-before');

type TShared = {
  [SHARED]?: Map<string, TCachedDeclaration>;
  /** Site key → when a publish was announced: copies checked before then are outdated. */
  [OUTDATED]?: Map<string, number>;
};
const shared = () => {
  const g = globalThis as TShared;
  g[SHARED] ??= new Map();
  g[OUTDATED] ??= new Map();
  return { memory: g[SHARED], outdated: g[OUTDATED] };
};

/** `banner:{siteKey}[:{lang}]` or `declaration:{siteKey}:{locale}` → the site key. */
const siteOf = (key: string) => key.split(':')[1] ?? '';

/**
 * A publish was announced (the webhook): every copy of this site's banner and declarations
 * checked before now is outdated, in memory and in the database alike, so the next request
 * asks the admin instead of waiting for its window (the banner route waits for it, bounded,
 * and falls back to the copy). Returns the banner keys this process holds, for refreshing
 * them at once.
 */
export function markSmulaCopiesOutdated(siteKey: string): string[] {
  const { memory, outdated } = shared();
  outdated.set(siteKey, Date.now());
  if (outdated.size > 1000) outdated.clear();
  return [...memory.keys()].filter((k) => k.startsWith('banner:') && siteOf(k) === siteKey);
}

/**
 * The process's memory in front of the database: reads hit memory, and the database only
 * when memory has nothing (the first request after a start); writes go to memory always and
 * to the database only when the copy itself changed, so a 304 or a failed attempt costs no
 * write.
 */
export function layeredCache(durable: TDeclarationCache): TDeclarationCache {
  const { memory, outdated } = shared();
  // checkedAt 0 tells the fetchers the copy is known to be outdated: ask now.
  const mark = (key: string, e: TCachedDeclaration | undefined) =>
    e && e.checkedAt < (outdated.get(siteOf(key)) ?? 0) ? { ...e, checkedAt: 0 } : e;
  return {
    async get(key) {
      const hit = memory.get(key);
      if (hit) return mark(key, hit);
      const stored = await durable.get(key);
      if (stored) memory.set(key, stored);
      return mark(key, stored);
    },
    async set(key, value) {
      const before = memory.get(key);
      memory.set(key, value);
      const changed = before?.html !== value.html || before?.etag !== value.etag;
      if (changed && !value.error && value.html !== null) await durable.set(key, value);
    },
  };
}
