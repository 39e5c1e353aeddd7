/**
 * Issue 16: `smula public` under faults, against a throwaway PostgreSQL cluster that is really
 * stopped and started (never the shared server on :5432, which other work uses):
 * - PostgreSQL restarted during a consent load: every record acknowledged with 2xx is stored
 *   exactly once, and the server takes records again without a restart;
 * - PostgreSQL stopped: a warmed site's /b/{key}.js is still served 200 (stale-if-error);
 * - kill -9 of the server mid-load: nothing acknowledged is lost;
 * - SIGTERM with records held for the database: they are committed before the process exits.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TPublishedConfig } from '@smula/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentBody, DEMO_ORIGIN } from '../testing/consents';
import {
  adminDir,
  freePort,
  loadLoop,
  postgresBin,
  storedOnce,
  throwawayCluster,
  waitUntil,
} from '../testing/faults';

const bin = postgresBin();
if (!bin)
  console.info('[smula] PostgreSQL server programs not found: the fault tests are skipped.');

describe.skipIf(!bin)('smula public under faults', () => {
  let cluster: ReturnType<typeof throwawayCluster>;
  let env: NodeJS.ProcessEnv;
  let site: { siteKey: string; config: TPublishedConfig };
  const children: ChildProcess[] = [];
  let stopLoad = () => {};

  beforeAll(async () => {
    cluster = throwawayCluster(bin!, await freePort());
    cluster.start();
    env = {
      ...process.env,
      DATABASE_URL: cluster.url,
      SMULA_DATA_DIR: join(tmpdir(), 'smula-unused'),
      SMULA_CONSENT_RATE_PER_IP: '0',
      SMULA_CONSENT_HOLD_SECONDS: '3',
    };
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'demo'], {
      cwd: adminDir,
      env,
    }).toString();
    const siteKey = /Site key: (\S+)/.exec(out)![1]!;
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const { rows } = await client.query<{ config: TPublishedConfig }>(
      'SELECT v.config FROM config_versions v JOIN sites s ON s.id = v.site_id WHERE s.key = $1',
      [siteKey],
    );
    await client.end();
    site = { siteKey, config: rows[0]!.config };
  }, 120_000);
  afterAll(() => {
    stopLoad();
    for (const c of children) c.kill('SIGKILL');
    cluster?.remove();
  });

  /** Starts `smula public` on a free port and waits until it listens. */
  async function startPublic(extraEnv: Record<string, string> = {}) {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'public', '--port', String(port)],
      { cwd: adminDir, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(child);
    const state = { output: '', exitCode: undefined as number | null | undefined };
    child.stdout!.on('data', (d) => (state.output += d));
    child.stderr!.on('data', (d) => (state.output += d));
    child.once('exit', (code) => (state.exitCode = code));
    await waitUntil('smula public', () => state.output.includes('public plane on'), 60_000);
    const base = `http://127.0.0.1:${port}`;
    const post = async (body: { recordId: string }) => {
      try {
        const r = await fetch(`${base}/api/v1/consents`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', origin: DEMO_ORIGIN },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        return { status: r.status, retryAfter: r.headers.get('retry-after'), body: await r.text() };
      } catch {
        return { status: 0, retryAfter: null, body: '{}' };
      }
    };
    const metric = async (line: RegExp) => {
      const text = await (await fetch(`${base}/metrics`)).text();
      return Number(line.exec(text)?.[1] ?? 0);
    };
    return { child, base, state, post, metric };
  }

  const poll = async <T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean) => {
    const end = Date.now() + 30_000;
    for (;;) {
      const v = await get();
      if (ok(v)) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('PostgreSQL restarted during a consent load: every 2xx stored once, then records again', async () => {
    const server = await startPublic();
    let stop = false;
    stopLoad = () => {
      stop = true;
    };
    const load = loadLoop(
      server.post,
      () => consentBody(site),
      () => stop,
    );
    await waitUntil(
      'records before the restart',
      () => load.result.acknowledged.length >= 12,
      30_000,
    );
    cluster.stop();
    // Held records fail after SMULA_CONSENT_HOLD_SECONDS: the 503 that tells the banner to retry.
    await waitUntil(
      'a 503 while PostgreSQL is stopped',
      () => load.result.unavailable.length > 0,
      30_000,
    );
    cluster.start();
    const restarted = Date.now();
    await waitUntil(
      'a 2xx after the restart',
      () => load.result.ackTimes.some((t) => t > restarted),
      20_000,
    );
    const count = load.result.acknowledged.length;
    await waitUntil('more records', () => load.result.acknowledged.length >= count + 12, 30_000);
    stop = true;
    const settled = await load.done;
    expect(server.state.exitCode).toBeUndefined();
    expect(settled.other.filter((s) => s !== 0)).toEqual([]);
    for (const u of settled.unavailable) {
      expect(u.code).toBe('unavailable');
      expect(Number(u.retryAfter)).toBeGreaterThanOrEqual(1);
    }
    const { found, doubled } = await storedOnce(cluster.url, settled.acknowledged);
    expect(found).toBe(settled.acknowledged.length);
    expect(doubled).toBe(0);
    server.child.kill('SIGKILL');
  }, 180_000);

  it('PostgreSQL stopped: a warmed /b/{key}.js is still served 200 from memory', async () => {
    const server = await startPublic();
    const get = async () => {
      const r = await fetch(`${server.base}/b/${site.siteKey}.js`);
      return { status: r.status, cache: r.headers.get('cache-control'), body: await r.text() };
    };
    const warm = await get();
    expect(warm.status).toBe(200);
    expect(warm.cache).toContain('stale-if-error=');
    const readErrors = /smula_public_database_errors_total\{operation="delivery_read"\} (\d+)/;
    cluster.stop();
    try {
      const served: { status: number; body: string }[] = [];
      // Until a read of the live pointer has failed (its TTL is a second), every answer is
      // checked: all 200, the same bytes.
      await poll(
        'a failed live-pointer read',
        async () => {
          served.push(await get());
          return server.metric(readErrors);
        },
        (n) => n > 0,
      );
      served.push(await get());
      for (const s of served) {
        expect(s.status).toBe(200);
        expect(s.body).toBe(warm.body);
      }
      const ready = await fetch(`${server.base}/readyz`);
      expect(ready.status).toBe(503);
    } finally {
      cluster.start();
    }
    await poll(
      'ready again',
      async () => (await fetch(`${server.base}/readyz`)).status,
      (s) => s === 200,
    );
    server.child.kill('SIGKILL');
  }, 120_000);

  it('kill -9 mid-load: every record acknowledged before is stored once', async () => {
    const server = await startPublic();
    let stop = false;
    stopLoad = () => {
      stop = true;
    };
    const load = loadLoop(
      server.post,
      () => consentBody(site),
      () => stop,
      12,
    );
    await waitUntil('records under load', () => load.result.acknowledged.length >= 60, 30_000);
    server.child.kill('SIGKILL');
    await waitUntil('the process gone', () => server.state.exitCode !== undefined, 10_000);
    // Requests cut off by the kill answer status 0; the loop ends with the next round.
    stop = true;
    const settled = await load.done;
    const { found, doubled } = await storedOnce(cluster.url, settled.acknowledged);
    expect(settled.acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(found).toBe(settled.acknowledged.length);
    expect(doubled).toBe(0);
  }, 120_000);

  it('SIGTERM with records held for the database: they are committed, then it exits', async () => {
    const server = await startPublic({ SMULA_CONSENT_HOLD_SECONDS: '60' });
    // One record first, so the version is known in memory and later ones need no lookup.
    expect((await server.post(consentBody(site))).status).toBe(201);
    cluster.stop();
    const bodies = Array.from({ length: 20 }, () => consentBody(site));
    let answers: Promise<{ status: number }[]>;
    try {
      answers = Promise.all(bodies.map(server.post));
      const buffered = /smula_public_consent_buffered_records (\d+)/;
      await poll(
        '20 records held',
        () => server.metric(buffered),
        (n) => n >= 20,
      );
      server.child.kill('SIGTERM');
      // It stops taking connections at once, but keeps the ones waiting on their commit.
      await poll(
        'the listener closed',
        () =>
          fetch(`${server.base}/healthz`).then(
            () => true,
            () => false,
          ),
        (up) => !up,
      );
      expect(server.state.exitCode).toBeUndefined();
    } finally {
      cluster.start();
    }
    const settled = await answers;
    expect(settled.map((a) => a.status)).toEqual(bodies.map(() => 201));
    await waitUntil('the exit', () => server.state.exitCode !== undefined, 30_000).catch((err) => {
      throw new Error(`${err.message}; its output ended:\n${server.state.output.slice(-2000)}`);
    });
    expect(server.state.exitCode).toBe(0);
    const { found, doubled } = await storedOnce(
      cluster.url,
      bodies.map((b) => b.recordId),
    );
    expect(found).toBe(20);
    expect(doubled).toBe(0);
  }, 120_000);
});
