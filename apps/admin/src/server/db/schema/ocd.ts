import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The Open Cookie Database (github.com/jkwakman/Open-Cookie-Database, Apache-2.0), as the
 * operator last loaded it. Global reference data, not a tenant's: no organisation column, and
 * only the operator (CLI `ocd load`) replaces it. Smula never ships the CSV itself.
 */
export const ocdEntries = pgTable(
  'ocd_entries',
  {
    /** The database's own ID (a UUID in practice, kept as text). */
    id: text().primaryKey(),
    platform: text().notNull().default(''),
    /** As the database writes it: Analytics, Marketing, Functional, Security … */
    category: text().notNull(),
    /** `Cookie / Data Key name`; a prefix when `wildcard` is true. */
    name: text().notNull(),
    domain: text().notNull().default(''),
    description: text().notNull().default(''),
    /** Free text as written (`2 years`, `session` …); parsed when suggesting. */
    retention: text().notNull().default(''),
    dataController: text().notNull().default(''),
    privacyUrl: text().notNull().default(''),
    wildcard: boolean().notNull().default(false),
    loadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ocd_entries_name_idx').on(t.name),
    // Case-insensitive prefix lookups (`lower(name) like 'abc%'`) while an editor types.
    index('ocd_entries_name_prefix_idx').using('btree', sql`lower(${t.name}) text_pattern_ops`),
  ],
);

/** One row per load, for `ocd.status`: where the data came from and what it held. */
export const ocdLoads = pgTable('ocd_loads', {
  id: uuid().primaryKey().defaultRandom(),
  /** The path or URL (without credentials or query string) the operator loaded. */
  source: text().notNull(),
  rows: integer().notNull(),
  warnings: integer().notNull(),
  loadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
