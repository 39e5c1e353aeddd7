// Automatic blocking in Chromium, against dist/auto-block.min.js + dist/banner.min.js as the
// delivery endpoint serves them. Pages are served under several host names (site.test,
// tracker.test, video.test) mapped to one loopback server, whose request log is the evidence.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { buildPublishedConfig, type TDeclaration, type TStorageItem } from '@smula/core';
import { fjallbagerietDeclaration as fjb } from '@smula/core/fixtures';
import { launchChromium } from '@smula/testing';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapRuntime } from '../src/serve.js';
import { distFile, storedConsent, until } from './helpers.js';

const chunk = () => readFileSync(new URL('../dist/auto-block.min.js', import.meta.url), 'utf8');
/** What `bannerScript` serves, with both files read from dist/ (the minified builds). */
const bannerScript = (cfg: unknown, opts = {}) =>
  wrapRuntime(readFileSync(distFile, 'utf8'), cfg, opts, { autoBlock: chunk });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

const item = (id: string, host: string, category: string): TStorageItem => ({
  ...fjb.items[0]!,
  id,
  name: id,
  host,
  category,
  party: 'third',
  vendor: undefined,
  necessityJustification: undefined,
});
const draft: TDeclaration = {
  ...fjb,
  site: { ...fjb.site, domains: ['site.test'], autoBlocking: true },
  // video.test comes only from the vendor's own hosts (no item names it).
  vendors: [
    ...fjb.vendors,
    {
      id: 'tube',
      name: 'TubeCo',
      countries: ['US'],
      dpfCertified: true,
      description: { en: 'Videos.' },
      defaultCategory: 'preferences',
      hosts: ['video.test'],
    },
  ],
  items: [
    ...fjb.items.filter((i) => i.category === 'necessary' && i.party === 'first'),
    item('trk', 'tracker.test', 'marketing'),
  ],
};
const config = buildPublishedConfig(draft, {
  siteKey: 'auto-block-test',
  version: 1,
  publishedAt: '2026-11-01T10:00:00.000Z',
});
const en = config.texts.en!.banner;

/** A tracker script: records that it ran, in order. */
const js = (name: string) => `(window.__ran=window.__ran||[]).push(${JSON.stringify(name)});`;

const page = (p: number) => `<!doctype html><html lang="en"><head><title>Shop</title>
<script src="/smula.js"></script>
<script src="http://tracker.test:${p}/parser.js"></script>
<link rel="preload" as="script" href="http://tracker.test:${p}/preload.js">
<script type="text/plain" data-category="marketing" src="http://tracker.test:${p}/manual.js"></script>
<script src="/first.js"></script>
</head><body>
<img src="http://tracker.test:${p}/pixel.gif" alt="">
<iframe src="http://video.test:${p}/embed.html" title="Video" width="320" height="180"></iframe>
<p id="after">Text after the video</p>
<script>
  // A tag-manager-like loader: creates a script and sets its src before inserting it.
  (function () {
    var s = document.createElement('script');
    s.src = 'http://tracker.test:${p}/loader.js';
    document.head.appendChild(s);
  })();
  // A tracker added after load, src set after creation through setAttribute.
  addEventListener('load', function () {
    var s = document.createElement('script');
    s.setAttribute('src', 'http://tracker.test:${p}/late.js');
    document.body.appendChild(s);
    var i = document.createElement('img');
    i.alt = '';
    i.src = 'http://tracker.test:${p}/dyn-pixel.gif';
    document.body.appendChild(i);
    // A YouTube-like embed added by a script.
    var f = document.createElement('iframe');
    f.src = 'http://video.test:${p}/embed-dyn.html';
    f.title = 'Video';
    document.body.appendChild(f);
    window.__late = true;
  });
</script>
</body></html>`;

/** A single-page app: after a client-side navigation, a view inserts its own tags. */
const spa = (p: number) => `<!doctype html><html lang="en"><head>
<script src="/smula.js"></script>
</head><body><main id="view">home</main>
<script>
  window.go = function () {
    history.pushState({}, '', '/shop');
    var view = document.getElementById('view');
    view.textContent = 'shop';
    // Framework-style: elements created, attributes set, then inserted.
    var s = document.createElement('script');
    s.setAttribute('src', 'http://tracker.test:${p}/spa.js');
    view.appendChild(s);
    // A preload whose rel comes before its href, and one whose href comes first.
    var a = document.createElement('link');
    a.rel = 'preload';
    a.as = 'script';
    a.href = 'http://tracker.test:${p}/spa-preload-a.js';
    document.head.appendChild(a);
    var b = document.createElement('link');
    b.href = 'http://tracker.test:${p}/spa-prefetch-b.js';
    b.setAttribute('rel', 'prefetch');
    document.head.appendChild(b);
    var f = document.createElement('iframe');
    f.setAttribute('src', 'http://video.test:${p}/spa-embed.html');
    view.appendChild(f);
    window.__navigated = true;
  };
</script>
</body></html>`;

