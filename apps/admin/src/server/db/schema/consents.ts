import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sites } from './sites';

/**
 * Proof-of-consent records (compliance.md R-01 … R-05). Append-only and partitioned by month on
 * `created_at`: migration 0004 creates it with `PARTITION BY RANGE`, which drizzle cannot
 * express, and `consent-store/partitions.ts` adds the monthly partitions ahead of time. A trigger
 * refuses UPDATE; DELETE is refused unless the purge job has said so for its transaction.
 *
 * Each site's records of one UTC day form a hash chain (`seq`, `prevHash`, `hash`): editing,
 * inserting or removing a row in the middle breaks it, and `smula consents verify` finds where.
 */
export const consentRecords = pgTable(
  'consent_records',
  {
    /** The client's UUIDv7: also the idempotency key (see `consentReceipts`). */
    id: uuid().notNull(),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    /** Server time of the commit batch; the partition key. */
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    seq: integer().notNull(),
    consentId: text().notNull(),
    action: text().notNull(),
    choices: jsonb().$type<Record<string, boolean>>().notNull(),
    configVersion: integer().notNull(),
    configHash: text().notNull(),
    /** SHA-256 of the banner strings shown in `locale` (core's `bannerTextHash`). */
    textHash: text().notNull(),
    locale: text().notNull(),
    gpc: boolean().notNull(),
    pagePath: text().notNull(),
    userAgent: text(),
    /** IPv4 /24 or IPv6 /48, never the full address. */
    ipTruncated: text(),
    /** Country from a trusted edge header (e.g. CF-IPCountry), when configured. */
    region: text(),
    /**
     * The consent model the visitor's script applied (`opt-in`, `opt-out`, `none`): the version's
     * region rules for `region` (issue 19). Null on records stored before it was kept.
     */
    model: text(),
    clientTime: timestamp({ withTimezone: true, precision: 3 }),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.createdAt, t.id] }),
    index().on(t.siteId, t.consentId),
    index().on(t.siteId, t.createdAt),
  ],
);

/**
 * One row per accepted record id. A unique index on a partitioned table must include the
 * partition key, so `consent_records` itself cannot refuse a retried beacon that arrives in a
 * later month; this small table can. Purged with the records it stands for.
 */
export const consentReceipts = pgTable(
  'consent_receipts',
  {
    recordId: uuid().primaryKey(),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index().on(t.siteId, t.createdAt)],
);

/** The head of each site's hash chain per UTC day: the last `seq` and `hash` written. */
export const consentChainHeads = pgTable(
  'consent_chain_heads',
  {
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    day: date().notNull(),
    seq: integer().notNull(),
    hash: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.day] })],
);
