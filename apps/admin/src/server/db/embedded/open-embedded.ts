import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import {
  acquireDataDirLock,
  DataDirHeldError,
  holderLabel,
  isStale,
  LOCK_FILE,
  readLockHolder,
  type TDataDirLock,
  type TLockHolder,
} from './data-dir-lock';
import { SOCKET_FILE, SOCKET_PORT, serveEmbedded, type TShareServer } from './share';

/**
 * How a process uses an embedded data directory:
 * - `serve` (the admin server): owns it, waiting while a command finishes with it, and serves
 *   it to commands over a socket in the directory;
 * - `join` (a `pnpm smula` command): goes through the server's socket when one serves it,
 *   else opens it itself for as long as the command runs.
 */
export type TEmbeddedRole = 'serve' | 'join';

/** What `openEmbedded` opened: PGlite in this process, or the server's through its socket. */
export type TEmbeddedConnection =
  | {
      kind: 'own';
      client: PGlite;
      lock: TDataDirLock;
      /** Starts serving it to commands (role `serve`): call once it is migrated and ready. */
      serve: () => Promise<void>;
      close: () => Promise<void>;
    }
  | { kind: 'socket'; socketDir: string; holder: TLockHolder };

/** The data directory cannot be used now; the message says by whom and what to do. */
export class EmbeddedDatabaseBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedDatabaseBusyError';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// A Unix socket path is limited to about 107 bytes; past that the socket goes to a private
// temporary directory, which the lock file names.
const MAX_SOCKET_PATH = 100;

function socketDirFor(dataDir: string): string {
  const dir = join(dataDir, 'socket');
  if (join(dir, SOCKET_FILE).length <= MAX_SOCKET_PATH) return dir;
  return mkdtempSync(join(tmpdir(), 'smula-db-'));
}

/** Whether a PostgreSQL client can talk to the socket at all (a holder that hangs cannot). */
async function answers(socketDir: string): Promise<boolean> {
  const { Client } = await import('pg');
  const client = new Client({
    host: socketDir,
    port: SOCKET_PORT,
    user: 'postgres',
    database: 'postgres',
    connectionTimeoutMillis: 5000,
    query_timeout: 10_000,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function busy(lockPath: string, holder: TLockHolder | null, role: TEmbeddedRole, waited: number) {
  const who = holder ? holderLabel(holder) : 'another process';
  const seconds = Math.round(waited / 1000);
  if (holder?.socketDir && role === 'serve')
    return new EmbeddedDatabaseBusyError(
      `The embedded database is already served by ${who}: one admin server per data directory. Stop that one, give this one its own SMULA_DATA_DIR, or use PostgreSQL (DATABASE_URL).`,
    );
  if (holder?.socketDir)
    return new EmbeddedDatabaseBusyError(
      `The embedded database is held by ${who}, which does not answer on its socket (${join(holder.socketDir, SOCKET_FILE)}). Stop it (kill ${holder.pid}) and try again.`,
    );
  return new EmbeddedDatabaseBusyError(
    `The embedded database is in use by ${who}${seconds ? ` and was not released within ${seconds} s` : ''}. Wait for it to finish, or stop it${holder ? ` (kill ${holder.pid})` : ''}. If no such process is running, delete ${lockPath}.`,
  );
}

/**
 * Opens an embedded data directory safely: never two processes' PGlite on one directory (that
 * corrupts it), always the exclusive lock before PGlite opens it. See `TEmbeddedRole`.
 */
export async function openEmbedded(options: {
  dataDir: string;
  role: TEmbeddedRole;
  /** What this process is, for others' messages: `next start`, `pnpm smula demo`. */
  label: string;
  /** How long to wait for a holder that does not serve to let go (default 60 s). */
  waitMs?: number;
  /** Told once when it has to wait, with whom. */
  onWait?: (holder: TLockHolder | null) => void;
}): Promise<TEmbeddedConnection> {
  const { dataDir, role } = options;
  // PGlite does not create parent directories itself.
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_FILE);
  const started = Date.now();
  const deadline = started + (options.waitMs ?? 60_000);
  let told = false;
  for (;;) {
    let lock: TDataDirLock;
    try {
      lock = acquireDataDirLock(dataDir, options.label);
    } catch (err) {
      if (!(err instanceof DataDirHeldError)) throw err;
      const holder = err.holder;
      if (holder?.socketDir) {
        if (role === 'serve') throw busy(lockPath, holder, role, 0);
        if (await answers(holder.socketDir))
          return { kind: 'socket', socketDir: holder.socketDir, holder };
        // Not answering: gone meanwhile (try again), or alive and hung (say so).
        const now = readLockHolder(dataDir);
        if (now && now.pid === holder.pid && !isStale(now)) throw busy(lockPath, holder, role, 0);
        continue;
      }
      if (Date.now() >= deadline) throw busy(lockPath, holder, role, Date.now() - started);
      if (!told) options.onWait?.(holder);
      told = true;
      await sleep(200);
      continue;
    }
    return openOwn(dataDir, lock, role);
  }
}

async function openOwn(
  dataDir: string,
  lock: TDataDirLock,
  role: TEmbeddedRole,
): Promise<TEmbeddedConnection> {
  let client: PGlite | undefined;
  let socketDir: string | undefined;
  // Should the process end without closing (Next exits on a signal), leave no lock behind. The
  // database itself recovers like PostgreSQL after a crash: a commit is in its log.
  const onExit = () => {
    if (socketDir) rmSync(join(socketDir, SOCKET_FILE), { force: true });
    lock.release();
  };
  process.once('exit', onExit);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    client = new PGlite(join(dataDir, 'pglite'));
    await client.waitReady;
    const own = client;
    let share: TShareServer | null = null;
    let closing: Promise<void> | undefined;
    return {
      kind: 'own',
      client: own,
      lock,
      async serve() {
        if (role !== 'serve' || share) return;
        socketDir = socketDirFor(dataDir);
        share = await serveEmbedded(own, socketDir);
        // Only now do commands learn where to connect; until then they wait for the lock.
        lock.setSocketDir(share.socketDir);
      },
      close: () =>
        (closing ??= (async () => {
          try {
            lock.setSocketDir(null);
            await share?.close();
            // A socket directory of its own in the temporary folder (a long data path) goes too.
            if (socketDir && !socketDir.startsWith(dataDir))
              rmSync(socketDir, { recursive: true, force: true });
            await own.close();
          } finally {
            process.off('exit', onExit);
            lock.release();
          }
        })()),
    };
  } catch (err) {
    await client?.close().catch(() => {});
    process.off('exit', onExit);
    onExit();
    throw err;
  }
}
