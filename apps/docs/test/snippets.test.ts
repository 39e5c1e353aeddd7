// The install snippets are the files the Installing page includes (content/installing.mdx).
// Here each one runs in Chromium with the real banner, served as `/b/SITE_KEY.js` serves it
// (`bannerScript` from @smula/banner/serve, the minified runtime plus a published config built
// by @smula/core), so that the page cannot show markup the banner does not act on.
// Every request is answered in-process: nothing leaves the machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// The banner's types declare `window.Smula` and `window.dataLayer` for the page code below.
import type {} from '@smula/banner';
import { bannerDetail, bannerScript } from '@smula/banner/serve';
import { buildPublishedConfig, DEFAULT_CATEGORIES, renderDeclaration } from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';
import { launchChromium } from '@smula/testing';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../snippets');
const snippet = (name: string) => readFileSync(join(dir, name), 'utf8');
const installing = readFileSync(join(import.meta.dirname, '../content/installing.mdx'), 'utf8');

const SITE = 'https://www.fjallbageriet.se';
const SMULA = 'https://consent.example.com';
const config = buildPublishedConfig(fjallbagerietDeclaration, {
  siteKey: 'SITE_KEY',
  version: 1,
  publishedAt: '2026-11-01T10:00:00.000Z',
});

/** A page as the Installing page puts it together: head.html with extra tags, then a body. */
const pageWith = ({ head = '', body = '' }) =>
  `<!doctype html><html lang="en">${snippet('head.html').replace('</head>', `${head}</head>`)}<body><main><p>Welcome</p></main>${body}</body></html>`;

interface TVisit {
  page: Page;
  context: BrowserContext;
  /** URLs requested outside the site and Smula (the tags), in order. */
  thirdParty: string[];
  records: { action: string; choices: Record<string, boolean>; gpc: boolean }[];
  errors: string[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function visit(html: string, init?: string): Promise<TVisit> {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init);
  const v: TVisit = {
    page: await context.newPage(),
    context,
    thirdParty: [],
    records: [],
    errors: [],
  };
  await context.route('**/*', async (route: Route) => {
    const req = route.request();
    const url = new URL(req.url());
    if (url.origin === SITE) return route.fulfill({ contentType: 'text/html', body: html });
    if (url.origin === SMULA && url.pathname === '/b/SITE_KEY.js')
      return route.fulfill({
        contentType: 'text/javascript',
        body: bannerScript(config, { endpoint: `${SMULA}/api/v1/consents` }),
      });
    // The preferences layer's detail, which the banner fetches once the page has loaded.
    const detail = /^\/b\/SITE_KEY@\d+\.detail\.([\w-]+)\.json$/.exec(url.pathname);
    if (url.origin === SMULA && detail) {
      const json = bannerDetail(config, detail[1]!);
      return route.fulfill({
        status: json ? 200 : 404,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': '*' },
        body: json ?? '{}',
      });
    }
    if (url.origin === SMULA && url.pathname === '/api/v1/consents') {
      v.records.push(JSON.parse(req.postData() ?? '{}'));
      return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } });
    }
    if (url.origin === SMULA && url.pathname === `/api/v1/sites/${config.siteKey}/declaration`) {
      const locale = url.searchParams.get('locale') ?? 'sv';
      return route.fulfill({
        contentType: 'text/html',
        headers: { 'access-control-allow-origin': '*' },
        body: renderDeclaration(config, { locale }),
      });
    }
    // A tag: record that it was requested and answer with a script that says it ran.
    v.thirdParty.push(req.url());
    return route.fulfill({
      contentType: 'text/javascript',
      body: `(window.__ran = window.__ran || []).push(${JSON.stringify(url.hostname + url.pathname)});`,
    });
  });
  v.page.on('pageerror', (e) => v.errors.push(String(e)));
  await v.page.goto(`${SITE}/`);
  return v;
}

