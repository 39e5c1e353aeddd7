import { join } from 'node:path';
import { env } from '~/env';
import { openDatabase, type TDbHandle } from './client';
import type { TLockHolder } from './embedded/data-dir-lock';
import type { TEmbeddedRole } from './embedded/open-embedded';

export type { TDb, TDbOrTx, TTx } from './types';

/** Where the embedded database, and secrets generated for it, live. */
export const dataDir = env.SMULA_DATA_DIR ?? join(process.cwd(), '.data');

// One handle per process, kept on globalThis: Next bundles route handlers and pages into
// separate chunks, each with its own copy of this module, and two PGlite instances on one data
// directory would each see (and overwrite) a different database.
const holder = globalThis as typeof globalThis & { __smulaDb?: Promise<TDbHandle> };

/**
 * The process's database, opened on first use (never at import time: `next build` imports
 * route modules and must not open, lock or migrate a database). The admin server calls it
 * without options (it serves an embedded directory to commands); `pnpm smula` joins.
 */
export function getDatabase(
  options: {
    role?: TEmbeddedRole;
    label?: string;
    onWait?: (holder: TLockHolder | null) => void;
    /** false: leave migrations and partitions as they are (`pnpm smula doctor` reports them). */
    migrate?: boolean;
  } = {},
): Promise<TDbHandle> {
  holder.__smulaDb ??= openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir,
    role: options.role ?? 'serve',
    label: options.label ?? 'the admin server (next start)',
    waitMs: env.SMULA_EMBEDDED_WAIT_SECONDS * 1000,
    migrate: options.migrate,
    onWait:
      options.onWait ??
      ((h) =>
        console.info(
          `Waiting for pid ${h?.pid ?? '?'} (${h?.command ?? 'unknown'}) to finish with the embedded database in ${dataDir} …`,
        )),
  }).catch((err) => {
    holder.__smulaDb = undefined; // let the next request try again instead of caching the failure
    throw err;
  });
  return holder.__smulaDb;
}

export async function getDb() {
  return (await getDatabase()).db;
}
