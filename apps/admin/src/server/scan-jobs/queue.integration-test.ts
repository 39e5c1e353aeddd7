/**
 * The worker path on real PostgreSQL (issue 14): `pnpm smula worker` processes pull scan jobs
 * from pg-boss. Two workers take one job each at the same time; a worker killed with SIGKILL in
 * the middle of a scan loses its job to expiry, and another worker retries it to the end.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { findChromium } from '@smula/testing';
import { eq } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scans } from '../db/schema/scans';
import { startScan } from '../services/scan/start-scan';
import { createSite } from '../services/site/create-site';
import { makeOrganisation } from '../testing/actors';
import { type TTestDatabase, testDrivers } from '../testing/databases';
import { startScanFixtureSite, type TScanFixtureSite } from '../testing/scans';
import { setScanNotifier } from './dispatch';
import { openBoss, sendScanJob } from './queue';

const EXPIRE_SECONDS = 10;
const pg = (await testDrivers()).find((d) => d.name === 'pg');
if (!pg) console.info('[smula] PostgreSQL not reachable: the scan queue test is skipped.');

interface TWorker {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

/** `pnpm smula worker` as its own process group, so SIGKILL takes it like a crashed machine. */
async function startWorker(url: string): Promise<TWorker> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker'], {
    cwd: process.cwd(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: url,
      SMULA_SCAN_ALLOW_PRIVATE: '1',
      SMULA_SCAN_JOB_EXPIRE_SECONDS: String(EXPIRE_SECONDS),
      SMULA_CHROMIUM_PATH: findChromium(),
      SMULA_MAINTENANCE: '0',
    },
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      output.push(...d.toString().split('\n').filter(Boolean));
      if (output.some((l) => l.startsWith('Worker ready'))) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => output.push(...d.toString().split('\n')));
    void exited.then((code) => reject(new Error(`worker exited (${code}): ${output.join('\n')}`)));
  });
  await ready;
  return { child, output, exited };
}

async function until<T>(check: () => Promise<T | undefined | false>): Promise<T> {
  for (;;) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!pg)('scan jobs on PostgreSQL through pg-boss', () => {
  let database: TTestDatabase;
  let boss: PgBoss;
  let fixtures: TScanFixtureSite[] = [];
  const workers: TWorker[] = [];

  beforeAll(async () => {
    database = await pg!.open();
    fixtures = await Promise.all([startScanFixtureSite(), startScanFixtureSite()]);
    boss = await openBoss({
      connectionString: database.url!,
      expireInSeconds: EXPIRE_SECONDS,
      worker: false,
    });
    // The admin's start hands the job to pg-boss, as it does with DATABASE_URL set.
    setScanNotifier((scan) => sendScanJob(boss, scan));
  });
  afterAll(async () => {
    setScanNotifier(undefined);
    // Workers still running stop as an operator stops them (SIGTERM: finish, then exit).
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await boss?.stop({ graceful: false, wait: true });
    await Promise.all(fixtures.map((f) => f.close()));
    await database?.close();
  });

  async function siteFor(fixture: TScanFixtureSite) {
    const { org, ctx } = await makeOrganisation(database.db, ['owner', 'editor']);
    const site = await createSite(ctx.owner, {
      organisationId: org.id,
      name: 'Queue',
      domains: ['127.0.0.1'],
    });
    const start = () => startScan(ctx.editor, { siteId: site.id, url: fixture.url, maxPages: 1 });
    return { site, start };
  }
  const row = async (id: string) =>
    (await database.db.select().from(scans).where(eq(scans.id, id)))[0]!;

  it('two workers take one job each, at the same time', { timeout: 240_000 }, async () => {
    const url = database.url!;
    workers.push(...(await Promise.all([startWorker(url), startWorker(url)])));
    const [a, b] = fixtures as [TScanFixtureSite, TScanFixtureSite];
    a.hold();
    b.hold();
    const scanA = await (await siteFor(a)).start();
    const scanB = await (await siteFor(b)).start();
    // Both first pages are held open at once: one worker takes one scan at a time, so each
    // worker has one of them.
    await Promise.all([a.held(), b.held()]);
    expect((await row(scanA.id)).status).toBe('running');
    expect((await row(scanB.id)).status).toBe('running');
    a.release();
    b.release();
    await until(async () => {
      const [x, y] = [await row(scanA.id), await row(scanB.id)];
      return x.status !== 'running' && y.status !== 'running' && [x, y];
    });
    expect(await row(scanA.id)).toMatchObject({ status: 'done', attempts: 1, error: null });
    expect(await row(scanB.id)).toMatchObject({ status: 'done', attempts: 1, error: null });
    const ran = await until(async () => {
      const lines = workers.map((w) => w.output.filter((l) => /^scan .*: done$/.test(l)));
      return lines.every((l) => l.length === 1) && lines;
    });
    expect(ran.flat().sort()).toEqual([`scan ${scanA.id}: done`, `scan ${scanB.id}: done`].sort());
  });

  it('a worker killed mid-scan: the job expires, another worker retries it and completes', {
    timeout: 240_000,
  }, async () => {
    const [w1, w2] = workers as [TWorker, TWorker];
    // One worker left, so it is the one that takes the scan.
    w2.child.kill('SIGTERM');
    expect(await w2.exited).toBe(0);
    const a = fixtures[0]!;
    const { start } = await siteFor(a);
    a.hold();
    const scan = await start();
    await a.held();
    expect(await row(scan.id)).toMatchObject({ status: 'running', attempts: 1 });
    process.kill(-w1.child.pid!, 'SIGKILL');
    await w1.exited;
    a.release(); // to a browser that is gone
    // Nobody is running it now; a new worker gets the job once pg-boss expires the dead one's.
    workers.push(await startWorker(database.url!));
    const done = await until(async () => {
      const r = await row(scan.id);
      return r.status !== 'running' && r.status !== 'queued' && r;
    });
    expect(done).toMatchObject({ status: 'done', attempts: 2, error: null });
    expect(done.report?.observations.map((o) => o.name).sort()).toEqual(['prefs', 'seen', 'sid']);
  });
});

describe('pnpm smula worker without PostgreSQL', () => {
  it('refuses to start and says the admin runs scans itself', { timeout: 120_000 }, async () => {
    const { DATABASE_URL: _, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(stderr).toContain('Workers need PostgreSQL (DATABASE_URL)');
  });
});
