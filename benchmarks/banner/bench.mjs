// Banner benchmark: the same page with Smula, vanilla-cookieconsent 3.1 and Osano cookieconsent
// 3.1, served gzip-compressed on loopback and measured in Chromium. Runs are interleaved (one of
// each banner per round) and each metric is the median over the rounds, in two profiles:
// unthrottled, and 4× CPU slowdown with 150 ms latency.
//
//   pnpm --filter @smula/core build && pnpm --filter @smula/banner build
//   pnpm --filter @smula/bench-banner bench            # ROUNDS=15 for more rounds
//   VARIANTS=/tmp/a.js ONLY=smula,osano,none pnpm --filter @smula/bench-banner bench
//
// Metrics: time from navigation start to the banner being rendered (in the layout, non-zero box;
// entry animations not waited for), JS+CSS bytes transferred (compressed bodies), total blocking
// time (sum of long-task time over 50 ms until 1 s after load) and cumulative layout shift.
// Two reference rows: the page alone, and the page behind an empty script first in <head> (the
// earliest any such banner could be visible). The last lines give Smula's visible time over the
// fastest peer's, and the empty script's, per profile.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bannerScript } from '@smula/banner/serve';
import { launchChromium } from '@smula/testing';
import { benchConfig, median, page } from './shared.mjs';

const require = createRequire(import.meta.url);
const ROUNDS = Number(process.env.ROUNDS ?? 11);
const read = (p) => readFileSync(require.resolve(p));

const config = benchConfig();
const en = config.texts.en.banner;
// The same site with automatic blocking on: the chunk (blocking, placeholders) is inlined too.
const autoConfig = benchConfig({ autoBlocking: true });

/** Each contender: its page, its assets and how to tell its banner is on screen. */
const CONTENDERS = {
  smula: {
    label: 'Smula',
    html: page('<script src="/smula.js"></script>'),
    visible: () =>
      document
        .getElementById('smula-banner')
        ?.shadowRoot?.querySelector('[role="dialog"]:not([hidden])'),
  },
  smulaAuto: {
    label: 'Smula, automatic blocking on',
    html: page('<script src="/smula-auto.js"></script>'),
    visible: () =>
      document
        .getElementById('smula-banner')
        ?.shadowRoot?.querySelector('[role="dialog"]:not([hidden])'),
  },
  smulaEn: {
    label: 'Smula, one language (?lang=en)',
    html: page('<script src="/smula-en.js"></script>'),
    visible: () =>
      document
        .getElementById('smula-banner')
        ?.shadowRoot?.querySelector('[role="dialog"]:not([hidden])'),
  },
  smulaUk: {
    label: 'Smula, UK visitor (opt-out region)',
    html: page('<script src="/smula-uk.js"></script>'),
    visible: () =>
      document
        .getElementById('smula-banner')
        ?.shadowRoot?.querySelector('[role="dialog"]:not([hidden])'),
  },
  vanilla: {
    label: 'vanilla-cookieconsent 3.1.0',
    // As its documentation shows: stylesheet in <head>, script at the end of <body>.
    html: page(
      '<link rel="stylesheet" href="/vcc.css">',
      `<script src="/vcc.js"></script><script>CookieConsent.run({hideFromBots:false,categories:{necessary:{enabled:true,readOnly:true},analytics:{},marketing:{}},language:{default:'en',translations:{en:{consentModal:{title:${JSON.stringify(en.title)},description:'We use cookies for statistics and marketing.',acceptAllBtn:'Accept all',acceptNecessaryBtn:'Reject all',showPreferencesBtn:'Customise'},preferencesModal:{title:'Cookie settings',acceptAllBtn:'Accept all',acceptNecessaryBtn:'Reject all',savePreferencesBtn:'Save',sections:[{title:'Necessary',linkedCategory:'necessary'},{title:'Statistics',linkedCategory:'analytics'},{title:'Marketing',linkedCategory:'marketing'}]}}}}});</script>`,
    ),
    visible: () => document.querySelector('#cc-main .cm'),
  },
  osano: {
    label: 'Osano cookieconsent 3.1.1',
    // Script in <head>, initialised at DOMContentLoaded (its docs use `load`, which is later).
    html: page(
      `<link rel="stylesheet" href="/osano.css"><script src="/osano.js"></script><script>addEventListener('DOMContentLoaded',function(){window.cookieconsent.initialise({type:'opt-in',content:{message:'We use cookies for statistics and marketing.',allow:'Accept all',deny:'Reject all'}})})</script>`,
    ),
    visible: () => document.querySelector('.cc-window:not(.cc-invisible)'),
  },
  // The floor on this machine: the same page without any banner. "Visible" is its article
  // being laid out; its TBT is what the browser spends on the page itself.
  none: {
    label: 'no banner (the page alone)',
    html: page(''),
    visible: () => document.querySelector('main'),
  },
  // The floor for any banner loaded the way Smula's is (a script first in <head>): the same page
  // behind an empty script of its own. The page waits one more round trip for it, so under the
  // throttled profile's 150 ms RTT no such banner can be visible earlier than this row.
  floor: {
    label: 'an empty script first in <head> (the floor)',
    html: page('<script src="/empty.js"></script>'),
    visible: () => document.querySelector('main'),
  },
};

