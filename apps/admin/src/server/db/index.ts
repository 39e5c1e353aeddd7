import { join } from 'node:path';
import { env } from '~/env';
import { openDatabase, type TDbHandle } from './client';

export type { TDb, TDbOrTx, TTx } from './client';

/** Where the embedded database, and secrets generated for it, live. */
export const dataDir = env.SMULA_DATA_DIR ?? join(process.cwd(), '.data');

let handle: Promise<TDbHandle> | undefined;

/**
 * The process's database, opened on first use (never at import time: `next build` imports
 * route modules and must not open, lock or migrate a database).
 */
export function getDatabase(): Promise<TDbHandle> {
  handle ??= openDatabase({ databaseUrl: env.DATABASE_URL, dataDir }).catch((err) => {
    handle = undefined; // let the next request try again instead of caching the failure
    throw err;
  });
  return handle;
}

export async function getDb() {
  return (await getDatabase()).db;
}
