import { join } from 'node:path';
import type { Pool, PoolClient, PoolConfig } from 'pg';
import { ensureConsentPartitions } from '../consent-store/partitions';
import type { TLockHolder } from './embedded/data-dir-lock';
import type { TEmbeddedRole } from './embedded/open-embedded';
import { describeError } from './errors';
import * as schema from './schema';
import type { TDb } from './types';

export type { TDb, TDbOrTx, TSchema, TTx } from './types';

export interface TDbHandle {
  db: TDb;
  /** `pglite-shared`: the embedded database of the admin server, through its socket. */
  driver: 'pg' | 'pglite' | 'pglite-shared';
  close: () => Promise<void>;
}

export function migrationsDir(override?: string): string {
  return override ?? join(process.cwd(), 'drizzle');
}

/**
 * A node-postgres pool that survives its server: an idle connection the server ends (a
 * restart, `pg_terminate_backend`) emits 'error' on the pool, and one in use between two
 * statements emits it on its client; without listeners either crashes the process. The pool
 * drops such connections and opens new ones on demand, so it recovers by itself.
 */
export async function createPool(config: PoolConfig): Promise<Pool> {
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionTimeoutMillis: 5000, ...config });
  const lost = (err: Error) =>
    console.error(`database connection lost: ${describeError(err)}; reconnecting on next use`);
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  guardCheckouts(pool);
  return pool;
}

/**
 * drizzle's transaction on a pool checks a client out and sends BEGIN before its try/finally,
 * so when the connection died in between, the client is never released: after a few of those
 * the pool is full of dead clients and waits forever (found by the terminate test). Here a
 * checked-out client whose connection fails goes back at once (the pool discards it); its
 * user's own release, if it comes, is then a no-op.
 */
function guardCheckouts(pool: Pool): void {
  const connect = pool.connect as (this: Pool, ...args: unknown[]) => unknown;
  pool.connect = function (this: Pool, ...args: unknown[]) {
    // With a callback it is pg's own pool.query, which releases on errors itself.
    if (args.length) return connect.apply(this, args);
    return (connect.call(this) as Promise<PoolClient>).then((client) => {
      const release = client.release;
      let released = false;
      const finish = (err?: Error | boolean) => {
        if (released) return;
        released = true;
        client.off('error', finish);
        release.call(client, err);
      };
      client.on('error', finish);
      client.release = finish;
      return client;
    });
  } as Pool['connect'];
}

async function overPool(pool: Pool, migrationsFolder: string | null): Promise<TDb> {
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const db = drizzle(pool, { schema, casing: 'snake_case' });
  if (migrationsFolder) {
    await migrate(db, { migrationsFolder });
    await ensureConsentPartitions(db as unknown as TDb, new Date());
  }
  return db as unknown as TDb;
}

/**
 * Opens PostgreSQL when `databaseUrl` is set, else the embedded PGlite in `dataDir` (see
 * `openEmbedded` for how two processes share it), and applies the committed migrations.
 * Drivers are imported lazily so that PGlite is never loaded by a deployment that uses
 * PostgreSQL, nor during `next build`.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  migrations?: string;
  /** How to use an embedded directory: `serve` (the admin server, default) or `join`. */
  role?: TEmbeddedRole;
  /** What this process is, shown to others that find the directory in use. */
  label?: string;
  /** Told when the embedded directory is held and this process waits for it. */
  onWait?: (holder: TLockHolder | null) => void;
  waitMs?: number;
  /** false: open as it is, without migrating or adding partitions (`pnpm smula doctor`). */
  migrate?: boolean;
}): Promise<TDbHandle> {
  const migrationsFolder = options.migrate === false ? null : migrationsDir(options.migrations);
  if (options.databaseUrl) {
    const pool = await createPool({ connectionString: options.databaseUrl, max: 10 });
    try {
      return { db: await overPool(pool, migrationsFolder), driver: 'pg', close: () => pool.end() };
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
  }
  const { openEmbedded } = await import('./embedded/open-embedded');
  const opened = await openEmbedded({
    dataDir: options.dataDir,
    role: options.role ?? 'serve',
    label: options.label ?? 'next start',
    onWait: options.onWait,
    waitMs: options.waitMs,
  });
  if (opened.kind === 'socket') {
    // PGlite is one session: more connections would only queue at the server.
    const pool = await createPool({
      host: opened.socketDir,
      port: 5432,
      user: 'postgres',
      database: 'postgres',
      max: 1,
    });
    try {
      const db = await overPool(pool, migrationsFolder);
      return { db, driver: 'pglite-shared', close: () => pool.end() };
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
  }
  try {
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const db = drizzle(opened.client, { schema, casing: 'snake_case' });
    if (migrationsFolder) {
      await migrate(db, { migrationsFolder });
      await ensureConsentPartitions(db as unknown as TDb, new Date());
    }
    await opened.serve();
    return { db: db as unknown as TDb, driver: 'pglite', close: opened.close };
  } catch (err) {
    await opened.close().catch(() => {});
    throw err;
  }
}
