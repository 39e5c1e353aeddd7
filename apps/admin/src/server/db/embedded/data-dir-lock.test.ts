import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  DataDirHeldError,
  LOCK_FILE,
  readLockHolder,
  type TLockHolder,
} from './data-dir-lock';

let dir = '';
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'smula-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

/** A live process that is not us, with the lock it would have written. */
async function otherProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((r) => child.once('spawn', r));
  return child;
}

function writeLock(holder: Partial<TLockHolder>) {
  const full: TLockHolder = {
    pid: 1,
    command: 'pnpm smula demo',
    since: '2026-12-06T03:40:00.000Z',
    hostname: hostname(),
    bootId: null,
    startTicks: null,
    socketDir: null,
    ...holder,
  };
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(full));
}

describe('the data-directory lock', () => {
  it('is exclusive: a second taker learns who holds it; release frees it', () => {
    const lock = acquireDataDirLock(dir, 'the admin server (next start)');
    expect(readLockHolder(dir)).toMatchObject({
      pid: process.pid,
      command: 'the admin server (next start)',
    });
    expect(() => acquireDataDirLock(dir, 'pnpm smula demo')).toThrow(DataDirHeldError);
    try {
      acquireDataDirLock(dir, 'pnpm smula demo');
    } catch (err) {
      expect((err as Error).message).toContain(
        `pid ${process.pid} (the admin server (next start)) since`,
      );
    }
    lock.setSocketDir('/some/where');
    expect(readLockHolder(dir)?.socketDir).toBe('/some/where');
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireDataDirLock(dir, 'pnpm smula demo').release();
  });

  it('refuses while another live process holds it, naming pid, command and time', async () => {
    const child = await otherProcess();
    writeLock({ pid: child.pid! });
    const err = (() => {
      try {
        acquireDataDirLock(dir, 'x');
      } catch (e) {
        return e as DataDirHeldError;
      }
    })();
    expect(err).toBeInstanceOf(DataDirHeldError);
    expect(err!.message).toBe(
      `The embedded database is in use by pid ${child.pid} (pnpm smula demo) since 2026-12-06 03:40:00 UTC.`,
    );
  });

  it('takes over the lock of a process that is gone', async () => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((r) => child.once('exit', r));
    writeLock({ pid: child.pid! });
    const lock = acquireDataDirLock(dir, 'pnpm smula doctor');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it.skipIf(!existsSync('/proc/self/stat'))(
    'takes over a lock whose pid now belongs to another process (pid reuse, a reboot)',
    async () => {
      const child = await otherProcess();
      writeLock({ pid: child.pid!, startTicks: '1' });
      acquireDataDirLock(dir, 'x').release();
      writeLock({ pid: child.pid!, bootId: 'another-boot' });
      acquireDataDirLock(dir, 'x').release();
    },
  );

  it('never judges a holder on another host stale', () => {
    writeLock({ pid: 999_999_999, hostname: 'elsewhere' });
    expect(() => acquireDataDirLock(dir, 'x')).toThrow(/pid 999999999 on host elsewhere/);
  });
});
