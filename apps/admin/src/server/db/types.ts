import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

// The database types in a file of their own, so that modules the client imports (the consent
// partitions) can name them without an import cycle back into the client.

export type TSchema = typeof schema;
/** Either driver's database: both are drizzle's PgDatabase over the same schema. */
export type TDb = PgDatabase<PgQueryResultHKT, TSchema>;
export type TTx = PgTransaction<PgQueryResultHKT, TSchema, ExtractTablesWithRelations<TSchema>>;
/** Services accept a database or a transaction, so callers can compose them atomically. */
export type TDbOrTx = TDb | TTx;
