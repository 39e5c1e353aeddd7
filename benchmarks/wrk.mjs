// wrk (a C load generator) for the delivery and ingestion benchmarks. Where it is installed it
// is their default client: on a 2-core machine a JavaScript client (autocannon) takes CPU the
// server under test would otherwise have, and the reference it is compared with (nginx, or
// pgbench with its own C client) does not pay that the same way. BENCH_CLIENT=autocannon keeps
// the old client. Debian: apt-get install wrk.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The client a benchmark run uses: BENCH_CLIENT, else wrk when it is installed. */
export function benchClient() {
  const chosen = process.env.BENCH_CLIENT;
  if (chosen && chosen !== 'wrk' && chosen !== 'autocannon')
    throw new Error(`BENCH_CLIENT must be wrk or autocannon, not ${chosen}`);
  return chosen ?? (spawnSync('wrk', ['--version']).error ? 'autocannon' : 'wrk');
}

/**
 * Writes the Lua script for a wrk run and returns its path. `request` is Lua code defining
 * `request()` (a fresh body per request), or omitted for a fixed GET; `init` is Lua run once
 * per thread, after the headers are set, with the extra command-line arguments as `args`.
 * Statuses are counted per thread (each has its own Lua state) and summed in done().
 */
export function wrkScript({ dir, headers = {}, init = '', request = '' }) {
  const script = join(dir, `wrk-${process.pid}-${Math.random().toString(36).slice(2)}.lua`);
  const quote = (s) => `"${String(s).replace(/[\\"]/g, '\\$&')}"`;
  writeFileSync(script, LUA(headers, init, request, quote));
  return script;
}

/** The answers by status class, connection errors, the run's length and latency (ms). */
export function parseWrk(stdout) {
  const m = /RESULT (\d+) (\d+) (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(stdout);
  if (!m) return null;
  const [s2xx, s3xx, s4xx, s5xx, errors] = m.slice(1, 6).map(Number);
  const [duration, p50, p99] = m.slice(6).map((x) => Math.round(Number(x) * 100) / 100);
  return { s2xx, s3xx, s4xx, s5xx, errors, duration, p50, p99 };
}

/** Runs wrk (two threads) with a script from {@link wrkScript}'s options; see parseWrk. */
export function runWrk({ dir, url, connections, seconds, headers, init, request, args = [] }) {
  const script = wrkScript({ dir, headers, init, request });
  const r = spawnSync(
    'wrk',
    ['-t', '2', '-c', String(connections), '-d', `${seconds}s`, '-s', script, url, '--', ...args],
    { encoding: 'utf8' },
  );
  const result = parseWrk(r.stdout);
  if (r.status !== 0 || !result) throw new Error(`wrk failed:\n${r.stdout}${r.stderr}`);
  return result;
}

const LUA = (headers, init, request, quote) => `local threads = {}
local n = 0
function setup(thread)
  n = n + 1
  thread:set("tid", n)
  table.insert(threads, thread)
end
function init(args)
  counts = { 0, 0, 0, 0, 0 }
${Object.entries(headers)
  .map(([k, v]) => `  wrk.headers[${quote(k)}] = ${quote(v)}`)
  .join('\n')}
${init}
end
${request}
function response(status, headers, body)
  local c = math.floor(status / 100)
  if c >= 1 and c <= 5 then counts[c] = counts[c] + 1 end
end
function done(summary, latency, requests)
  local t = { 0, 0, 0, 0, 0 }
  for _, th in ipairs(threads) do
    local c = th:get("counts")
    for i = 1, 5 do t[i] = t[i] + c[i] end
  end
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %f %f %f\\n", t[2], t[3], t[4], t[5],
    e.connect + e.read + e.write + e.timeout, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
`;