let server: Server;
let port: number;
let browser: Browser;
const log: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = (req.url ?? '/').split('?')[0]!;
    log.push(`${host}${path}`);
    const send = (type: string, body: string) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (host === 'site.test' && path === '/page.html') return send('text/html', page(port));
    if (host === 'site.test' && path === '/spa.html') return send('text/html', spa(port));
    if (host === 'site.test' && path === '/smula.js')
      return send(
        'text/javascript',
        bannerScript(config, { endpoint: `http://site.test:${port}/api/v1/consents` }),
      );
    if (path.endsWith('.js')) return send('text/javascript', js(path.slice(1, -3)));
    if (path.endsWith('.html')) return send('text/html', '<p>embed</p>');
    if (path.endsWith('.gif')) return send('image/gif', 'GIF89a');
    res.writeHead(204);
    res.end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as AddressInfo).port;
  // Frames in the page's own process: a held iframe starts loading its cross-site `src` before
  // the observer holds it (see above), then becomes a same-origin `srcdoc`. Playwright
  // sometimes loses track of a frame swapped out of another process and back, and its
  // `contentFrame()` stays null while the placeholder is there (checked through the parent's
  // `contentDocument`). What is tested does not depend on the process model.
  browser = await launchChromium([
    '--host-resolver-rules=MAP *.test 127.0.0.1',
    '--disable-site-isolation-trials',
    '--disable-features=IsolateOrigins,site-per-process',
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

const ran = (p: Page) =>
  p.evaluate(() => (window as { __ran?: string[] }).__ran ?? []) as Promise<string[]>;
const requested = (host: string) => log.filter((l) => l.startsWith(`${host}/`));

describe('automatic blocking', () => {
  it('the delivery endpoint inlines the chunk only for a config with a map', () => {
    expect(bannerScript(config)).toContain('smulaAutoBlock(');
    const { autoBlock: _, ...without } = config;
    expect(bannerScript(without)).not.toContain('smulaAutoBlock(');
  });

  it('holds every mapped resource before consent and restores each once, in order, after Accept all', async () => {
    log.length = 0;
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`http://site.test:${port}/page.html`);
    await p.waitForFunction(() => (window as { __late?: boolean }).__late === true);
    await p.getByRole('button', { name: en.acceptAll, exact: true }).waitFor();

    // The first-party script always runs; nothing from the trackers does.
    expect(await ran(p)).toEqual(['first']);
    expect(requested('site.test')).toContain('site.test/first.js');
    // Chromium's preload scanner reads the raw HTML ahead of the parser and fetches the
    // parser-inserted <script src> and the preload link before any script can see them: the
    // request happens, the script does not run. Documented in the Auto-blocking page.
    // Chromium's preload scanner reads the raw HTML ahead of the parser and fetches a
    // parser-inserted <script src>, <img src> and preload link before any script can see the
    // elements, and a parser-inserted <iframe src> starts loading as it is inserted, before the
    // observer runs: those requests may happen (the script still never runs). Inserted ones are
    // held completely. Documented on the Auto-blocking page.
    const early = [
      'tracker.test/parser.js',
      'tracker.test/preload.js',
      'tracker.test/pixel.gif',
      'video.test/embed.html',
    ];
    const late = (host: string) => requested(host).filter((r) => !early.includes(r));
    expect(late('tracker.test')).toEqual([]);
    for (const held of ['loader.js', 'late.js', 'dyn-pixel.gif', 'manual.js'])
      expect(requested('tracker.test')).not.toContain(`tracker.test/${held}`);
    expect(late('video.test')).toEqual([]);
    const attrs = await p.evaluate(() => ({
      img: document.querySelector('img[data-src$="dyn-pixel.gif"]')?.getAttribute('data-category'),
      iframe: document
        .querySelector('iframe[data-src$="embed-dyn.html"]')
        ?.getAttribute('data-category'),
      link: document.querySelector('link[data-href]')?.getAttribute('data-category'),
    }));
    expect(attrs).toEqual({ img: 'marketing', iframe: 'preferences', link: 'marketing' });

    await p.getByRole('button', { name: en.acceptAll, exact: true }).click();
    await until(async () => (await ran(p)).length >= 5);
    // Document order: head (parser, manual, loader appended to head), then body (late).
    expect(await ran(p)).toEqual(['first', 'parser', 'manual', 'loader', 'late']);
    await until(() => requested('video.test').includes('video.test/embed-dyn.html'));
    await until(() => requested('tracker.test').includes('tracker.test/dyn-pixel.gif'));
    await context.close();
  });

  it('leaves a category the visitor refused held, and the rest restored', async () => {
    log.length = 0;
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`http://site.test:${port}/page.html`);
    await p.waitForFunction(() => (window as { __late?: boolean }).__late === true);
    await p.evaluate(() => window.Smula!.accept(['preferences']));
    await until(() => requested('video.test').includes('video.test/embed-dyn.html'));
    expect(await ran(p)).toEqual(['first']);
    for (const held of ['loader.js', 'late.js', 'dyn-pixel.gif', 'manual.js'])
      expect(requested('tracker.test')).not.toContain(`tracker.test/${held}`);
    await context.close();
  });

  it('fails closed on a malformed map: every other host is held', async () => {
    log.length = 0;
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.route('**/smula.js', async (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: bannerScript({ ...config, autoBlock: { 'tracker.test': 42 } }),
      }),
    );
    await p.goto(`http://site.test:${port}/page.html`);
    await p.waitForFunction(() => (window as { __late?: boolean }).__late === true);
    await p.getByRole('button', { name: en.acceptAll, exact: true }).click();
    // Hand-tagged elements keep working; everything automatic blocking held stays held.
    await until(async () => (await ran(p)).includes('manual'));
    expect(await ran(p)).toEqual(['first', 'manual']);
    for (const held of ['loader.js', 'late.js', 'dyn-pixel.gif'])
      expect(requested('tracker.test')).not.toContain(`tracker.test/${held}`);
    expect(requested('video.test')).not.toContain('video.test/embed-dyn.html');
    await context.close();
  });

  it('held links and elements of a single-page app’s later view, whatever the order of rel and href', async () => {
    log.length = 0;
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`http://site.test:${port}/spa.html`);
    await p.getByRole('button', { name: en.acceptAll, exact: true }).waitFor();
    await p.evaluate(() => (window as unknown as { go: () => void }).go());
    await p.waitForFunction(() => (window as { __navigated?: boolean }).__navigated === true);
    expect(await p.evaluate(() => location.pathname)).toBe('/shop');
    expect(
      await p.evaluate(() =>
        Array.from(document.querySelectorAll('[data-category]'), (e) => e.tagName).sort(),
      ),
    ).toEqual(['IFRAME', 'LINK', 'LINK', 'SCRIPT']);
    expect(requested('tracker.test')).toEqual([]);
    expect(requested('video.test')).toEqual([]);
    await p.getByRole('button', { name: en.acceptAll, exact: true }).click();
    await until(async () => (await ran(p)).includes('spa'));
    for (const r of ['spa-preload-a.js', 'spa-prefetch-b.js'])
      await until(() => requested('tracker.test').includes(`tracker.test/${r}`));
    await until(() => requested('video.test').includes('video.test/spa-embed.html'));
    await context.close();
  });
});

