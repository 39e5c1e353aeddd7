// Takes the admin guide's screenshots from the real admin: `pnpm --filter @smula/docs screenshots`.
// Starts the BUILT admin with a fresh embedded database (the admin's own e2e helper), walks
// through what a new editor does (first-run setup, the demo site, each section, publishing) and
// writes public/screenshots/<name>.png. The admin guide (content/admin-guide.mdx) shows them; a
// test checks that every image it shows is one of these files and every file is shown.
//
// Needs the admin built first: `pnpm --filter @smula/admin build`.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchChromium } from '@smula/testing';
import type { Locator, Page } from 'playwright-core';
import { E2E_SETUP_TOKEN, startAdmin } from '../../admin/e2e/server';

const out = join(import.meta.dirname, '..', 'public', 'screenshots');
const adminBuild = join(import.meta.dirname, '..', '..', 'admin', '.next', 'BUILD_ID');
if (!existsSync(adminBuild)) {
  console.error('The admin is not built: run `pnpm --filter @smula/admin build` first.');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const timeout = 20_000;
const server = await startAdmin();
const browser = await launchChromium();
const taken: string[] = [];

/** Waits for React to hydrate: typing before that is wiped (the admin sets this marker). */
const hydrated = (page: Page) =>
  page.waitForSelector('html[data-hydrated="true"]', { state: 'attached', timeout });

/** The viewport, or only `part` of the page (which also leaves toasts out). */
async function shot(page: Page, name: string, part?: Locator) {
  // Let requests, fonts, images and transitions settle so images do not differ from run to
  // run: wait for each of them to be done rather than for a guessed time.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(
    () =>
      Array.from(document.images).every((i) => i.complete) &&
      document
        .getAnimations()
        // Endless ones (a spinner) never finish; the rest must have.
        .every((a) => a.effect?.getTiming().iterations === Infinity || a.playState !== 'running'),
    null,
    { timeout },
  );
  const path = join(out, `${name}.png`);
  await (part ? part.screenshot({ path }) : page.screenshot({ path }));
  taken.push(name);
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  context.setDefaultTimeout(timeout);

  // First-run setup on an empty database.
  await page.goto(server.url);
  await page.waitForURL(/\/setup$/);
  await hydrated(page);
  await page.getByLabel('Your name').fill('Ada Andersson');
  await page.getByLabel('E-mail').fill('ada@fjallbageriet.se');
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByLabel('Organisation').fill('Fjällbageriet AB');
  await page.getByLabel('Setup token').fill(E2E_SETUP_TOKEN);
  await shot(page, 'setup');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/dashboard$/);
  await hydrated(page);
  await shot(page, 'dashboard');

  // The demo site: a complete declaration to look around in.
  await page.getByRole('button', { name: 'Load demo site' }).click();
  await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/);
  const site = page.url();
  await hydrated(page);
  await shot(page, 'site-overview');
  const snippet = (await page.locator('pre code').first().textContent()) ?? '';
  const scriptPath = /\/b\/[A-Za-z0-9_-]+\.js/.exec(snippet)?.[0];
  if (!scriptPath) throw new Error(`No install snippet on the site overview: ${snippet}`);

  const section = async (path: string, name: string) => {
    await page.goto(`${site}/${path}`);
    await hydrated(page);
    await shot(page, name);
  };
  await section('declaration', 'declaration');
  await page.getByRole('button', { name: 'Edit FPID' }).click();
  await page.getByRole('dialog', { name: /Edit “FPID”/ }).waitFor();
  await shot(page, 'edit-item');
  await page.keyboard.press('Escape');
  await section('vendors', 'vendors');
  await section('texts', 'texts');
  // The whole form with its preview: the real banner, running in its frame. Chromium paints a
  // sandboxed (out-of-process) frame only inside the viewport, so the viewport holds the form.
  await page.setViewportSize({ width: 1280, height: 1700 });
  await page.goto(`${site}/appearance`);
  await hydrated(page);
  await page
    .frameLocator('iframe[title^="Banner preview"]')
    .locator('div.b[role="dialog"]')
    .waitFor();
  await shot(page, 'appearance');
  await page.setViewportSize({ width: 1280, height: 800 });
  await section('settings', 'settings');
  await section('import', 'import');

  // Publishing: the check, a note, then the history.
  await page.goto(`${site}/publish`);
  await hydrated(page);
  await page
    .locator('summary', { hasText: /warning|error/ })
    .first()
    .click();
  await page.getByLabel('Note for this version').fill('First version: the demo declaration');
  await shot(page, 'publish', page.locator('main'));
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page
    .getByRole('dialog', { name: /^Publish version \d+\?$/ })
    .getByRole('button', { name: /^Publish version \d+$/ })
    .click();
  await page.getByRole('cell', { name: /First version/ }).waitFor();
  const history = page.getByRole('heading', { name: 'History' }).locator('xpath=..');
  await shot(page, 'publish-history', history);

  // The banner on a page of "the site", as a visitor sees it: the install snippet, first in head.
  // The snippet names SMULA_PUBLIC_URL; this admin runs on a free port instead. The page is
  // served from loopback too: Chromium refuses a public origin loading from loopback.
  const scriptUrl = new URL(scriptPath, server.url).href;
  const shop = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><script src="${scriptUrl}"></script><title>Fjällbageriet</title></head>` +
        '<body style="font-family:sans-serif;margin:3rem"><h1>Fjällbageriet</h1><p>Surdegsbröd och kanelbullar från Umeå.</p></body></html>',
    );
  });
  await new Promise<void>((r) => shop.listen(0, '127.0.0.1', r));
  const snippetPage = await context.newPage();
  await snippetPage.goto(`http://127.0.0.1:${(shop.address() as AddressInfo).port}/`);
  await snippetPage.getByRole('dialog').waitFor();
  await shot(snippetPage, 'banner');
  await snippetPage.close();
  await new Promise((r) => shop.close(r));

  // Members (linked from the dashboard, per organisation) and the site's audit log.
  await page.goto(`${server.url}/dashboard`);
  await hydrated(page);
  await page.getByRole('link', { name: 'Members' }).first().click();
  await page.waitForURL(/\/members$/);
  await hydrated(page);
  await shot(page, 'members');
  await section('audit', 'audit');

  await context.close();
  console.log(`screenshots: ${taken.length} written to public/screenshots (${taken.join(', ')})`);
} catch (error) {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : error}`);
  console.error(`admin log:\n${server.logs().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
