import {
  bannerTextHash,
  checkRecordAgainstConfig,
  consentExpiry,
  regionModel,
  regionOfCountry,
  type TConsentRecordBody,
  type TConsentRecordProblem,
  type TPublishedConfig,
  type TRegionModel,
} from '@smula/core';
import { and, eq } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { sites } from '../db/schema/sites';
import { configVersions } from '../db/schema/versions';
import type { TDbOrTx } from '../db/types';

/** What ingestion needs of one published version: small, and immutable like the version. */
export interface TVersionFacts {
  siteId: string;
  domains: string[];
  check: (body: TConsentRecordBody) => TConsentRecordProblem | null;
  textHash: (locale: string) => string;
  expiry: (choices: Record<string, boolean>, at: Date) => Date;
  /** The consent model this version's region rules give a visitor from `country` (or none). */
  model: (country: string | null) => TRegionModel;
}

function factsOf(siteId: string, config: TPublishedConfig): TVersionFacts {
  // Keep only what ingestion reads: a declaration with thousands of items stays out of memory.
  const slim = {
    hash: config.hash,
    version: config.version,
    categories: config.categories,
    texts: config.texts,
    site: config.site,
  };
  const hashes = new Map(Object.keys(config.texts).map((l) => [l, bannerTextHash(slim, l)]));
  return {
    siteId,
    domains: config.site.domains,
    check: (body) => checkRecordAgainstConfig(body, slim),
    textHash: (locale) => hashes.get(locale)!,
    expiry: (choices, at) => consentExpiry(slim, choices, at),
    // The same decision the delivery made for this visitor's script (same header, same rules).
    model: (country) => regionModel(config.site.regionRules, regionOfCountry(country)),
  };
}

/**
 * Published versions by `siteKey@n`: least recently used out past `max` entries, so memory stays
 * flat however many sites send records. Versions never change, but a site can be deleted:
 * entries live at most `ttlMs` (10 minutes) so a deleted site's versions do not linger.
 */
export class VersionCache {
  private readonly entries: LRUCache<string, TVersionFacts>;

  constructor(
    options: {
      max?: number;
      ttlMs?: number;
      /** The clock for expiry, in milliseconds (tests pass their own). */
      now?: () => number;
    } = {},
  ) {
    this.entries = new LRUCache<string, TVersionFacts>({
      max: options.max ?? 2000,
      ttl: options.ttlMs ?? 10 * 60_000,
      // Read the clock on every lookup instead of lru-cache's 1 ms cached time: cheap, and an
      // injected clock is then obeyed exactly.
      ttlResolution: 0,
      ...(options.now ? { perf: { now: options.now } } : {}),
    });
  }

  /** The facts when they are in memory, without asking the database. */
  peek(siteKey: string, version: number): TVersionFacts | undefined {
    return this.entries.get(`${siteKey}@${version}`);
  }

  async get(db: TDbOrTx, siteKey: string, version: number): Promise<TVersionFacts | null> {
    const key = `${siteKey}@${version}`;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const [row] = await db
      .select({ siteId: sites.id, config: configVersions.config })
      .from(configVersions)
      .innerJoin(sites, eq(sites.id, configVersions.siteId))
      .where(and(eq(sites.key, siteKey), eq(configVersions.version, version)));
    // Misses are not cached: a version published a moment ago must be found on the next try.
    if (!row) return null;
    const facts = factsOf(row.siteId, row.config);
    this.entries.set(key, facts);
    return facts;
  }

  /** Whether a site key exists at all, to tell "unknown site" from "unknown version". */
  async siteExists(db: TDbOrTx, siteKey: string): Promise<boolean> {
    const [row] = await db.select({ id: sites.id }).from(sites).where(eq(sites.key, siteKey));
    return !!row;
  }
}
