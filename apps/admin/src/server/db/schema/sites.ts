import type { TAppearance, TLocaleTextsDraft, TSiteSettings } from '@smula/core';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations';

/**
 * A site and its declaration-level settings. Settings, texts and appearance are validated
 * documents (zod schemas from @smula/core/schema) rather than dozens of columns: they are read
 * and written whole, and publishing freezes them as they are.
 */
export const sites = pgTable(
  'sites',
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    /** Public, unguessable key used in script URLs and consent records. */
    key: text().notNull().unique(),
    settings: jsonb().$type<TSiteSettings>().notNull(),
    texts: jsonb().$type<Record<string, TLocaleTextsDraft>>().notNull().default({}),
    appearance: jsonb().$type<TAppearance>().notNull(),
    /** The live published version's number; null until the first publish. */
    liveVersion: integer(),
    /** Months consent records are kept after the consent expires (compliance.md R-05). */
    consentRetentionMonths: integer().notNull().default(12),
    /** Optimistic concurrency: every write must name the revision it read. */
    revision: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organisationId)],
);
