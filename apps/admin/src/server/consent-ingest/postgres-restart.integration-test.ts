/**
 * Issue 12, defect 2: PostgreSQL going away under load must not crash the consent endpoint,
 * nor lose or double a record it acknowledged; while it is away the endpoint answers 503 with
 * Retry-After and the documented JSON error, and it takes records again within seconds.
 *
 * Two ways: `smula collector` against a throwaway PostgreSQL cluster that is really stopped and
 * started (never the shared server on :5432, which other work uses), and, lighter, every
 * backend of a test database terminated (`pg_terminate_backend`) under the in-process pool.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TPublishedConfig } from '@smula/core';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPool, openDatabase } from '../db/client';
import {
  consentBody,
  consentRequest,
  DEMO_ORIGIN,
  makeConsentSite,
  testIngestDeps,
} from '../testing/consents';
import {
  adminDir,
  freePort,
  loadLoop,
  postgresBin,
  storedOnce,
  throwawayCluster,
  waitUntil,
} from '../testing/faults';
import { ingestConsent } from './ingest';

const PG_ADMIN_URL = process.env.SMULA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A client of the shared server for a test's own setup, or null (with a notice) without one. */
async function adminClient(test: string): Promise<pg.Client | null> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
    return admin;
  } catch {
    console.info(`[smula] PostgreSQL not reachable: the ${test} test is skipped.`);
    return null;
  }
}

const bin = postgresBin();
if (!bin)
  console.info('[smula] PostgreSQL server programs not found: the restart test is skipped.');

