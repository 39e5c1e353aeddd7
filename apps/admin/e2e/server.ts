// Starts the BUILT admin (`next start`) on a free port with a fresh embedded database, so
// browser tests exercise what ships. One server per test file.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@smula/testing';

export interface TAdminServer {
  /** Base URL with `localhost` (Next rewrites 127.0.0.1 to localhost in request URLs). */
  url: string;
  dataDir: string;
  logs: () => string;
  stop: () => Promise<void>;
}

export async function startAdmin(
  env: Record<string, string> = {},
  /** Runs against the fresh data directory before the server opens it (PGlite is one-process). */
  beforeStart?: (dataDir: string) => void,
): Promise<TAdminServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'smula-e2e-'));
  beforeStart?.(dataDir);
  let output = '';
  const child: ChildProcess = spawn(
    'pnpm',
    ['exec', 'next', 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: join(import.meta.dirname, '..'),
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SMULA_DATA_DIR: dataDir,
        NEXTAUTH_URL: `http://localhost:${port}`,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/sign-in`, { redirect: 'manual' });
      if (res.status < 500) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    dataDir,
    logs: () => output,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
