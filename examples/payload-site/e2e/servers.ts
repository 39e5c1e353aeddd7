// The processes the browser tests run against: the BUILT Smula admin (apps/admin, `next
// start`) and the BUILT example site (`node server.js`), each on a free port, plus the admin's
// CLI for setting up and publishing. Processes are spawned directly (not through pnpm) so
// stopping one stops the server itself.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { type AddressInfo, connect, createServer as createNetServer, type Socket } from 'node:net';
import { join } from 'node:path';

export const ADMIN_DIR = join(import.meta.dirname, '..', '..', '..', 'apps', 'admin');
export const SITE_DIR = join(import.meta.dirname, '..');

export interface TServer {
  /** With `localhost`: Next rewrites 127.0.0.1 to it in request URLs. */
  url: string;
  logs: () => string;
  stop: () => Promise<void>;
}

/** A Node child process with its output kept, stopped with SIGTERM and awaited. */
function spawnKept(args: string[], cwd: string, env: Record<string, string>) {
  let output = '';
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  return {
    child,
    logs: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function start(
  name: string,
  args: string[],
  cwd: string,
  port: number,
  env: Record<string, string>,
  readyPath: string,
): Promise<TServer> {
  const { child, logs, stop } = spawnKept(args, cwd, { NODE_ENV: 'production', ...env });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited early:\n${logs()}`);
    try {
      const res = await fetch(url + readyPath, { redirect: 'manual' });
      if (res.status < 500) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill('SIGTERM'); // never leave a half-started server behind
      throw new Error(`${name} did not answer within 60 s:\n${logs()}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, logs, stop };
}

/** The built admin on `port`, its database from `env` (DATABASE_URL or SMULA_DATA_DIR). */
export function startAdmin(port: number, env: Record<string, string>): Promise<TServer> {
  return start(
    'The Smula admin',
    [join(ADMIN_DIR, 'server.mjs'), '--port', String(port), '--hostname', '127.0.0.1'],
    ADMIN_DIR,
    port,
    {
      SMULA_PUBLIC_URL: `http://localhost:${port}`,
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...env,
    },
    '/sign-in',
  );
}

/** The built example site behind its server.js on `port`. */
export function startSite(port: number, env: Record<string, string>): Promise<TServer> {
  return start(
    'The example site',
    ['server.js'],
    SITE_DIR,
    port,
    { PORT: String(port), HOST: '127.0.0.1', ...env },
    '/',
  );
}

/** `pnpm smula <args>` against the database in `env`; its output, or a thrown error with it. */
export function smulaCli(args: string[], env: Record<string, string>, stdin = ''): string {
  const r = spawnSync('pnpm', ['--silent', 'exec', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ADMIN_DIR,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    input: stdin,
  });
  if (r.status !== 0) throw new Error(`smula ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

export interface TSwitchableProxy {
  url: string;
  /** Connections accepted while hanging (held open, never answered). */
  held: () => number;
  /** `pass`: forward to the target port; `hang`: accept connections and never answer. */
  mode: (m: 'pass' | 'hang') => void;
  stop: () => Promise<void>;
}

/**
 * A TCP forwarder to `targetPort` on 127.0.0.1 that can be switched to accept connections and
 * never answer: the admin "hanging" as a stuck server or a blackholed load balancer does.
 */
export async function startSwitchableProxy(targetPort: number): Promise<TSwitchableProxy> {
  let mode: 'pass' | 'hang' = 'pass';
  let held = 0;
  const sockets = new Set<Socket>();
  const server = createNetServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (mode === 'hang') {
      held++;
      return; // read nothing, write nothing, never close
    }
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    held: () => held,
    mode: (m) => {
      mode = m;
    },
    stop: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/**
 * `smula worker` (PostgreSQL): runs until stopped; it has no port to wait for, so a test polls
 * for what the worker does. Spawned through tsx directly, so SIGTERM reaches the worker itself.
 */
export function startWorker(env: Record<string, string>): TServer {
  const { logs, stop } = spawnKept(
    [join(ADMIN_DIR, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/main.ts', 'worker'],
    ADMIN_DIR,
    env,
  );
  return { url: '', logs, stop };
}