describe.skipIf(!bin)('smula collector while its PostgreSQL is stopped and started', () => {
  const children: ChildProcess[] = [];
  let cluster: ReturnType<typeof throwawayCluster> | undefined;
  let stopLoad = () => {};
  afterAll(() => {
    stopLoad();
    for (const c of children) c.kill('SIGKILL');
    cluster?.remove();
  });

  it('does not crash; 503 with Retry-After while away; every 2xx stored once; 2xx again within seconds', async () => {
    const port = await freePort();
    cluster = throwawayCluster(bin!, port);
    cluster.start();
    const env = {
      ...process.env,
      DATABASE_URL: cluster.url,
      SMULA_DATA_DIR: join(tmpdir(), 'smula-unused'),
      SMULA_CONSENT_RATE_PER_IP: '0',
    };
    const cli = (args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
        cwd: adminDir,
        env,
      }).toString();
    const siteKey = /Site key: (\S+)/.exec(cli(['demo']))![1]!;
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const { rows } = await client.query<{ config: TPublishedConfig }>(
      'SELECT v.config FROM config_versions v JOIN sites s ON s.id = v.site_id WHERE s.key = $1',
      [siteKey],
    );
    await client.end();
    const site = { siteKey, config: rows[0]!.config };

    const collectorPort = await freePort();
    const collector = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'collector', '--port', String(collectorPort)],
      { cwd: adminDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(collector);
    let output = '';
    collector.stdout!.on('data', (d) => (output += d));
    collector.stderr!.on('data', (d) => (output += d));
    let exited = false;
    collector.once('exit', () => (exited = true));
    await waitUntil('the collector', () => output.includes('public plane on'), 60_000);

    const post = async (body: { recordId: string }) => {
      try {
        const r = await fetch(`http://127.0.0.1:${collectorPort}/api/v1/consents`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', origin: DEMO_ORIGIN },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(20_000),
        });
        return { status: r.status, retryAfter: r.headers.get('retry-after'), body: await r.text() };
      } catch {
        return { status: 0, retryAfter: null, body: '{}' };
      }
    };
    let stop = false;
    const load = loadLoop(
      post,
      () => consentBody(site),
      () => stop,
    );
    // Whatever fails below, the load stops with the test.
    stopLoad = () => {
      stop = true;
    };
    await waitUntil(
      'records before the restart',
      () => load.result.acknowledged.length >= 12,
      30_000,
    );
    cluster.stop();
    // While it is away the endpoint keeps answering: 503s.
    await waitUntil(
      'a 503 while PostgreSQL is stopped',
      () => load.result.unavailable.length > 0,
      30_000,
    );
    cluster.start();
    const restarted = Date.now();
    // "Within seconds": a 2xx within 15 s of PostgreSQL accepting connections again (the
    // pause after failures is at most 8 s; the rest is slack for a loaded CI machine).
    await waitUntil(
      'a 2xx after the restart',
      () => load.result.ackTimes.some((t) => t > restarted),
      15_000,
    );
    const count = load.result.acknowledged.length;
    await waitUntil(
      'more records after it',
      () => load.result.acknowledged.length >= count + 12,
      30_000,
    );
    stop = true;
    const settled = await load.done;

    expect(exited).toBe(false);
    expect(output).not.toMatch(/Unhandled|uncaught/i);
    expect(settled.other.filter((s) => s !== 0)).toEqual([]);
    expect(settled.unavailable.length).toBeGreaterThan(0);
    for (const u of settled.unavailable) {
      expect(u.code).toBe('unavailable');
      expect(Number(u.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    const { found, doubled } = await storedOnce(cluster.url, settled.acknowledged);
    expect(found).toBe(settled.acknowledged.length);
    expect(doubled).toBe(0);
  }, 180_000);
});

describe('the in-process pool when PostgreSQL terminates its connections', () => {
  it('survives, answers 503 or 2xx, stores every 2xx once and recovers', async () => {
    const admin = await adminClient('terminate');
    if (!admin) return;
    const name = `smula_term_${randomBytes(5).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    let stop = false;
    let stopped: Promise<unknown> = Promise.resolve();
    const handle = await openDatabase({
      databaseUrl: url.toString(),
      dataDir: join(tmpdir(), 'x'),
    });
    try {
      const site = await makeConsentSite(handle.db);
      const deps = testIngestDeps(handle.db);
      const load = loadLoop(
        async (b) => {
          // An answer that never comes is a failure of its own (status -1), not a test timeout.
          const r = await Promise.race([
            ingestConsent(deps, consentRequest(b)),
            new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000)),
          ]);
          if (!r) return { status: -1, retryAfter: null, body: '{}' };
          return {
            status: r.status,
            retryAfter: r.headers['retry-after'] ?? null,
            body: r.body ?? '{}',
          };
        },
        () => consentBody(site),
        () => stop,
      );
      stopped = load.done;
      const terminate = () =>
        admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [name],
        );
      // Busy and idle pooled connections both, three times, with records taken in between.
      for (let i = 0; i < 3; i++) {
        const acked = load.result.acknowledged.length;
        await waitUntil('records', () => load.result.acknowledged.length >= acked + 6, 30_000);
        await terminate();
      }
      const terminated = Date.now();
      await waitUntil(
        'a 2xx after the last termination',
        () => load.result.ackTimes.some((t) => t > terminated),
        15_000,
      );
      stop = true;
      const result = await load.done;
      expect(result.other).toEqual([]); // -1 would be a request never answered
      for (const u of result.unavailable) expect(u.code).toBe('unavailable');
      const { found, doubled } = await storedOnce(url.toString(), result.acknowledged);
      expect(found).toBe(result.acknowledged.length);
      expect(doubled).toBe(0);
    } finally {
      // Whatever failed above, the load stops before the pool closes.
      stop = true;
      await stopped;
      await handle.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});

describe('a pooled connection that dies while checked out', () => {
  it('goes back to the pool even if its user never releases it (drizzle’s failed BEGIN)', async () => {
    const admin = await adminClient('checkout');
    if (!admin) return;
    const pool = await createPool({ connectionString: PG_ADMIN_URL, max: 1 });
    try {
      const client = await pool.connect();
      const pid = (client as unknown as { processID: number }).processID;
      const died = new Promise((r) => client.once('error', r));
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await died;
      // Never released, as drizzle's transaction leaves it when BEGIN fails. With one slot, the
      // pool answers again only if the dead client went back by itself.
      const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one');
      expect(rows[0]!.one).toBe(1);
      client.release(); // the user's late release is harmless
    } finally {
      await pool.end();
      await admin.end();
    }
  });
});
