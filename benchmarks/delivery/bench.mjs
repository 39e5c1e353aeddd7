// Delivery benchmark: requests/s and latency of GET /b/{siteKey}.js (200, and 304 with
// If-None-Match) from the built admin (`next start`), beside nginx serving the static export of
// the same script, in one run on loopback. Not a test: it prints a table.
//
//   pnpm --filter @smula/admin build && pnpm --filter @smula/bench-delivery bench
//
// Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 32), BENCH_ROUNDS (2).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '../..');
const admin = join(root, 'apps/admin');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

const work = mkdtempSync(join(tmpdir(), 'smula-bench-'));
// nginx's workers run unprivileged: let them read the export.
chmodSync(work, 0o755);
const dataDir = join(work, 'data');
const exportDir = join(work, 'export');
const env = { ...process.env, SMULA_DATA_DIR: dataDir, NODE_ENV: 'production' };
const [adminPort, nginxPort] = [await freePort(), await freePort()];
const publicUrl = `http://127.0.0.1:${adminPort}`;
console.log(`admin on ${adminPort}, nginx on ${nginxPort}`);

function cli(...args) {
  const r = spawnSync('pnpm', ['--silent', 'exec', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: admin,
    env: { ...env, SMULA_PUBLIC_URL: publicUrl },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`smula ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

const children = [];
process.on('exit', () => {
  for (const c of children) c.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

console.log('Preparing: owner, demo site (published), static export …');
cli(
  'user',
  'create',
  '--email',
  'bench@example.test',
  '--password',
  'benchmark-password',
  '--organisation',
  'Bench',
);
const siteKey = /Site key: (\S+)/.exec(cli('demo'))?.[1];
if (!siteKey) throw new Error('demo printed no site key');
cli('export', '--out', exportDir, '--public-url', publicUrl);

const nextServer = spawn(
  'pnpm',
  ['exec', 'node', 'server.mjs', '--port', String(adminPort), '--hostname', '127.0.0.1'],
  {
    cwd: admin,
    env: { ...env, SMULA_PUBLIC_URL: publicUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let serverLog = '';
nextServer.stdout.on('data', (d) => {
  serverLog += d;
});
nextServer.stderr.on('data', (d) => {
  serverLog += d;
});
children.push(nextServer);

writeFileSync(
  join(work, 'nginx.conf'),
  `daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${work}/nginx-body;
  types { text/javascript js; }
  server {
    listen 127.0.0.1:${nginxPort};
    location /b/ {
      root ${exportDir};
      etag on;
      add_header Cache-Control "public, max-age=60, stale-while-revalidate=600";
    }
  }
}
`,
);
const nginx = spawn('nginx', ['-c', join(work, 'nginx.conf'), '-p', work], { stdio: 'inherit' });
children.push(nginx);

async function waitFor(url) {
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return r;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer. Admin output:\n${serverLog}`);
}
const scriptPath = `/b/${siteKey}.js`;
const fromNext = await waitFor(`${publicUrl}${scriptPath}`);
const fromNginx = await waitFor(`http://127.0.0.1:${nginxPort}${scriptPath}`);
const [nextBody, nginxBody] = [await fromNext.text(), await fromNginx.text()];
if (nextBody !== nginxBody)
  throw new Error('nginx and the admin serve different bytes: the export is stale');
const etags = { next: fromNext.headers.get('etag'), nginx: fromNginx.headers.get('etag') };
console.log(`Script: ${Buffer.byteLength(nextBody)} bytes, identical from both servers.`);

function run(name, url, etag) {
  return new Promise((ok, fail) => {
    autocannon(
      { url, connections, duration: seconds, headers: etag ? { 'if-none-match': etag } : {} },
      (err, result) => {
        if (err) return fail(err);
        // Every answer must be the expected status; a connection error at the very end of a
        // run (autocannon stops mid-request) is counted and shown, not fatal.
        const wrong = etag
          ? result['2xx'] + result['4xx'] + result['5xx']
          : result['3xx'] + result['4xx'] + result['5xx'];
        if (wrong > 0 || result.errors > 10) {
          return fail(
            new Error(
              `${name}: unexpected answers ${JSON.stringify({ '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'], errors: result.errors })}`,
            ),
          );
        }
        ok({
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.errors,
        });
      },
    );
  });
}

const scenarios = [
  ['next start 200', `${publicUrl}${scriptPath}`, null],
  ['nginx 200', `http://127.0.0.1:${nginxPort}${scriptPath}`, null],
  ['next start 304', `${publicUrl}${scriptPath}`, etags.next],
  ['nginx 304', `http://127.0.0.1:${nginxPort}${scriptPath}`, etags.nginx],
];
const results = Object.fromEntries(scenarios.map(([n]) => [n, []]));
for (let r = 0; r < rounds; r++) {
  // Interleaved, and reversed every other round, so drift hits both servers alike.
  for (const [name, url, etag] of r % 2 ? [...scenarios].reverse() : scenarios) {
    process.stdout.write(`round ${r + 1}/${rounds}: ${name} … `);
    const res = await run(name, url, etag);
    results[name].push(res);
    console.log(`${Math.round(res.rps)} req/s`);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const row = (name) => {
  const rs = results[name];
  return {
    rps: median(rs.map((x) => x.rps)),
    p50: median(rs.map((x) => x.p50)),
    p99: median(rs.map((x) => x.p99)),
  };
};
console.log(
  `\n${connections} connections, ${seconds} s per run, median of ${rounds} rounds, ${process.version}, loopback:\n`,
);
console.log('| scenario | requests/s | p50 ms | p99 ms |');
console.log('|---|---:|---:|---:|');
for (const [name] of scenarios) {
  const r = row(name);
  console.log(`| ${name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} |`);
}
for (const kind of ['200', '304']) {
  const ratio = row(`nginx ${kind}`).rps / row(`next start ${kind}`).rps;
  console.log(`\nnginx / next start (${kind}): ${ratio.toFixed(2)}×`);
}
process.exit(0);
