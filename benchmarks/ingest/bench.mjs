// Ingestion benchmark: proof-of-consent records per second through POST /api/v1/consents into
// the PostgreSQL server, from the built admin (`next start`, when built) and from `smula public`,
// one record per request with a fresh record id each, as banners send them, beside PostgreSQL's
// own ceiling: `pgbench` inserting single rows of the same width into a copy of the records
// table, same server, same run. After each run it counts the rows: every 2xx must be a stored
// row, and every chain must verify. Not a test.
//
//   [pnpm --filter @smula/admin build &&] pnpm --filter @smula/bench-ingest bench
//
// Options (env): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 64), BENCH_ROUNDS (2),
// BENCH_CLIENT (wrk when installed, else autocannon; see ../wrk.mjs),
// SMULA_BENCH_PG (default postgres://postgres@127.0.0.1:5432/postgres; a database is created
// and dropped).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { benchClient, runWrk } from '../wrk.mjs';

const root = resolve(import.meta.dirname, '../..');
const admin = join(root, 'apps/admin');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const pgAdmin = new URL(
  process.env.SMULA_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

const dbName = `smula_bench_${randomBytes(4).toString('hex')}`;
const psql = (sql, db = pgAdmin.pathname.slice(1)) => {
  const r = spawnSync(
    'psql',
    [
      '-h',
      pgAdmin.hostname,
      '-p',
      pgAdmin.port || '5432',
      '-U',
      pgAdmin.username || 'postgres',
      '-d',
      db,
      '-tAc',
      sql,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`psql failed: ${r.stderr}`);
  return r.stdout.trim();
};
const databaseUrl = new URL(pgAdmin);
databaseUrl.pathname = `/${dbName}`;
const work = mkdtempSync(join(tmpdir(), 'smula-bench-ingest-'));
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl.toString(),
  SMULA_DATA_DIR: work,
  // The limits guard production from floods; a benchmark from one address is one.
  SMULA_CONSENT_RATE_PER_IP: '0',
  SMULA_CONSENT_RATE_PER_SITE: '0',
  SMULA_MAINTENANCE: '0',
  // Required in production; scripts bake it in, records are posted to each server directly.
  SMULA_PUBLIC_URL: 'http://127.0.0.1',
};

const children = [];
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) c.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
process.on('exit', cleanup);

