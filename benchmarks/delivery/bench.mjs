// Delivery benchmark: requests/s and latency of GET /b/{siteKey}.js, brotli, 200 and 304 (with
// If-None-Match), from `smula public`, from the built admin (`next start`, when built), and
// from nginx serving the static export of the same script (precompressed, brotli_static), in
// one run on loopback, interleaved. Not a test: it prints a table.
//
//   [pnpm --filter @smula/admin build &&] pnpm --filter @smula/bench-delivery bench
//
// Needs nginx with the brotli static module (Debian: nginx libnginx-mod-http-brotli-static) and
// PostgreSQL (SMULA_BENCH_PG, default postgres://postgres@127.0.0.1:5432/postgres; a database
// is created and dropped). Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (32),
// BENCH_ROUNDS (2), BENCH_CLIENT (wrk when installed, else autocannon; see ../wrk.mjs). With
// autocannon, nginx's numbers here were the client's own limit, not nginx's.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { benchClient, runWrk } from '../wrk.mjs';

const root = resolve(import.meta.dirname, '../..');
const admin = join(root, 'apps/admin');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const warmup = Math.min(3, seconds);

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
const pgAdmin = new URL(
  process.env.SMULA_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const dbName = `smula_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = new URL(pgAdmin);
databaseUrl.pathname = `/${dbName}`;
const psql = (sql) => {
  const r = spawnSync('psql', [pgAdmin.toString(), '-tAc', sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return r.stdout.trim();
};
const env = {
  ...process.env,
  SMULA_DATA_DIR: dataDir,
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl.toString(),
  SMULA_MAINTENANCE: '0',
};
const [adminPort, nginxPort, publicPort] = [await freePort(), await freePort(), await freePort()];
const publicUrl = `http://127.0.0.1:${adminPort}`;
const built = existsSync(join(admin, '.next', 'BUILD_ID'));
console.log(`admin on ${adminPort}, smula public on ${publicPort}, nginx on ${nginxPort}`);
if (!built) console.log('The admin is not built (pnpm --filter @smula/admin build): skipping it.');
psql(`CREATE DATABASE ${dbName}`);

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
  spawnSync('psql', [pgAdmin.toString(), '-c', `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`]);
});

console.log('Preparing: demo site (published), static export …');
const siteKey = /Site key: (\S+)/.exec(cli('demo'))?.[1];
if (!siteKey) throw new Error('demo printed no site key');
cli('export', '--out', exportDir, '--public-url', publicUrl);
// nginx serves precompressed files beside the originals, made as strongly as smula's.
for (const dir of [join(exportDir, 'b')])
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (!statSync(file).isFile() || !name.endsWith('.js')) continue;
    const body = readFileSync(file);
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: 1 },
      }),
    );
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  }

const publicServer = spawn(
  'pnpm',
  ['--silent', 'exec', 'tsx', 'src/cli/main.ts', 'public', '--port', String(publicPort)],
  { cwd: admin, env: { ...env, SMULA_PUBLIC_URL: publicUrl }, stdio: ['ignore', 'pipe', 'pipe'] },
);
children.push(publicServer);
let publicLog = '';
publicServer.stdout.on('data', (d) => {
  publicLog += d;
});
publicServer.stderr.on('data', (d) => {
  publicLog += d;
});

