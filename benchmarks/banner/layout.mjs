// The banner's own first layout: a page with nothing but the script, loaded in a fresh browser
// context each time (a new renderer, so no typeface is cached yet) under 4× CPU slowdown; the
// time of the first forced layout once the dialog exists is what laying out the banner costs,
// most of it looking up typefaces. Interleaved, median over the rounds. Not a test.
//
//   pnpm --filter @smula/core build && pnpm --filter @smula/banner build
//   pnpm --filter @smula/bench-banner layout               # ROUNDS=25 by default
//   VARIANTS=/tmp/a.js,/tmp/b.js pnpm --filter @smula/bench-banner layout
import { readFileSync } from 'node:fs';
import { bannerScript } from '@smula/banner/serve';
import { launchChromium } from '@smula/testing';
import { benchConfig, median } from './shared.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 25);
const config = benchConfig();
const scripts = {
  'Smula (this build)': Buffer.from(bannerScript(config)),
  ...Object.fromEntries(
    (process.env.VARIANTS ?? '')
      .split(',')
      .filter(Boolean)
      .map((f) => [f, readFileSync(f)]),
  ),
};
const html =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/s.js"></script></head><body><p>Page</p></body></html>';
// Runs before the page's scripts: times the first layout that includes the dialog.
const probe = `new MutationObserver((_, o) => {
  const d = document.getElementById('smula-banner')?.shadowRoot?.querySelector('[role=dialog]');
  if (!d) return;
  o.disconnect();
  const t = performance.now();
  d.getBoundingClientRect();
  window.__layout = performance.now() - t;
}).observe(document, { childList: true, subtree: true });`;

const browser = await launchChromium();
const runs = Object.fromEntries(Object.keys(scripts).map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++)
  for (const [name, js] of Object.entries(scripts)) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(probe);
    const page = await context.newPage();
    await page.route('http://bench.test/**', (r) =>
      r.request().url().endsWith('/s.js')
        ? r.fulfill({ body: js, contentType: 'text/javascript' })
        : r.fulfill({ body: html, contentType: 'text/html' }),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto('http://bench.test/', { waitUntil: 'load' });
    await page.waitForFunction(() => window.__layout !== undefined, null, { timeout: 10000 });
    runs[name].push(await page.evaluate(() => window.__layout));
    await context.close();
  }
await browser.close();

console.log(`Chromium, 4× CPU slowdown, ${ROUNDS} interleaved rounds, fresh context each.\n`);
console.log('| script | first layout with the banner, median (ms) | min (ms) | max (ms) |');
console.log('|---|---:|---:|---:|');
for (const [name, rs] of Object.entries(runs))
  console.log(
    `| ${name} | ${median(rs).toFixed(1)} | ${Math.min(...rs).toFixed(1)} | ${Math.max(...rs).toFixed(1)} |`,
  );