const ASSETS = {
  '/smula.js': ['text/javascript', Buffer.from(bannerScript(config))],
  '/empty.js': ['text/javascript', Buffer.from('')],
  '/smula-auto.js': ['text/javascript', Buffer.from(bannerScript(autoConfig))],
  // The same site's script for one language, and the variant a UK visitor gets (issue 19).
  '/smula-en.js': ['text/javascript', Buffer.from(bannerScript(config, { locale: 'en' }))],
  '/smula-uk.js': ['text/javascript', Buffer.from(bannerScript(config, { region: 'uk' }))],
  '/vcc.js': ['text/javascript', read('vanilla-cookieconsent/dist/cookieconsent.umd.js')],
  '/vcc.css': ['text/css', read('vanilla-cookieconsent/dist/cookieconsent.css')],
  '/osano.js': ['text/javascript', read('cookieconsent/build/cookieconsent.min.js')],
  '/osano.css': ['text/css', read('cookieconsent/build/cookieconsent.min.css')],
};
// Comparing builds: VARIANTS=a.js,b.js adds each file as a Smula contender (same page, same
// probe), and ONLY=smula,osano,... keeps just the named contenders (their keys above).
for (const [i, file] of (process.env.VARIANTS ?? '').split(',').filter(Boolean).entries()) {
  ASSETS[`/variant${i}.js`] = ['text/javascript', readFileSync(file)];
  CONTENDERS[`variant${i}`] = {
    ...CONTENDERS.smula,
    label: `Smula, ${file}`,
    html: page(`<script src="/variant${i}.js"></script>`),
  };
}
const only = process.env.ONLY?.split(',');
if (only)
  for (const k of Object.keys(CONTENDERS))
    if (!only.includes(k) && !k.startsWith('variant')) delete CONTENDERS[k];

for (const [k, c] of Object.entries(CONTENDERS))
  ASSETS[`/${k}.html`] = ['text/html', Buffer.from(c.html)];
/** First-load bytes with brotli (quality 11, as the delivery precomputes): each page's JS+CSS. */
const brotli = (key) =>
  [...CONTENDERS[key].html.matchAll(/(?:src|href)="(\/[^"]+)"/g)]
    .map((m) => ASSETS[m[1]][1])
    .reduce(
      (s, b) =>
        s + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    );
// Printed first: the bytes need no browser. Smula's first load is the runtime and the site's
// config; the preferences layer's detail is fetched later (issue 16) and not counted.
console.log('First load, brotli quality 11 (B):');
for (const [key, c] of Object.entries(CONTENDERS)) console.log(`  ${c.label}: ${brotli(key)}`);
console.log('');
const GZ = Object.fromEntries(
  Object.entries(ASSETS).map(([k, [t, b]]) => [k, [t, gzipSync(b, { level: 9 })]]),
);

