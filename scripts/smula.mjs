#!/usr/bin/env node
// Entry point behind the root npm scripts, so that a machine with only Node and npm can run
// `npm start` and `npm test`: it finds (or fetches) the pinned pnpm, installs the workspace when
// the lockfile has changed since the last install, then hands the task to turbo.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager; // pnpm@x.y.z
const pinnedVersion = pinned.split('@')[1];

const tasks = {
  // `test` runs every check: lint, types, unit + integration + browser tests.
  test: ['run', 'lint', 'typecheck', 'test', 'e2e', '--concurrency=2', '--continue'],
  build: ['run', 'build', '--concurrency=2'],
  lint: ['run', 'lint'],
  typecheck: ['run', 'typecheck', '--concurrency=2'],
  dev: ['run', 'dev', '--concurrency=10'],
  start: ['run', 'start', '--filter=@smula/admin', '--concurrency=10'],
};

const task = process.argv[2];
if (!task || !(task in tasks)) {
  console.error(`usage: node scripts/smula.mjs <${Object.keys(tasks).join('|')}>`);
  process.exit(2);
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === pinnedVersion) return ['pnpm', []];
  // No (or another) pnpm: use the pinned one from the npm registry, no global install needed.
  return ['npx', ['--yes', pinned]];
}

const [pnpm, pre] = pnpmCommand();

// Install when node_modules is missing or older than the lockfile.
const marker = join(root, 'node_modules', '.modules.yaml');
const lock = join(root, 'pnpm-lock.yaml');
const stale =
  !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  const status = run(pnpm, [...pre, 'install', ...frozen]);
  if (status !== 0) process.exit(status);
}

// `npm start` on a developer's machine: the admin runs in production mode, which needs to know
// its public address; here it is this machine. A deployment sets SMULA_PUBLIC_URL itself.
if (task === 'start') process.env.SMULA_PUBLIC_URL ??= 'http://localhost:3000';

process.exit(run(pnpm, [...pre, 'exec', 'turbo', ...tasks[task], ...process.argv.slice(3)]));
