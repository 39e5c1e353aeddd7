import {
  customType,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sites } from './sites';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  // PGlite hands back a Uint8Array, node-postgres a Buffer: one type for the code that reads it.
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * The public plane's precomputed answers: for each published version, the bytes served for
 * the script, the config and the declaration (per negotiated locale), with their strong ETag
 * and their brotli and gzip encodings, so a request is a lookup and a write of ready bytes.
 * Written at publish time, and lazily for versions published before this table existed.
 * Derived data: deleting a row only costs a rebuild; the site's removal cascades.
 */
export const deliveryAnswers = pgTable(
  'delivery_answers',
  {
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    /** `script`, `config` or `declaration`. */
    kind: text().notNull(),
    /** What else the bytes depend on: the consent endpoint (script), the locale (declaration). */
    variant: text().notNull(),
    contentType: text().notNull(),
    etag: text().notNull(),
    body: bytea().notNull(),
    brotli: bytea().notNull(),
    gzip: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.siteId, t.version, t.kind, t.variant] })],
);