/** Serious and critical axe violations in one frame. */
async function axe(frame: Page | Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const result = (await frame.evaluate(() =>
    (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    }),
  )) as { violations: { id: string; impact: string }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id);
}

const embed = (p: Page) => p.locator('iframe[title="Video"]').first();
/** The placeholder's frame, once the iframe has one (it navigates to the srcdoc first). */
const placeholder = (p: Page) =>
  until(async () => (await embed(p).elementHandle())?.contentFrame());

describe('click-to-load placeholders', () => {
  it('shows vendor, category and why in the held iframe’s own box, and passes axe', async () => {
    log.length = 0;
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`http://site.test:${port}/page.html`);
    await p.getByRole('button', { name: en.acceptAll, exact: true }).waitFor();
    const frame = await placeholder(p);
    const allow = frame.getByRole('button', { name: 'Allow Preferences' });
    await allow.waitFor();
    const text = (await frame.locator('main').textContent()) ?? '';
    expect(text).toContain('This content comes from TubeCo. To show it here, allow Preferences.');
    const preferences = config.categories.find((c) => c.key === 'preferences')!;
    expect(text).toContain(preferences.description.en!);
    expect(await frame.getByRole('link', { name: 'Open it at TubeCo' }).getAttribute('href')).toBe(
      `http://video.test:${port}/embed.html`,
    );
    // The same box as the iframe the page asked for.
    expect(
      await embed(p).evaluate((f) => [f.clientWidth, f.clientHeight, f.getAttribute('src')]),
    ).toEqual([320, 180, null]);
    expect(await axe(frame)).toEqual([]);
    // The page around it; the banner's dialog is open too.
    expect(await axe(p)).toEqual([]);
    await context.close();
  });

  it('grants the category from the keyboard as a recorded decision, with no layout shift', async () => {
    log.length = 0;
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__shift += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(`http://site.test:${port}/page.html`);
    await p.waitForFunction(() => (window as { __late?: boolean }).__late === true);
    const frame = await placeholder(p);
    const allow = frame.getByRole('button', { name: 'Allow Preferences' });
    await allow.waitFor();
    const box = async () => ({
      iframe: await embed(p).boundingBox(),
      after: await p.locator('#after').boundingBox(),
    });
    const before = await box();
    const shiftBefore = await p.evaluate(() => (window as unknown as { __shift: number }).__shift);
    await allow.focus();
    await p.keyboard.press('Enter');
    await until(() => requested('video.test').includes('video.test/embed.html'));
    await until(() => requested('video.test').includes('video.test/embed-dyn.html'));
    await p.waitForFunction(
      () => !document.querySelector('iframe[title="Video"]')?.hasAttribute('srcdoc'),
    );
    // The real document loaded in the same element and box.
    await until(async () =>
      p.frames().some((f) => f.url() === `http://video.test:${port}/embed.html`),
    );
    expect(await box()).toEqual(before);
    expect(await p.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(
      shiftBefore,
    );
    // Recorded like any other decision: preferences on, the rest still off (this site has
    // nothing unclassified, so that is not a choice).
    await until(() => log.includes('site.test/api/v1/consents'));
    expect((await storedConsent(context))?.c).toEqual({
      preferences: true,
      statistics: false,
      marketing: false,
    });
    // Marketing stays held.
    expect(await ran(p)).toEqual(['first']);
    await context.close();
  });

  it('shows no placeholder for a vendor that turned them off', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const off = buildPublishedConfig(
      { ...draft, vendors: draft.vendors.map((v) => ({ ...v, embedPlaceholder: false })) },
      { siteKey: 'auto-block-test', version: 1, publishedAt: '2026-11-01T10:00:00.000Z' },
    );
    await p.route('**/smula.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: bannerScript(off) }),
    );
    await p.goto(`http://site.test:${port}/page.html`);
    await p.waitForFunction(() => (window as { __late?: boolean }).__late === true);
    expect(
      await p.evaluate(() =>
        Array.from(document.querySelectorAll('iframe'), (f) => [
          f.hasAttribute('data-src'),
          f.hasAttribute('srcdoc'),
        ]),
      ),
    ).toEqual([
      [true, false],
      [true, false],
    ]);
    await context.close();
  });
});

describe('withdrawal', () => {
  it('offers a reload once content of a withdrawn category has run, and the reload holds it again', async () => {
    log.length = 0;
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`http://site.test:${port}/page.html`);
    await p.waitForFunction(() => (window as { __late?: boolean }).__late === true);
    await p.evaluate(() => window.Smula!.accept(['statistics']));
    // Nothing of a withdrawn category ran: no offer.
    await p.evaluate(() => window.Smula!.withdraw());
    expect(await p.getByRole('status').count()).toBe(0);
    await p.evaluate(() => window.Smula!.acceptAll());
    await until(async () => (await ran(p)).includes('late'));
    await p.evaluate(() => window.Smula!.withdraw());
    const notice = p.getByRole('status');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(en.reloadNotice);
    await Promise.all([
      p.waitForEvent('load'),
      notice.getByRole('button', { name: en.reloadButton }).click(),
    ]);
    await p.waitForFunction(() => (window as { __late?: boolean }).__late === true);
    expect(await ran(p)).toEqual(['first']);
    await context.close();
  });
});