function cli(...args) {
  const r = spawnSync('pnpm', ['--silent', 'exec', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: admin,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`smula ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

psql(`CREATE DATABASE ${dbName}`);
try {
  console.log(`Preparing: database ${dbName}, demo site (published) …`);
  const siteKey = /Site key: (\S+)/.exec(cli('demo'))?.[1];
  if (!siteKey) throw new Error('demo printed no site key');

  const [nextPort, collectorPort] = [await freePort(), await freePort()];
  const logs = {};
  const startChild = (name, args) => {
    const child = spawn('pnpm', args, { cwd: admin, env, stdio: ['ignore', 'pipe', 'pipe'] });
    logs[name] = '';
    child.stdout.on('data', (d) => (logs[name] += d));
    child.stderr.on('data', (d) => (logs[name] += d));
    children.push(child);
  };
  // The admin as `npm start` runs it (server.mjs in front of Next's handler), when built.
  const built = existsSync(join(admin, '.next', 'BUILD_ID'));
  if (!built)
    console.log('The admin is not built (pnpm --filter @smula/admin build): skipping it.');
  if (built)
    startChild('next', [
      'exec',
      'node',
      'server.mjs',
      '--port',
      String(nextPort),
      '--hostname',
      '127.0.0.1',
    ]);
  startChild('collector', [
    '--silent',
    'exec',
    'tsx',
    'src/cli/main.ts',
    'public',
    '--port',
    String(collectorPort),
  ]);

  async function waitFor(url, name) {
    for (let i = 0; i < 240; i++) {
      try {
        const r = await fetch(url);
        if (r.ok) return r;
      } catch {}
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${url} did not answer. ${name} output:\n${logs[name]}`);
  }
  if (built) await waitFor(`http://127.0.0.1:${nextPort}/api/v1/sites/${siteKey}/config`, 'next');
  const config = await (
    await waitFor(`http://127.0.0.1:${collectorPort}/api/v1/sites/${siteKey}/config`, 'collector')
  ).json();

  const optional = config.categories.filter((c) => !c.required).map((c) => c.key);
  const required = config.categories.filter((c) => c.required).map((c) => c.key);
  const actions = ['accept_all', 'reject_all', 'custom'];
  let seq = 0;
  const prefix = randomBytes(4).toString('hex');
  // A record like the banner's, with a unique UUID-shaped id per request.
  function body() {
    seq++;
    const action = actions[seq % 3];
    const choices = Object.fromEntries([
      ...required.map((k) => [k, true]),
      ...optional.map((k, i) => [k, action === 'accept_all' || (action === 'custom' && i === 0)]),
    ]);
    const tail = seq.toString(16).padStart(12, '0');
    return JSON.stringify({
      recordId: `${prefix}-0000-7000-8000-${tail}`,
      consentId: randomBytes(16).toString('hex'),
      siteKey,
      configVersion: config.version,
      configHash: config.hash,
      action,
      choices,
      locale: 'sv',
      gpc: false,
      pagePath: '/produkter/kaffe',
      clientTime: new Date().toISOString(),
    });
  }

  const count = () => Number(psql('SELECT count(*) FROM consent_records', dbName));

  // CPU time (user + system, clock ticks) of the `smula public` processes, where /proc exists:
  // with the rate it tells whether the server or the database is the limit on this machine.
  const publicCpu = () =>
    spawnSync('pgrep', ['-f', 'src/cli/main.ts public'], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .reduce((sum, pid) => {
        try {
          const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
          return sum + Number(f[11]) + Number(f[12]);
        } catch {
          return sum;
        }
      }, 0);

  const client = benchClient();
  // With wrk, each request a fresh record as with autocannon above: the same choices per
  // action, a random consent id, and a record id unique across wrk's threads and runs (the
  // run's own 4 hex digits, then the thread, then a counter).
  const wrkRequest = `local actions = { "accept_all", "reject_all", "custom" }
local required = { ${required.map((k) => JSON.stringify(k)).join(', ')} }
local optional = { ${optional.map((k) => JSON.stringify(k)).join(', ')} }
local prefix = "${randomBytes(3).toString('hex')}"
function request()
  seq = seq + 1
  local action = actions[seq % 3 + 1]
  local parts = {}
  for _, k in ipairs(required) do parts[#parts + 1] = '"' .. k .. '":true' end
  for i, k in ipairs(optional) do
    local on = action == "accept_all" or (action == "custom" and i == 1)
    parts[#parts + 1] = '"' .. k .. '":' .. tostring(on)
  end
  local hex = {}
  for i = 1, 32 do hex[i] = string.format("%x", math.random(0, 15)) end
  local body = '{"recordId":"' .. prefix .. string.format("%02x", tid) .. '-' .. run ..
    '-7000-8000-' .. string.format("%012x", seq) .. '","consentId":"' .. table.concat(hex) ..
    '","siteKey":${JSON.stringify(siteKey)},"configVersion":${config.version},"configHash":${JSON.stringify(config.hash)},"action":"' ..
    action .. '","choices":{' .. table.concat(parts, ",") ..
    '},"locale":"sv","gpc":false,"pagePath":"/produkter/kaffe","clientTime":"' ..
    os.date("!%Y-%m-%dT%H:%M:%S.000Z") .. '"}'
  return wrk.format(nil, nil, nil, body)
end`;
  function runWithWrk(name, url) {
    const before = count();
    const cpuBefore = publicCpu();
    const r = runWrk({
      dir: work,
      url,
      connections,
      seconds,
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://etjanster.almi.se' },
      init: `  wrk.method = "POST"
  run = args[1]
  seq = 0
  math.randomseed(os.time() * 1000 + tid)`,
      request: wrkRequest,
      args: [randomBytes(2).toString('hex')],
    });
    const stored = count() - before;
    return {
      // Clock ticks are 10 ms on Linux (USER_HZ 100).
      cpuUs: ((publicCpu() - cpuBefore) * 10_000) / Math.max(1, r.s2xx),
      name,
      rps: r.s2xx / r.duration,
      p50: r.p50,
      p99: r.p99,
      acked: r.s2xx,
      stored,
      refused: r.s3xx + r.s4xx + r.s5xx,
      errors: r.errors,
    };
  }

  function run(name, url) {
    if (client === 'wrk') return Promise.resolve(runWithWrk(name, url));
    return new Promise((ok, fail) => {
      const before = count();
      const cpuBefore = publicCpu();
      autocannon(
        {
          url,
          connections,
          duration: seconds,
          method: 'POST',
          headers: {
            'content-type': 'text/plain;charset=UTF-8',
            origin: 'https://etjanster.almi.se',
          },
          requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
        },
        (err, result) => {
          if (err) return fail(err);
          const stored = count() - before;
          const acked = result['2xx'];
          // Clock ticks are 10 ms on Linux (USER_HZ 100).
          const cpuUs = ((publicCpu() - cpuBefore) * 10_000) / Math.max(1, acked);
          ok({
            cpuUs,
            name,
            rps: acked / (result.duration || seconds),
            p50: result.latency.p50,
            p99: result.latency.p99,
            acked,
            stored,
            refused: result['4xx'] + result['5xx'],
            errors: result.errors,
          });
        },
      );
    });
  }

  // PostgreSQL's ceiling for the same rows: one INSERT per transaction from `connections`
  // clients into an unpartitioned copy of consent_records (no chain, no receipts, no batching).
  psql(
    'CREATE TABLE bench_rows (LIKE consent_records INCLUDING DEFAULTS); ALTER TABLE bench_rows ADD PRIMARY KEY (id)',
    dbName,
  );
  const insert = join(work, 'insert.sql');
  writeFileSync(
    insert,
    `INSERT INTO bench_rows VALUES (gen_random_uuid(), '${psql(`SELECT id FROM sites WHERE key = '${siteKey}'`, dbName)}', now(), 1, '${'c'.repeat(32)}', 'custom', '${JSON.stringify(Object.fromEntries(config.categories.map((c) => [c.key, true])))}', ${config.version}, '${config.hash}', '${'t'.repeat(64)}', 'sv', false, '/produkter/kaffe', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36', '203.0.113.0', NULL, now(), now() + interval '1 year', '${'p'.repeat(64)}', '${'h'.repeat(64)}');
`,
  );
  function pgbench() {
    const before = Number(psql('SELECT count(*) FROM bench_rows', dbName));
    const r = spawnSync(
      'pgbench',
      [
        '-h',
        pgAdmin.hostname,
        '-p',
        pgAdmin.port || '5432',
        '-U',
        pgAdmin.username || 'postgres',
        '-n',
        '-c',
        String(connections),
        '-j',
        '2',
        '-T',
        String(seconds),
        '-f',
        insert,
        dbName,
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`pgbench failed: ${r.stderr}`);
    const tps = Number(/tps = ([\d.]+)/.exec(r.stdout)?.[1]);
    const avg = Number(/latency average = ([\d.]+) ms/.exec(r.stdout)?.[1]);
    const stored = Number(psql('SELECT count(*) FROM bench_rows', dbName)) - before;
    return { rps: tps, p50: avg, p99: NaN, acked: stored, stored, refused: 0, errors: 0 };
  }

  const scenarios = [
    ...(built
      ? [['next start (route handler)', `http://127.0.0.1:${nextPort}/api/v1/consents`]]
      : []),
    ['smula public', `http://127.0.0.1:${collectorPort}/api/v1/consents`],
    ['pgbench single-row INSERT', null],
  ];
  const results = Object.fromEntries(scenarios.map(([n]) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, url] of r % 2 ? [...scenarios].reverse() : scenarios) {
      process.stdout.write(`round ${r + 1}/${rounds}: ${name} … `);
      // Let the previous run's in-flight batch land before counting.
      await new Promise((res) => setTimeout(res, 500));
      const res = url ? await run(name, url) : pgbench();
      results[name].push(res);
      console.log(
        `${Math.round(res.rps)} records/s,${res.cpuUs && name === 'smula public' ? ` server CPU ${Math.round(res.cpuUs)} µs/record,` : ''} acknowledged ${res.acked}, stored ${res.stored}, refused ${res.refused}, errors ${res.errors}`,
      );
    }
  }
  // Two decimals: wrk reports fractions of a millisecond, and a median of two averages them.
  const ms = (x) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : x);
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  console.log(
    `\n${connections} connections (${client}), ${seconds} s per run, median of ${rounds} rounds, ${process.version}, PostgreSQL ${psql('SHOW server_version')} on loopback:\n`,
  );
  console.log(
    '| endpoint | records/s (2xx) | p50 ms (pgbench: mean) | p99 ms | acknowledged | stored | acknowledged but not stored |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  let lost = 0;
  for (const [name] of scenarios) {
    const rs = results[name];
    const acked = rs.reduce((n, x) => n + x.acked, 0);
    const stored = rs.reduce((n, x) => n + x.stored, 0);
    lost += Math.max(0, acked - stored);
    console.log(
      `| ${name} | ${Math.round(median(rs.map((x) => x.rps)))} | ${ms(median(rs.map((x) => x.p50)))} | ${ms(median(rs.map((x) => x.p99)))} | ${acked} | ${stored} | ${Math.max(0, acked - stored)} |`,
    );
  }
  const ratio =
    median(results['smula public'].map((x) => x.rps)) /
    median(results['pgbench single-row INSERT'].map((x) => x.rps));
  console.log(`\nsmula public / pgbench: ${ratio.toFixed(2)}×`);
  // A timed-out request (autocannon stops mid-flight) may still be stored: stored ≥ acked is
  // fine; stored < acked would mean a 2xx without a row.
  const verify = spawnSync(
    'pnpm',
    ['--silent', 'exec', 'tsx', 'src/cli/main.ts', 'consents', 'verify', siteKey],
    {
      cwd: admin,
      env,
      encoding: 'utf8',
    },
  );
  console.log(`\nsmula consents verify: ${verify.stdout.trim().split('\n').at(-1)}`);
  if (lost > 0 || verify.status !== 0) {
    console.error('FAILED: acknowledged records are missing or a chain does not verify.');
    process.exitCode = 1;
  }
} finally {
  cleanup();
  await new Promise((r) => setTimeout(r, 1000));
  psql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
}
