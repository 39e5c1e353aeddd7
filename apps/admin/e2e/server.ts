// Starts the BUILT admin (`server.mjs`, what `npm start` runs) on a free port with a fresh embedded database, so
// browser tests exercise what ships. One server per test file.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@smula/testing';

/** The first-run setup token every test server is started with (SMULA_SETUP_TOKEN). */
export const E2E_SETUP_TOKEN = 'e2e-setup-token-0123456789';

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
    process.execPath,
    ['server.mjs', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: join(import.meta.dirname, '..'),
      env: withoutEmpty({
        ...process.env,
        NODE_ENV: 'production',
        SMULA_DATA_DIR: dataDir,
        SMULA_PUBLIC_URL: `http://localhost:${port}`,
        NEXTAUTH_URL: `http://localhost:${port}`,
        SMULA_SETUP_TOKEN: E2E_SETUP_TOKEN,
        ...env,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = `http://localhost:${port}`;
  // Waits on events, never on time: Next's "Ready" line, or the process ending early, or the
  // deadline. Then one request, which Next holds until its handlers are loaded.
  // Three minutes: the first request opens and migrates the embedded database, which on a
  // loaded two-core machine took more than one.
  const deadline = AbortSignal.timeout(180_000);
  await new Promise<void>((resolve, reject) => {
    const onOutput = (d: Buffer) => {
      output += d;
      if (/Ready in/.test(output)) resolve();
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('exit', (code) =>
      reject(new Error(`the admin server exited early (${code}):\n${output}`)),
    );
    deadline.addEventListener('abort', () =>
      reject(new Error(`the admin server was not ready within 180 s:\n${output}`)),
    );
  });
  const res = await fetch(`${url}/sign-in`, { redirect: 'manual', signal: deadline });
  if (res.status >= 500) throw new Error(`the admin server answered ${res.status}:\n${output}`);
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

/** The environment without variables set to '' (how a test unsets one of the defaults). */
function withoutEmpty(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')) as NodeJS.ProcessEnv;
}
