import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * Who holds an embedded data directory, as written in its lock file. Never a command line's
 * arguments (they may hold a password): `command` is a label such as `pnpm smula demo`.
 */
export interface TLockHolder {
  pid: number;
  command: string;
  /** ISO time the lock was taken. */
  since: string;
  hostname: string;
  /** The kernel's boot id and the process's start time (Linux), to tell a reused pid. */
  bootId: string | null;
  startTicks: string | null;
  /** The directory of the holder's PostgreSQL socket (`.s.PGSQL.5432`), once it serves. */
  socketDir: string | null;
}

/** The lock on a data directory, held by this process until `release()`. */
export interface TDataDirLock {
  path: string;
  holder: TLockHolder;
  /** Records where this process serves the database (others connect there). */
  setSocketDir: (dir: string | null) => void;
  release: () => void;
}

/** The data directory is held by another live process. */
export class DataDirHeldError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: TLockHolder | null,
  ) {
    super(describeHolder(lockPath, holder));
    this.name = 'DataDirHeldError';
  }
}

/** `pid 1234 (pnpm smula demo) since 2026-12-06 03:40:00 UTC` */
export function holderLabel(h: TLockHolder): string {
  const since = h.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const where = h.hostname === hostname() ? '' : ` on host ${h.hostname}`;
  return `pid ${h.pid}${where} (${h.command}) since ${since}`;
}

function describeHolder(lockPath: string, h: TLockHolder | null): string {
  if (!h) return `The embedded database is locked by ${lockPath}, which cannot be read.`;
  return `The embedded database is in use by ${holderLabel(h)}.`;
}

export const LOCK_FILE = 'pglite.lock';

/** A lock file that cannot be parsed (being written, or cut short by a crash) and older than
 * this is treated as abandoned. Writing one takes microseconds. */
const UNREADABLE_STALE_MS = 10_000;

// Locks this process holds, by path: a pid equal to ours in a lock we do not hold is a
// leftover of an earlier process that had our pid (a container restarted, say).
const lockHolder = globalThis as typeof globalThis & { __smulaLocks?: Set<string> };
lockHolder.__smulaLocks ??= new Set<string>();
const held = lockHolder.__smulaLocks;

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function startTicks(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) is in parentheses and may contain spaces: count after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

function bootId(): string | null {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() ?? null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the holder is certainly gone: its process no longer exists on this host, or its pid
 * now belongs to another process (a reboot, or the pid was reused). A holder on another host
 * cannot be checked and is never judged stale.
 */
export function isStale(h: TLockHolder): boolean {
  if (h.hostname !== hostname()) return false;
  // Our own pid in a lock this process does not hold (see `held`): an earlier process's.
  if (h.pid === process.pid) return true;
  if (h.bootId && bootId() && h.bootId !== bootId()) return true;
  if (!alive(h.pid)) return true;
  const ticks = startTicks(h.pid);
  return !!(h.startTicks && ticks && ticks !== h.startTicks);
}

function parse(text: string): TLockHolder | null {
  try {
    const h = JSON.parse(text) as TLockHolder;
    return typeof h.pid === 'number' && typeof h.since === 'string' ? h : null;
  } catch {
    return null;
  }
}

/** The holder written in `dataDir`'s lock file, or null when there is none (or it is unreadable). */
export function readLockHolder(dataDir: string): TLockHolder | null {
  const text = readProc(join(dataDir, LOCK_FILE));
  return text === null ? null : parse(text);
}

/**
 * Moves an abandoned lock out of the way. Two processes may judge the same lock stale at once;
 * renaming (atomic) and checking that we moved the very lock we judged means only one of them
 * removes it, and a fresh lock taken meanwhile by a third is put back.
 */
function breakStale(path: string, judged: string): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else moved it first
  }
  const moved = readProc(aside);
  if (moved !== judged) {
    try {
      linkSync(aside, path); // not the one we judged: put it back (fails if a newer one exists)
    } catch {}
  }
  try {
    unlinkSync(aside);
  } catch {}
}

/**
 * Takes the exclusive lock on an embedded data directory, before PGlite opens it: a lock file
 * created with O_EXCL holding our pid, a label of what we are and when we started. A lock
 * whose holder has gone (crashed, killed) is broken and taken; a live holder's is not, and
 * `DataDirHeldError` names it.
 */
export function acquireDataDirLock(dataDir: string, command: string): TDataDirLock {
  const path = join(dataDir, LOCK_FILE);
  const holder: TLockHolder = {
    pid: process.pid,
    command,
    since: new Date().toISOString(),
    hostname: hostname(),
    bootId: bootId(),
    startTicks: startTicks(process.pid),
    socketDir: null,
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const text = readProc(path);
      if (text === null) continue; // released between our open and read: try again
      const other = parse(text);
      if (held.has(path)) throw new DataDirHeldError(path, other); // this process holds it
      if (other ? isStale(other) : Date.now() - mtime(path) > UNREADABLE_STALE_MS) {
        breakStale(path, text);
        continue;
      }
      throw new DataDirHeldError(path, other);
    }
    try {
      writeSync(fd, JSON.stringify(holder));
    } finally {
      closeSync(fd);
    }
    held.add(path);
    const write = () => {
      // Replace atomically, so a reader never sees half a file.
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(holder), { mode: 0o600 });
      renameSync(tmp, path);
    };
    return {
      path,
      holder,
      setSocketDir(dir) {
        holder.socketDir = dir;
        write();
      },
      release() {
        if (!held.delete(path)) return;
        // Remove only our own lock (a stale-breaker may, wrongly, have replaced it).
        if (parse(readProc(path) ?? '')?.pid === process.pid) {
          try {
            unlinkSync(path);
          } catch {}
        }
      },
    };
  }
  throw new DataDirHeldError(path, readLockHolder(dataDir));
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}
