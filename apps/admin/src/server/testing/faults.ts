// Helpers for fault tests: a throwaway PostgreSQL cluster that can really be stopped and
// started (never the shared server on :5432, which other work uses), a consent load, and checks
// that every acknowledged record was stored exactly once.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const adminDir = process.cwd();

/** PostgreSQL's server programs (initdb, pg_ctl), or null when this machine has none. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const found = versions
    .map((v) => join(root, v, 'bin'))
    .find((d) => existsSync(join(d, 'initdb')));
  return found ?? null;
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** A PostgreSQL cluster of its own in a temporary directory, run as the `postgres` user when
 * we are root (the server refuses to run as root). */
export function throwawayCluster(bin: string, port: number) {
  const dir = mkdtempSync(join(tmpdir(), 'smula-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const exec = (program: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(join(bin, program), args, { stdio: 'pipe' });
  exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => exec('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']),
    stop: () => exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    remove() {
      try {
        exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TLoadResult {
  acknowledged: string[];
  unavailable: { retryAfter: string | null; code: string | undefined }[];
  other: number[];
  /** Time of each 2xx, to see when records were taken again. */
  ackTimes: number[];
}

/** Posts records in rounds of `width` until `stop()` is true; `result` fills as answers come. */
export function loadLoop(
  post: (body: {
    recordId: string;
  }) => Promise<{ status: number; retryAfter: string | null; body: string }>,
  make: () => { recordId: string },
  stop: () => boolean,
  width = 6,
): { result: TLoadResult; done: Promise<TLoadResult> } {
  const result: TLoadResult = { acknowledged: [], unavailable: [], other: [], ackTimes: [] };
  const done = (async () => {
    while (!stop()) {
      const bodies = Array.from({ length: width }, make);
      const answers = await Promise.all(bodies.map(post));
      for (const [i, a] of answers.entries()) {
        if (a.status === 200 || a.status === 201) {
          result.acknowledged.push(bodies[i]!.recordId);
          result.ackTimes.push(Date.now());
        } else if (a.status === 503)
          result.unavailable.push({
            retryAfter: a.retryAfter,
            code: (JSON.parse(a.body) as { error?: { code?: string } }).error?.code,
          });
        else result.other.push(a.status);
      }
    }
    return result;
  })();
  return { result, done };
}

export async function storedOnce(url: string, ids: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; n: number }>(
      'SELECT id::text, count(*)::int AS n FROM consent_records WHERE id = ANY($1::uuid[]) GROUP BY id',
      [ids],
    );
    return { found: rows.length, doubled: rows.filter((r) => r.n !== 1).length };
  } finally {
    await client.end();
  }
}

export const waitUntil = async (what: string, ok: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};
