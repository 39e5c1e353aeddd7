// Vendor consent signals in Chromium, against dist/signals.min.js + dist/banner.min.js as the
// delivery endpoint serves them. Each vendor's global is a stub that records the calls it gets,
// defined where the vendor's own snippet would be (after the banner).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildPublishedConfig, type TDeclaration, type TVendor } from '@smula/core';
import { fjallbagerietDeclaration as fjb } from '@smula/core/fixtures';
import { launchChromium } from '@smula/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signalsArgs, wrapRuntime } from '../src/serve.js';
import { distFile, until } from './helpers.js';

const dist = (f: string) => () => readFileSync(new URL(`../dist/${f}`, import.meta.url), 'utf8');
const vendor = (id: string, consentSignal: TVendor['consentSignal'], category: string) => ({
  id,
  name: id,
  countries: ['US'],
  dpfCertified: true,
  description: { en: id },
  defaultCategory: category,
  consentSignal,
});
const draft: TDeclaration = {
  ...fjb,
  vendors: [
    // Meta's gate comes from its items (marketing), it has no default category.
    ...fjb.vendors.map((v) =>
      v.id === 'meta' ? { ...v, consentSignal: 'meta-pixel' as const } : v,
    ),
    vendor('uet', 'microsoft-uet', 'marketing'),
    vendor('clarity', 'microsoft-clarity', 'statistics'),
    vendor('tiktok', 'tiktok-pixel', 'marketing'),
    vendor('matomo', 'matomo', 'statistics'),
  ],
};
const meta = { siteKey: 'signals-test', version: 1, publishedAt: '2026-11-01T10:00:00.000Z' };
const config = buildPublishedConfig(draft, meta);
const withBlocking = buildPublishedConfig(
  { ...draft, site: { ...draft.site, autoBlocking: true } },
  meta,
);

const page = `<!doctype html><html lang="en"><head><title>Signals</title>
<script src="/smula.js"></script>
<script>
  // Where the vendors' snippets go: stubs that record every call.
  var rec = function (name) {
    return function () {
      (window.__calls = window.__calls || []).push([name].concat([].slice.call(arguments)));
    };
  };
  window.fbq = rec('fbq');
  window.ttq = { holdConsent: rec('ttq.holdConsent'), grantConsent: rec('ttq.grantConsent'), revokeConsent: rec('ttq.revokeConsent') };
</script>
</head><body><p>Signals</p></body></html>`;

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const cfg = url.searchParams.get('c') === 'blocking' ? withBlocking : config;
    const send = (type: string, body: string) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (url.pathname === '/page.html') return send('text/html', page);
    if (url.pathname === '/smula.js')
      return send(
        'text/javascript',
        wrapRuntime(
          readFileSync(distFile, 'utf8'),
          cfg,
          { endpoint: `${origin}/api/v1/consents` },
          { autoBlock: dist('auto-block.min.js'), signals: dist('signals.min.js') },
        ),
      );
    res.writeHead(204);
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

/** Every call each vendor received, in order. */
const calls = (p: Page) =>
  p.evaluate(() => {
    const w = window as unknown as {
      uetq?: unknown[];
      _paq?: unknown[];
      clarity?: { q?: ArrayLike<unknown>[] };
      __calls?: unknown[][];
    };
    return {
      uetq: w.uetq ?? [],
      paq: w._paq ?? [],
      clarity: (w.clarity?.q ?? []).map((a) => Array.from(a)),
      other: w.__calls ?? [],
    };
  });

const denied = { ad_storage: 'denied' };
const granted = { ad_storage: 'granted' };
const clarity = (analytics: string, ad: string) => [
  'consentv2',
  { analytics_Storage: analytics, ad_Storage: ad },
];

describe('vendor consent signals', () => {
  it('sends no signal code when no declared vendor enables one', () => {
    expect(signalsArgs(buildPublishedConfig(fjb, meta))).toBeUndefined();
    expect(JSON.parse(signalsArgs(config)!)).toEqual({
      'meta-pixel': 'marketing',
      'microsoft-clarity': 'statistics',
      'microsoft-uet': 'marketing',
      'tiktok-pixel': 'marketing',
      matomo: 'statistics',
    });
    const js = wrapRuntime('R;', buildPublishedConfig(fjb, meta), {}, { signals: () => 'SIG' });
    expect(js).not.toContain('SIG');
  });

  it('pushes the denied defaults first, then each vendor’s documented call on every change', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${origin}/page.html`);
    await p.waitForFunction(() => !!window.Smula);
    expect(await calls(p)).toEqual({
      uetq: ['consent', 'default', denied],
      paq: [['requireConsent']],
      clarity: [clarity('denied', 'denied')],
      other: [],
    });

    await p.evaluate(() => window.Smula!.accept(['statistics']));
    expect(await calls(p)).toEqual({
      uetq: ['consent', 'default', denied],
      paq: [['requireConsent'], ['setConsentGiven']],
      clarity: [clarity('denied', 'denied'), clarity('granted', 'denied')],
      other: [],
    });

    await p.evaluate(() => window.Smula!.acceptAll());
    await p.evaluate(() => window.Smula!.withdraw());
    expect(await calls(p)).toEqual({
      uetq: [
        'consent',
        'default',
        denied,
        'consent',
        'update',
        granted,
        'consent',
        'update',
        denied,
      ],
      paq: [['requireConsent'], ['setConsentGiven'], ['forgetConsentGiven']],
      clarity: [
        clarity('denied', 'denied'),
        clarity('granted', 'denied'),
        clarity('granted', 'granted'),
        clarity('denied', 'denied'),
      ],
      other: [
        ['fbq', 'consent', 'grant'],
        ['ttq.grantConsent'],
        ['fbq', 'consent', 'revoke'],
        ['ttq.revokeConsent'],
      ],
    });
    await context.close();
  });

  it('tells Meta and TikTok a stored grant once their snippets have run, beside automatic blocking', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${origin}/page.html?c=blocking`);
    await p.waitForFunction(() => !!window.Smula);
    await p.evaluate(() => window.Smula!.acceptAll());
    await p.reload();
    await p.waitForFunction(() => document.readyState === 'complete');
    // The stored decision was applied at boot, before fbq and ttq existed.
    await until(async () => (await calls(p)).other.length === 2);
    const c = await calls(p);
    expect(c.other).toEqual([['fbq', 'consent', 'grant'], ['ttq.grantConsent']]);
    expect(c.uetq).toEqual(['consent', 'default', denied, 'consent', 'update', granted]);
    // Both chunks went in, through one joined hook.
    const js = await (await p.request.get(`${origin}/smula.js?c=blocking`)).text();
    expect(js).toContain('smulaAutoBlock(');
    expect(js).toContain('smulaSignals(');
    await context.close();
  });
});
