import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { ensureConsentPartitions } from '../consent-store/partitions';
import * as schema from './schema';

export type TSchema = typeof schema;
/** Either driver's database: both are drizzle's PgDatabase over the same schema. */
export type TDb = PgDatabase<PgQueryResultHKT, TSchema>;
export type TTx = PgTransaction<PgQueryResultHKT, TSchema, ExtractTablesWithRelations<TSchema>>;
/** Services accept a database or a transaction, so callers can compose them atomically. */
export type TDbOrTx = TDb | TTx;

export interface TDbHandle {
  db: TDb;
  driver: 'pg' | 'pglite';
  close: () => Promise<void>;
}

export function migrationsDir(override?: string): string {
  return override ?? join(process.cwd(), 'drizzle');
}

/**
 * Opens PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir`, and applies the
 * committed migrations. Drivers are imported lazily so that PGlite is never loaded (nor its
 * data directory locked) by a deployment that uses PostgreSQL, nor during `next build`.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  migrations?: string;
}): Promise<TDbHandle> {
  const migrationsFolder = migrationsDir(options.migrations);
  if (options.databaseUrl) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const pool = new Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = drizzle(pool, { schema, casing: 'snake_case' });
    await migrate(db, { migrationsFolder });
    await ensureConsentPartitions(db as unknown as TDb, new Date());
    return { db: db as unknown as TDb, driver: 'pg', close: () => pool.end() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  // PGlite does not create parent directories itself.
  mkdirSync(options.dataDir, { recursive: true });
  const client = new PGlite(join(options.dataDir, 'pglite'));
  const db = drizzle(client, { schema, casing: 'snake_case' });
  await migrate(db, { migrationsFolder });
  await ensureConsentPartitions(db as unknown as TDb, new Date());
  return { db: db as unknown as TDb, driver: 'pglite', close: () => client.close() };
}