const nextServer =
  built &&
  spawn(
    'pnpm',
    ['exec', 'node', 'server.mjs', '--port', String(adminPort), '--hostname', '127.0.0.1'],
    {
      cwd: admin,
      env: { ...env, SMULA_PUBLIC_URL: publicUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
let serverLog = '';
if (nextServer) {
  nextServer.stdout.on('data', (d) => {
    serverLog += d;
  });
  nextServer.stderr.on('data', (d) => {
    serverLog += d;
  });
  children.push(nextServer);
}

writeFileSync(
  join(work, 'nginx.conf'),
  `daemon off;
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
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
      brotli_static on;
      gzip_static on;
      add_header Vary Accept-Encoding;
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
      const r = await fetch(url, { headers: { 'accept-encoding': 'br' } });
      if (r.ok) return r;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer. Output:\n${serverLog}${publicLog}`);
}
const scriptPath = `/b/${siteKey}.js`;
const servers = {
  'smula public': `http://127.0.0.1:${publicPort}`,
  ...(built ? { 'next start': publicUrl } : {}),
  nginx: `http://127.0.0.1:${nginxPort}`,
};
const etags = {};
const encodings = {};
let reference;
for (const [name, base] of Object.entries(servers)) {
  const r = await waitFor(`${base}${scriptPath}`);
  // The admin's routes answer identity (Next.js drops a route's Content-Encoding; compressing
  // is its proxy's job, see apps/admin/src/server/delivery/http.ts): only the others must be br.
  encodings[name] = r.headers.get('content-encoding') ?? 'identity';
  if (name !== 'next start' && encodings[name] !== 'br')
    throw new Error(`${name} did not answer brotli`);
  const body = await r.text(); // fetch decodes brotli: compare the plain bytes
  reference ??= body;
  if (body !== reference) throw new Error(`${name} serves different bytes: the export is stale?`);
  etags[name] = r.headers.get('etag');
}
console.log(
  `Script: ${Buffer.byteLength(reference)} bytes, identical from ${Object.entries(encodings)
    .map(([n, e]) => `${n} (${e})`)
    .join(', ')}.`,
);

const client = benchClient();
function run(name, url, etag, duration = seconds) {
  if (client === 'wrk') {
    const r = runWrk({
      dir: work,
      url,
      connections,
      seconds: duration,
      headers: { 'accept-encoding': 'br', ...(etag ? { 'if-none-match': etag } : {}) },
    });
    // Every answer must be the expected status; a few connection errors at the end of a run
    // are counted and shown, not fatal (as with autocannon).
    const wrong = etag ? r.s2xx + r.s4xx + r.s5xx : r.s3xx + r.s4xx + r.s5xx;
    if (wrong > 0 || r.errors > 10)
      return Promise.reject(new Error(`${name}: unexpected answers ${JSON.stringify(r)}`));
    return Promise.resolve({
      rps: (etag ? r.s3xx : r.s2xx) / r.duration,
      p50: r.p50,
      p99: r.p99,
      errors: r.errors,
    });
  }
  return new Promise((ok, fail) => {
    autocannon(
      {
        url,
        connections,
        duration,
        headers: { 'accept-encoding': 'br', ...(etag ? { 'if-none-match': etag } : {}) },
      },
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

const scenarios = Object.entries(servers).flatMap(([name, base]) => [
  [`${name} 200`, `${base}${scriptPath}`, null],
  [`${name} 304`, `${base}${scriptPath}`, etags[name]],
]);
const results = Object.fromEntries(scenarios.map(([n]) => [n, []]));
// Unrecorded warm-up of every scenario first: a Node server compiles its hot path under load
// (its first seconds ran ~15 % slower here), nginx has nothing to warm; both get the same.
for (const [name, url, etag] of scenarios) {
  process.stdout.write(`warm-up: ${name} … `);
  console.log(`${Math.round((await run(name, url, etag, warmup)).rps)} req/s`);
}
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
    // Two decimals: wrk reports fractions of a millisecond, and a median of two averages them.
    p50: Math.round(median(rs.map((x) => x.p50)) * 100) / 100,
    p99: Math.round(median(rs.map((x) => x.p99)) * 100) / 100,
  };
};
console.log(
  `\n${connections} connections (${client}), ${seconds} s per run, median of ${rounds} rounds, ${process.version}, loopback:\n`,
);
console.log('| scenario | requests/s | p50 ms | p99 ms |');
console.log('|---|---:|---:|---:|');
for (const [name] of scenarios) {
  const r = row(name);
  console.log(`| ${name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} |`);
}
for (const kind of ['200', '304']) {
  for (const other of Object.keys(servers).filter((n) => n !== 'nginx')) {
    const ratio = row(`${other} ${kind}`).rps / row(`nginx ${kind}`).rps;
    console.log(`${other} / nginx (${kind}): ${ratio.toFixed(2)}×`);
  }
}
process.exit(0);
