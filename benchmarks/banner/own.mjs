// The banner's own cost on the main thread, with the network taken out: the time from its
// script's last byte arriving (Resource Timing's responseEnd) to the banner having a box, under
// 4× CPU slowdown, against an empty script in the same place (where the page's own parse and
// layout land). The full bench (bench.mjs) adds the round trips, which vary more than this does.
// Split per load: arrival → the script starts, the script's run, and its end → visible. Not a test.
//
//   pnpm --filter @smula/core build && pnpm --filter @smula/banner build
//   pnpm --filter @smula/bench-banner own                    # ROUNDS=21 by default
//   VARIANTS=/tmp/a.js pnpm --filter @smula/bench-banner own
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { bannerScript } from '@smula/banner/serve';
import { launchChromium } from '@smula/testing';
import { benchConfig, median, page } from './shared.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 21);
const config = benchConfig();
// Marks around each script: when it starts and when its synchronous part is done.
const marked = (js) => `window.__s0=performance.now();\n${js}\nwindow.__s1=performance.now();`;
const scripts = [
  ['an empty script (the page alone behind it)', '', 'main'],
  ['Smula (this build)', bannerScript(config), 'banner'],
  ...(process.env.VARIANTS ?? '')
    .split(',')
    .filter(Boolean)
    .map((f) => [f, readFileSync(f, 'utf8'), 'banner']),
].map(([name, js, until]) => ({ name, body: gzipSync(marked(js)), until }));

const html = (i) => page(`<script src="/s${i}.js"></script>`);
const server = createServer((req, res) => {
  const m = /^\/s?(\d+)\.(js|html)$/.exec(req.url);
  const s = m && scripts[Number(m[1])];
  if (!s) return res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': m[2] === 'js' ? 'text/javascript' : 'text/html; charset=utf-8',
    'content-encoding': 'gzip',
    'cache-control': 'no-store',
  });
  res.end(m[2] === 'js' ? s.body : gzipSync(html(Number(m[1]))));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// The same "visible" as bench.mjs: a non-empty box, checked on every DOM change.
const probe = (until) => `(() => {
  const m = (window.__m = { visible: 0 });
  const el = () => ${until === 'main' ? "document.querySelector('main')" : `document.getElementById('smula-banner')?.shadowRoot?.querySelector('[role="dialog"]:not([hidden])')`};
  const check = () => { const e = el(); if (m.visible || !e) return; const r = e.getBoundingClientRect(); if (r.width > 0 && r.height > 0) m.visible = performance.now(); };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

const browser = await launchChromium();
const runs = scripts.map(() => []);
for (let round = 0; round < ROUNDS; round++)
  for (let k = 0; k < scripts.length; k++) {
    const i = (k + round) % scripts.length;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(probe(scripts[i].until));
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await tab.goto(`${origin}/${i}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__m.visible > 0, null, { timeout: 10000 });
    runs[i].push(
      await tab.evaluate((i) => {
        const end = performance
          .getEntriesByType('resource')
          .find((e) => e.name.endsWith(`/s${i}.js`)).responseEnd;
        const { visible } = window.__m;
        return [visible - end, window.__s0 - end, window.__s1 - window.__s0, visible - window.__s1];
      }, i),
    );
    await context.close();
  }
await browser.close();
server.close();

console.log(`Chromium, 4× CPU slowdown, ${ROUNDS} interleaved rounds, medians (ms).\n`);
console.log(
  '| script | arrival → visible | arrival → script starts | script runs | its end → visible |',
);
console.log('|---|---:|---:|---:|---:|');
for (const [i, s] of scripts.entries())
  console.log(
    `| ${s.name} | ${[0, 1, 2, 3].map((j) => median(runs[i].map((r) => r[j])).toFixed(1)).join(' | ')} |`,
  );
