import { launchChromium } from '@smula/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE } from './declaration.js';
import { DEFAULT_CATEGORIES, DEFAULT_TEXTS } from './default-texts.js';
import type { TPublishedConfig, TStorageItem } from './model.js';
import { renderPolicyPage } from './render.js';

// Each payload tries a different way out of the text it sits in: element content, a quoted
// attribute, a script block, a URL scheme.
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const ATTR = '" onmouseover="window.__pwned=1" x="';
const JS_URL = 'javascript:window.__pwned=1';
const ALL = `${IMG} ${SCRIPT} ${ATTR}`;

/** A published config in which every field an editor can write holds a payload. */
function hostileConfig(): TPublishedConfig {
  const item = (id: string, over: Partial<TStorageItem>): TStorageItem => ({
    id: `${id}${ATTR}`,
    name: `${id}${IMG}`,
    matchKind: 'pattern',
    type: 'cookie',
    host: ALL,
    party: 'third',
    duration: { kind: 'unknown', raw: ALL },
    purpose: { sv: ALL, en: ALL },
    category: 'statistics',
    vendor: `v${ATTR}`,
    necessityJustification: ALL,
    ...over,
  });
  const sv = DEFAULT_TEXTS.sv;
  return {
    schemaVersion: 1,
    siteKey: ALL,
    version: 3,
    publishedAt: '2026-01-02T03:04:05.000Z',
    hash: ALL,
    materialHash: ALL,
    materialSince: {},
    site: {
      name: ALL,
      domains: ['hostile.example'],
      locales: ['sv'],
      defaultLocale: 'sv',
      consentLifetimes: { acceptMonths: 12, rejectMonths: 6 },
      contact: { name: ALL, email: `a@b.example${ATTR}`, phone: ALL, url: JS_URL },
      googleConsentMode: { enabled: true, mode: 'basic' },
    },
    categories: DEFAULT_CATEGORIES.map((c) => ({
      ...c,
      gcmSignals: [...c.gcmSignals],
      name: c.key === 'statistics' ? { sv: `Statistik ${IMG}` } : c.name,
      description: { sv: ALL },
    })),
    vendors: [
      {
        id: `v${ATTR}`,
        name: `Vendor ${IMG}`,
        legalName: `Legal ${SCRIPT}`,
        privacyPolicyUrl: JS_URL,
        optOutUrl: `https://ok.example/${ATTR}`,
        countries: ['US', ALL],
        dpfCertified: false,
        retention: { sv: ALL },
        description: { sv: `${ALL}\n\n- ${IMG}\n- ${JS_URL}\n\nhttps://x.example/${SCRIPT}` },
      },
    ],
    items: [item('a', {}), item('b', { party: 'first' }), item('c', { type: 'pixel' })],
    texts: {
      sv: {
        banner: { ...sv.banner, openSettings: ALL },
        policy: {
          ...sv.policy,
          title: `Cookiepolicy ${IMG}`,
          intro: ALL,
          colName: `Namn ${SCRIPT}`,
          noItems: ALL,
          sections: [
            { id: `what${ATTR}`, heading: ALL, body: `${ALL}\n\n- ${SCRIPT}\n\n${JS_URL}` },
            ...sv.policy.sections.slice(1),
          ],
        },
      },
    },
    // The renderer does not read the appearance (the banner does).
    appearance: structuredClone(DEFAULT_APPEARANCE),
  };
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

describe('renderPolicyPage in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  // A fresh page each time: `setContent` keeps the window, so a flag set by one test would leak.
  beforeEach(async () => {
    page = await browser.newPage();
  });

  afterEach(async () => {
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the check itself catches a payload that gets through', async () => {
    await page.setContent(`<p>${IMG}</p>`);
    await expect.poll(() => pwned(page)).toBe(1);
  });

  it('runs no payload and creates no element or handler from user text', async () => {
    await page.setContent(renderPolicyPage(hostileConfig(), { locale: 'sv' }));
    // Hover everything: an injected onmouseover would fire here.
    for (const el of await page.locator('.smula-policy *').all()) {
      await el.hover({ force: true, timeout: 1_000 }).catch(() => undefined);
    }
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('script, img, iframe, object, embed').count()).toBe(0);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        el.getAttributeNames().filter((n) => n.startsWith('on') || n === 'x'),
      ),
    );
    expect(handlers).toEqual([]);
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:|tel:)/);
  });

  it('shows the payloads as text', async () => {
    await page.setContent(renderPolicyPage(hostileConfig(), { locale: 'sv' }));
    const declaration = (await page.locator('.smula-declaration').textContent()) ?? '';
    expect(declaration).toContain(IMG);
    expect(declaration).toContain(SCRIPT);
    expect(declaration).toContain(ATTR.trim());
    // Visible on screen, not just present in the DOM.
    await expect.poll(() => page.getByText(`Cookiepolicy ${IMG}`).isVisible()).toBe(true);
    const purpose = page.locator('.smula-category[data-category="statistics"] tbody td').nth(2);
    expect(await purpose.isVisible()).toBe(true);
    expect(await purpose.textContent()).toBe(ALL);
    // The attribute payload stays inside its attribute.
    expect(await page.locator('section[id^="what"]').getAttribute('id')).toBe(`what${ATTR}`);
  });

  it('keeps the table shape: six headers and one row per item', async () => {
    await page.setContent(renderPolicyPage(hostileConfig(), { locale: 'sv' }));
    const stats = page.locator('.smula-category[data-category="statistics"]');
    expect(await stats.locator('h3').textContent()).toBe(`Statistik ${IMG} (3)`);
    expect(await stats.locator('thead th[scope="col"]').allTextContents()).toEqual([
      `Namn ${SCRIPT}`,
      'Leverantör',
      'Ändamål',
      'Maximal lagringstid',
      'Typ',
      'Mottagarland och överföringsgrund',
    ]);
    expect(await stats.locator('tbody tr').count()).toBe(3);
    expect(await stats.locator('tbody tr').first().locator('td').count()).toBe(6);
    expect(await page.locator('.smula-category table').count()).toBe(1);
    expect(await page.locator('[data-smula-consent-state][aria-live="polite"]').count()).toBe(1);
  });
});
