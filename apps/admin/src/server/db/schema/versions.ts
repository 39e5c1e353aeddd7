import type { TPublishedConfig } from '@smula/core';
import { index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { sites } from './sites';

/**
 * Published config versions: immutable. No code path updates or deletes a row, and a trigger
 * (migration 0001) makes the database refuse it too; only deleting the whole site may remove
 * them, through the cascade, which the trigger lets pass.
 */
export const configVersions = pgTable(
  'config_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    hash: text().notNull(),
    materialHash: text().notNull(),
    config: jsonb().$type<TPublishedConfig>().notNull(),
    note: text().notNull().default(''),
    authorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** For a rollback: the version whose content this one republishes. */
    rollbackOf: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.siteId, t.version), index().on(t.siteId, t.hash)],
);
