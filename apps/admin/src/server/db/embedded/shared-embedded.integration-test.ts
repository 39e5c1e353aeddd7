/**
 * Issue 12, defect 1: a command run while the admin server has the embedded database open must
 * neither corrupt it nor lose what the server acknowledged. The server serves the directory on
 * a socket; commands go through it; a second server is refused; a killed server leaves a
 * directory that opens with every acknowledged record in it.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestConsent } from '../../consent-ingest/ingest';
import { verifyConsentChains } from '../../consent-store/verify';
import {
  consentBody,
  consentRequest,
  DEMO_ORIGIN,
  makeConsentSite,
  testIngestDeps,
} from '../../testing/consents';
import { openDatabase, type TDbHandle } from '../client';
import { consentRecords } from '../schema/consents';
import { readLockHolder } from './data-dir-lock';
import { SOCKET_PORT } from './share';

const adminDir = process.cwd();
const tsx = join(adminDir, 'node_modules', '.bin', 'tsx');

interface TRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `pnpm smula …` as a child process against `dataDir`. */
function smula(dataDir: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<TRun>((resolve) => {
    const { DATABASE_URL: _, ...inherited } = process.env;
    execFile(
      tsx,
      ['src/cli/main.ts', ...args],
      { cwd: adminDir, env: { ...inherited, SMULA_DATA_DIR: dataDir, ...env }, timeout: 180_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('the embedded database, served by the admin server to commands', () => {
  let work = '';
  let dataDir = '';
  let server: TDbHandle;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'smula-shared-'));
    dataDir = join(work, 'data');
    server = await openDatabase({ dataDir, role: 'serve', label: 'the test server' });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('a command runs through the server while it takes records; nothing acknowledged is lost', async () => {
    const site = await makeConsentSite(server.db);
    const deps = testIngestDeps(server.db);
    // Records keep arriving at the server the whole time the command runs.
    let running = true;
    const acknowledged: string[] = [];
    const load = (async () => {
      while (running) {
        const bodies = Array.from({ length: 10 }, () => consentBody(site));
        const answers = await Promise.all(
          bodies.map((b) => ingestConsent(deps, consentRequest(b))),
        );
        for (const [i, a] of answers.entries())
          if (a.status === 201) acknowledged.push(bodies[i]!.recordId);
      }
    })();
    const demo = await smula(dataDir, ['demo']);
    const verify = await smula(dataDir, ['consents', 'verify', site.siteKey]);
    running = false;
    await load;

    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Site key:');
    expect(verify).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('every chain is intact'),
    });
    expect(acknowledged.length).toBeGreaterThan(0);
    const [row] = await server.db
      .select({ n: count() })
      .from(consentRecords)
      .where(inArray(consentRecords.id, acknowledged));
    expect(row!.n).toBe(acknowledged.length);
    // What the command wrote is in the server's database (one database, not two).
    const key = /Site key: (\S+)/.exec(demo.stdout)![1]!;
    const found = await server.db.execute(sql`SELECT 1 FROM sites WHERE key = ${key}`);
    expect((found as unknown as { rows: unknown[] }).rows).toHaveLength(1);
  }, 180_000);

  it('doctor runs through the server and says who serves the directory', async () => {
    const res = await smula(dataDir, ['doctor']);
    expect(res).toMatchObject({ code: 0, stderr: '' });
    expect(res.stdout).toContain(`is served by pid ${process.pid} (the test server) since`);
    expect(res.stdout).toContain('Everything looks right.');
  }, 180_000);

  it('a second server on the directory is refused, naming the one that serves it', async () => {
    await expect(
      openDatabase({ dataDir, role: 'serve', label: 'another server', waitMs: 0 }),
    ).rejects.toThrow(
      new RegExp(
        `already served by pid ${process.pid} \\(the test server\\) since .*one admin server per data directory`,
      ),
    );
  }, 180_000);

  it('a client’s transaction never mixes with the server’s statements, and is rolled back when it leaves', async () => {
    const holder = readLockHolder(dataDir)!;
    await server.db.execute(sql`CREATE TABLE IF NOT EXISTS share_probe (n int)`);
    const client = new pg.Client({ host: holder.socketDir!, port: SOCKET_PORT, user: 'postgres' });
    client.on('error', () => {});
    await client.connect();
    await client.query('BEGIN');
    await client.query('INSERT INTO share_probe VALUES (1)');
    // The server's own statement waits until the client's transaction ends…
    let serverDone = false;
    const serverInsert = server.db.execute(sql`INSERT INTO share_probe VALUES (2)`).then(() => {
      serverDone = true;
    });
    await client.query('SELECT pg_sleep(0.2)');
    expect(serverDone).toBe(false);
    await client.query('ROLLBACK');
    await serverInsert;
    // …so the rollback took only the client's row, not the server's.
    const rows = async () =>
      (
        (await server.db.execute(sql`SELECT n FROM share_probe ORDER BY n`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows.map((r) => r.n);
    expect(await rows()).toEqual([2]);

    // A client that vanishes mid-transaction: its work is rolled back, the server goes on.
    await client.query('BEGIN');
    await client.query('INSERT INTO share_probe VALUES (3)');
    (
      client as unknown as { connection: { stream: { destroy: () => void } } }
    ).connection.stream.destroy();
    await server.db.execute(sql`INSERT INTO share_probe VALUES (4)`);
    expect(await rows()).toEqual([2, 4]);
  }, 180_000);

  it('a command waits for a command that holds the directory without serving it, then says who and what to do', async () => {
    const other = join(work, 'other');
    const own = await openDatabase({ dataDir: other, role: 'join', label: 'pnpm smula purge' });
    try {
      const res = await smula(other, ['ocd', 'status'], { SMULA_EMBEDDED_WAIT_SECONDS: '1' });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`in use by pid ${process.pid} (pnpm smula purge) since`);
      expect(res.stderr).toContain('was not released within 1 s');
      expect(res.stderr).toContain(`kill ${process.pid}`);
    } finally {
      await own.close();
    }
    expect((await smula(other, ['ocd', 'status'])).code).toBe(0);
  }, 180_000);
});

describe('a server killed while it takes records and serves a command', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) c.kill('SIGKILL');
  });

  it('leaves a directory that opens, with every acknowledged record and intact chains', async () => {
    const work = mkdtempSync(join(tmpdir(), 'smula-killed-'));
    const dataDir = join(work, 'data');
    try {
      const demo = await smula(dataDir, ['demo']);
      expect(demo).toMatchObject({ code: 0, stderr: '' });
      const siteKey = /Site key: (\S+)/.exec(demo.stdout)![1]!;
      const { DATABASE_URL: _, ...inherited } = process.env;
      // Node itself with tsx's loader: one process, so SIGKILL kills the database's holder (the
      // tsx command would leave its child running).
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/server/testing/embedded-server.ts'],
        {
          cwd: adminDir,
          env: { ...inherited, SMULA_DATA_DIR: dataDir, SMULA_CONSENT_RATE_PER_IP: '0' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      children.push(child);
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d) => {
          out += d;
          const m = /\{"port":(\d+)\}/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        child.once('exit', () => reject(new Error(`server exited: ${out}`)));
      });
      const config = await (
        await fetch(`http://127.0.0.1:${port}/api/v1/consents`, { method: 'OPTIONS' })
      ).text();
      expect(config).toBe('');
      // The published config, read through the server's socket like any command would.
      const viaSocket = await openDatabase({ dataDir, role: 'join', label: 'test reader' });
      expect(viaSocket.driver).toBe('pglite-shared');
      const { configVersions } = await import('../schema/versions');
      const { sites } = await import('../schema/sites');
      const [live] = await viaSocket.db
        .select({ config: configVersions.config, siteId: sites.id })
        .from(configVersions)
        .innerJoin(sites, eq(sites.id, configVersions.siteId))
        .where(eq(sites.key, siteKey));
      await viaSocket.close();
      const site = { siteKey, config: live!.config };

      const acknowledged: string[] = [];
      let posting = true;
      const load = (async () => {
        while (posting) {
          const bodies = Array.from({ length: 8 }, () => consentBody(site));
          const answers = await Promise.all(
            bodies.map((b) =>
              fetch(`http://127.0.0.1:${port}/api/v1/consents`, {
                method: 'POST',
                headers: { 'content-type': 'text/plain', origin: DEMO_ORIGIN },
                body: JSON.stringify(b),
              }).then(
                (r) => r.status,
                () => 0,
              ),
            ),
          );
          for (const [i, s] of answers.entries())
            if (s === 201) acknowledged.push(bodies[i]!.recordId);
          if (answers.includes(0)) break; // the server is gone
        }
      })();
      // A command through the server's socket while records arrive, then the server dies.
      const verify = await smula(dataDir, ['consents', 'verify', siteKey]);
      expect(verify).toMatchObject({ code: 0, stderr: '' });
      while (acknowledged.length < 16) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGKILL');
      posting = false;
      await load;
      if (child.exitCode === null && child.signalCode === null)
        await new Promise((r) => child.once('exit', r));

      // The directory opens (the dead holder's lock is taken over) with everything acknowledged.
      const reopened = await openDatabase({ dataDir, role: 'join', label: 'test reopen' });
      try {
        expect(reopened.driver).toBe('pglite');
        const [row] = await reopened.db
          .select({ n: count() })
          .from(consentRecords)
          .where(inArray(consentRecords.id, acknowledged));
        expect(row!.n).toBe(acknowledged.length);
        const result = await verifyConsentChains(reopened.db, live!.siteId);
        expect(result.problems).toEqual([]);
        expect(result.records).toBeGreaterThanOrEqual(acknowledged.length);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 240_000);
});
