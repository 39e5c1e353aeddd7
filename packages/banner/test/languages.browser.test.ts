// Issue 19: the banner picks the visitor's language from <html lang>, then navigator.languages,
// then the site's default, among the published locales; the declaration follows the same choice.

import { readFileSync } from 'node:fs';
import { buildPublishedConfig, DEFAULT_TEXTS } from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wrapRuntime } from '../src/serve.js';
import { browserSuite, configs, dialog, distFile } from './helpers.js';

const LANGS = ['de', 'fr', 'pl', 'fi', 'es'] as const;

// A site offering Swedish (its default), English and the five sample languages. Registered
// under its own name so that the shared fixture server serves it as `?c=langs`.
const langs = buildPublishedConfig(
  {
    ...fjallbagerietDeclaration,
    site: { ...fjallbagerietDeclaration.site, locales: ['sv', 'en', ...LANGS] },
  },
  { siteKey: 'fjb-langs', version: 1, publishedAt: '2026-11-01T10:00:00.000Z' },
);
configs.langs = langs;

const t = browserSuite();

/** The fixture front page with `<html lang>` set to `lang` (or removed when `null`). */
async function open(page: Page, lang: string | null) {
  await page.route('**/index.html*', async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace('lang="en"', lang === null ? '' : `lang="${lang}"`);
    await route.fulfill({ response: res, body: html });
  });
  await page.goto(`${t.srv.origin}/index.html?c=langs`);
}

const heading = (page: Page) => dialog(page).getByRole('heading').first();

describe('banner language (issue 19)', () => {
  it.each(LANGS)('%s from <html lang> (a regional tag picks its language)', async (l) => {
    // The browser prefers another offered language: the page's own language wins.
    const context = await t.browser.newContext({ locale: l === 'de' ? 'fr-FR' : 'de-DE' });
    const page = await context.newPage();
    await open(page, `${l}-XX`);
    const texts = DEFAULT_TEXTS[l].banner;
    await expect.poll(() => heading(page).textContent()).toBe(texts.title);
    expect(await dialog(page).getAttribute('lang')).toBe(l);
    expect(await page.getByRole('button', { name: texts.rejectAll, exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: texts.acceptAll, exact: true }).count()).toBe(1);
    await context.close();
  });

  it.each(LANGS)('%s from navigator.languages when the page has no lang', async (l) => {
    const context = await t.browser.newContext({ locale: `${l}-${l.toUpperCase()}` });
    const page = await context.newPage();
    await open(page, null);
    expect(await page.evaluate(() => navigator.languages[0]?.split('-')[0])).toBe(l);
    await expect.poll(() => heading(page).textContent()).toBe(DEFAULT_TEXTS[l].banner.title);
    expect(await dialog(page).getAttribute('lang')).toBe(l);
    await context.close();
  });

  it('a script asked for one language (?lang=fi) shows it whatever the page and browser say', async () => {
    const context = await t.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const runtime = readFileSync(distFile, 'utf8');
    await page.route('**/banner.js*', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: wrapRuntime(runtime, langs, { locale: 'fi' }),
      }),
    );
    await open(page, 'sv');
    await expect.poll(() => heading(page).textContent()).toBe(DEFAULT_TEXTS.fi.banner.title);
    expect(await dialog(page).getAttribute('lang')).toBe('fi');
    await context.close();
  });

  it('a page language the site does not offer gives way to the browser’s, then the default', async () => {
    const context = await t.browser.newContext({ locale: 'pl-PL' });
    const page = await context.newPage();
    await open(page, 'ja');
    await expect.poll(() => heading(page).textContent()).toBe(DEFAULT_TEXTS.pl.banner.title);
    await context.close();
    // Neither the page nor the browser speaks an offered language: the site default (sv).
    const other = await t.browser.newContext({ locale: 'ja-JP' });
    const page2 = await other.newPage();
    await open(page2, 'ja');
    await expect.poll(() => heading(page2).textContent()).toBe(langs.texts.sv!.banner.title);
    await other.close();
  });

  it('the declaration on the page follows the banner’s choice', async () => {
    const context = await t.browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    await page.route('**/declaration.html*', async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace(/<html lang="[^"]*"/, '<html');
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(`${t.srv.origin}/declaration.html?c=langs`);
    const decl = page.locator('[data-smula-declaration] .smula-declaration');
    await expect.poll(() => decl.getAttribute('lang')).toBe('fi');
    expect(await decl.textContent()).toContain(DEFAULT_TEXTS.fi.policy.colDuration);
    await context.close();
  });
});