const server = createServer((req, res) => {
  const hit = GZ[new URL(req.url, 'http://x').pathname];
  if (!hit) return res.writeHead(404).end();
  res.writeHead(200, {
    'content-type': `${hit[0]}; charset=utf-8`,
    'content-encoding': 'gzip',
    'cache-control': 'no-store',
  });
  res.end(hit[1]);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Installed before any page script: long tasks, layout shifts and the banner's first frame. */
const probe = (visibleSrc) => `(() => {
  const m = (window.__bench = { tbt: 0, cls: 0, visible: 0 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.tbt += Math.max(0, e.duration - 50); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) m.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const visible = ${visibleSrc};
  const shown = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); const cs = getComputedStyle(el); return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none'; };
  const check = () => { if (!m.visible && shown(visible())) m.visible = performance.now(); };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  const frame = () => { check(); if (!m.visible) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})();`;

async function measure(browser, key, throttled) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(probe(CONTENDERS[key].visible.toString()));
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(`${origin}/${key}.html`, { waitUntil: 'load' });
  await page
    .waitForFunction(() => window.__bench.visible > 0, null, { timeout: 15000 })
    .catch((e) => {
      throw new Error(`${key}: banner never became visible (${e.message})`);
    });
  await page.waitForTimeout(1000);
  const r = await page.evaluate(() => ({
    ...window.__bench,
    bytes: performance
      .getEntriesByType('resource')
      .filter(
        (e) =>
          e.initiatorType === 'script' || e.initiatorType === 'link' || /\.(js|css)$/.test(e.name),
      )
      .reduce((s, e) => s + e.encodedBodySize, 0),
  }));
  await context.close();
  return r;
}

const browser = await launchChromium();
const version = browser.version();
const rows = [];
// PROFILES=throttled (or unthrottled) runs one profile only.
const profiles = [false, true].filter(
  (t) => !process.env.PROFILES || process.env.PROFILES === (t ? 'throttled' : 'unthrottled'),
);
for (const throttled of profiles) {
  const runs = Object.fromEntries(Object.keys(CONTENDERS).map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved, with the order rotated each round so no banner always goes first.
    const keys = Object.keys(CONTENDERS);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(i + round) % keys.length];
      runs[key].push(await measure(browser, key, throttled));
    }
  }
  for (const [key, rs] of Object.entries(runs))
    rows.push({
      key,
      profile: throttled ? '4× CPU, 150 ms RTT' : 'unthrottled',
      banner: CONTENDERS[key].label,
      visible: median(rs.map((r) => r.visible)),
      bytes: median(rs.map((r) => r.bytes)),
      brotli: brotli(key),
      tbt: median(rs.map((r) => r.tbt)),
      cls: median(rs.map((r) => r.cls)),
    });
}
await browser.close();
server.close();

console.log(`Chromium ${version}, ${ROUNDS} interleaved rounds, medians.\n`);
console.log(
  '| profile | banner | banner visible (ms) | JS+CSS transferred (B, gzip) | first load, brotli 11 (B) | TBT (ms) | CLS |',
);
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${r.profile} | ${r.banner} | ${r.visible.toFixed(0)} | ${r.bytes} | ${r.brotli} | ${r.tbt.toFixed(0)} | ${r.cls.toFixed(3)} |`,
  );
// The issue 16 ratio (Smula's visible time over the fastest peer's), and the same for the empty
// script: how low that ratio can go for any script first in <head> on this machine and profile.
console.log('');
for (const profile of new Set(rows.map((r) => r.profile))) {
  const at = (k) => rows.find((r) => r.profile === profile && r.key === k)?.visible;
  const peer = Math.min(...['vanilla', 'osano'].map(at).filter(Boolean));
  if (!Number.isFinite(peer) || !at('smula')) continue;
  const floor = at('floor') ? `; the empty script ${(at('floor') / peer).toFixed(2)}×` : '';
  console.log(
    `${profile}: Smula visible at ${(at('smula') / peer).toFixed(2)}× the fastest peer${floor}`,
  );
}
