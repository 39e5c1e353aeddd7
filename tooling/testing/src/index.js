// Plain JS so every package's tests can import it without a build step.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  // Last resort: a browser Playwright downloaded itself, where that is possible.
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {}
  throw new Error(
    'No Chromium found for browser tests. Set CHROMIUM_PATH, or install it: apt-get install -y chromium',
  );
}

// Chromium's own background traffic is refused on a closed network; these flags keep it quiet.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `extraArgs`: more Chromium flags, e.g. `--host-resolver-rules=MAP *.test 127.0.0.1`. */
export async function launchChromium(extraArgs = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: findChromium(), args: [...FLAGS, ...extraArgs] });
}

export function sharedDir() {
  const dir = process.env.SMULA_SHARED_DIR ?? join(repoRoot, '..', 'shared');
  return existsSync(dir) ? dir : undefined;
}

const noticed = new Set();
export function readShared(relativePath) {
  const dir = sharedDir();
  const file = dir && join(dir, relativePath);
  if (file && existsSync(file)) return readFileSync(file, 'utf8');
  if (!noticed.has(relativePath)) {
    noticed.add(relativePath);
    console.info(`[smula] ../shared/${relativePath} not found: tests that read it are skipped.`);
  }
  return undefined;
}

/** A TCP port free on 127.0.0.1 right now, for a server a test is about to start. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * The arguments of the `smulaBoot(...)` call in a served banner script (or a page holding one):
 * the call's line is run with stand-ins, so the config may be a literal or `JSON.parse('…')`.
 * A hook argument comes back as `{ smulaAutoBlock: args }` or `{ smulaSignals: args }`.
 */
export function bootArgs(script) {
  const start = script.lastIndexOf('smulaBoot(');
  if (start < 0) throw new Error('no smulaBoot( call in the script');
  const end = script.indexOf('\n', start);
  const line = script.slice(start, end < 0 ? undefined : end);
  let args;
  new Function('smulaBoot', 'smulaAutoBlock', 'smulaSignals', line)(
    (...a) => {
      args = a;
    },
    (...a) => ({ smulaAutoBlock: a }),
    (...a) => ({ smulaSignals: a }),
  );
  return args;
}