/** `dataLayer` with gtag's `arguments` entries as arrays. */
const dataLayer = (page: Page) =>
  page.evaluate(() =>
    (window.dataLayer ?? []).map((e) =>
      Object.prototype.toString.call(e) === '[object Arguments]'
        ? Array.from(e as ArrayLike<unknown>)
        : e,
    ),
  );
const indexOf = (entries: unknown[], match: (e: unknown) => boolean) => entries.findIndex(match);
const isGtag = (a: string, b?: string) => (e: unknown) =>
  Array.isArray(e) && e[0] === a && (b === undefined || e[1] === b);
const acceptAll = (page: Page) =>
  page.getByRole('button', { name: 'Accept all', exact: true }).click();

describe('the snippets the Installing page shows', () => {
  it('are all included by a page (most by this one), and no page includes a missing snippet', () => {
    const files = readdirSync(dir).sort();
    const includes = (text: string) =>
      [...text.matchAll(/<include>\.\.\/snippets\/([^<]+)<\/include>/g)].map((m) => m[1]!);
    const content = join(import.meta.dirname, '../content');
    const pages = readdirSync(content)
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => readFileSync(join(content, f), 'utf8'));
    expect([...new Set(pages.flatMap(includes))].sort()).toEqual(files);
    // The Installing page shows every banner snippet (the webhook receiver lives on Webhooks).
    expect(includes(installing).sort()).toEqual(files.filter((f) => f !== 'verify-webhook.mjs'));
  });

  it('use only category keys a new declaration has', () => {
    const keys = new Set(DEFAULT_CATEGORIES.map((c) => c.key));
    const used = readdirSync(dir).flatMap((f) =>
      [...snippet(f).matchAll(/data-category="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')),
    );
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('head.html: the Smula tag is the first script in <head>, neither async nor defer', async () => {
    const v = await visit(pageWith({ head: snippet('consent-mode-advanced.html') }));
    const first = await v.page.evaluate(() => {
      const s = document.head.querySelector('script');
      return (
        s && {
          src: s.getAttribute('src'),
          async: s.hasAttribute('async'),
          defer: s.hasAttribute('defer'),
        }
      );
    });
    expect(first).toEqual({ src: `${SMULA}/b/SITE_KEY.js`, async: false, defer: false });
    await v.context.close();
  });

  it('blocking.html: nothing runs or loads before consent; Accept all runs it in order', async () => {
    const v = await visit(pageWith({ body: snippet('blocking.html') }));
    await v.page.getByRole('dialog').waitFor();
    expect(v.thirdParty).toEqual([]);
    expect(await v.page.locator('iframe').getAttribute('src')).toBeNull();
    const before = await dataLayer(v.page);
    expect(indexOf(before, isGtag('consent', 'default'))).toBe(0);
    expect(indexOf(before, isGtag('config'))).toBe(-1);

    await acceptAll(v.page);
    await expect
      .poll(async () => indexOf(await dataLayer(v.page), isGtag('config')))
      .toBeGreaterThan(0);
    const after = await dataLayer(v.page);
    // The tags see the granted state: the update comes before their own config.
    expect(indexOf(after, isGtag('consent', 'update'))).toBeLessThan(
      indexOf(after, isGtag('config')),
    );
    expect(v.thirdParty[0]).toMatch(/^https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=/);
    await expect
      .poll(() => v.page.locator('iframe').getAttribute('src'))
      .toBe('https://www.youtube-nocookie.com/embed/VIDEO_ID');
    expect(v.errors).toEqual([]);
    await v.context.close();
  });

  it('reopen.html: data-smula-open opens the preferences, data-smula-withdraw withdraws in one click', async () => {
    const v = await visit(pageWith({ body: snippet('reopen.html') }));
    await acceptAll(v.page);
    await expect.poll(() => v.page.getByRole('dialog').count()).toBe(0);
    await v.page.locator('footer').getByRole('button', { name: 'Cookie settings' }).click();
    await expect.poll(() => v.page.getByRole('switch').count()).toBeGreaterThan(0);
    await v.page.keyboard.press('Escape');
    await v.page.locator('footer').getByRole('button', { name: 'Withdraw consent' }).click();
    await expect.poll(() => v.records.map((r) => r.action)).toEqual(['accept_all', 'withdraw']);
    const choices = await v.page.evaluate(() => window.Smula?.consent?.choices);
    expect(choices).toMatchObject({ necessary: true, statistics: false, marketing: false });
    await v.context.close();
  });

  it('declaration.html: the placeholder is filled with the declaration of the running version', async () => {
    const v = await visit(pageWith({ body: snippet('declaration.html') }));
    const declaration = v.page.locator('[data-smula-declaration] .smula-declaration');
    await declaration.waitFor();
    expect(await declaration.getAttribute('data-version')).toBe(String(config.version));
    expect(await declaration.getAttribute('data-hash')).toBe(config.hash);
    await v.context.close();
  });

  it('gtm.html: the container loads only after Statistics is granted, after the consent update', async () => {
    const v = await visit(pageWith({ head: snippet('gtm.html') }));
    await v.page.getByRole('dialog').waitFor();
    expect(v.thirdParty).toEqual([]);
    await acceptAll(v.page);
    await expect
      .poll(() => v.thirdParty)
      .toEqual(['https://www.googletagmanager.com/gtm.js?id=GTM-XXXXXXX']);
    const entries = await dataLayer(v.page);
    const gtmStart = indexOf(entries, (e) => (e as { event?: string }).event === 'gtm.js');
    expect(gtmStart).toBeGreaterThan(indexOf(entries, isGtag('consent', 'update')));
    await v.context.close();
  });

  it('consent-mode-advanced.html: gtag.js loads at once, but after a denied default', async () => {
    const v = await visit(pageWith({ head: snippet('consent-mode-advanced.html') }));
    await expect.poll(() => v.thirdParty.length).toBe(1);
    const entries = await dataLayer(v.page);
    const first = entries[0] as [string, string, Record<string, string>];
    expect(first.slice(0, 2)).toEqual(['consent', 'default']);
    expect(first[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
    expect(indexOf(entries, isGtag('config'))).toBeGreaterThan(0);
    expect(indexOf(entries, isGtag('consent', 'update'))).toBe(-1);
    await v.context.close();
  });

  it('when-granted.js: the callback waits for the category, then runs once', async () => {
    const code = `${snippet('when-granted.js')}
      window.__calls = 0;
      whenGranted('statistics', () => { window.__calls++; });`;
    const v = await visit(pageWith({ head: `<script>${code}</script>` }));
    await v.page.getByRole('dialog').waitFor();
    expect(await v.page.evaluate(() => (window as { __calls?: number }).__calls)).toBe(0);
    await v.page.evaluate(() => window.Smula?.rejectAll());
    expect(await v.page.evaluate(() => (window as { __calls?: number }).__calls)).toBe(0);
    await v.page.evaluate(() => window.Smula?.accept(['statistics']));
    await v.page.evaluate(() => window.Smula?.acceptAll());
    expect(await v.page.evaluate(() => (window as { __calls?: number }).__calls)).toBe(1);
    // On a later page the stored decision already grants it: the callback runs at once.
    await v.page.reload();
    expect(await v.page.evaluate(() => (window as { __calls?: number }).__calls)).toBe(1);
    await v.context.close();
  });

  it('GPC, as the page describes: Accept all leaves Marketing off and the record says gpc', async () => {
    const v = await visit(
      pageWith({}),
      "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });",
    );
    await acceptAll(v.page);
    await expect.poll(() => v.records.length).toBe(1);
    expect(v.records[0]).toMatchObject({
      gpc: true,
      choices: { statistics: true, marketing: false },
    });
    await v.context.close();
  });
});
