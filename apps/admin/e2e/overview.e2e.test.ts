// The Overview page (issue 18) in Chromium against the built admin, on a fresh install: the
// install snippet copies (and says so to screen readers), the going-live checklist follows the
// site (domains, publish, scan, cookie-policy URL) with a link to fix each, the live state shows
// the version once published, and the last consent record is the install check.
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, setUpOwner } from './declaration-helpers';
import { withAdminAndBrowser } from './with-admin';

const t = withAdminAndBrowser();

const poll = { timeout: 20_000 };

/** Each checklist row's id and whether it is done, as the page marks them. */
const checklist = (page: Page) =>
  page
    .locator('li[data-check]')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((el) => [el.getAttribute('data-check'), el.dataset.done])),
    );

describe('the site overview', () => {
  it('copies the snippet, follows the checklist, and shows the live state and last record', async () => {
    const context = await t.browser.newContext({
      locale: 'en-GB',
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await setUpOwner(page, t.server.url, {
      name: 'Olle Översikt',
      email: 'olle@example.se',
      organisation: 'Översikt AB',
    });
    await hydrated(page);
    await page.getByLabel('Site name').fill('Overview');
    await page.getByLabel('Domain').fill('shop.example');
    await page.getByRole('button', { name: /Add site|Create site/ }).click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/, poll);
    const siteUrl = page.url();
    await hydrated(page);

    // Fresh: a domain, nothing else.
    expect(await checklist(page)).toEqual({
      domains: 'true',
      published: 'false',
      tag: 'false',
      'cookie-policy': 'false',
    });
    await page.getByText('3 things left before the site is ready.').waitFor();
    await page
      .getByText(/Not live yet: the banner appears once the declaration is published/)
      .waitFor();
    await page.getByText('No consent record yet — is the tag on your pages?').waitFor();
    await page
      .getByText(/accepted only from pages on the declared domains \(shop\.example\)/)
      .waitFor();
    // The page itself, not the "Site added" toast fading out (axe reads its half opacity).
    await expect.poll(() => page.locator('[data-sonner-toast]').count(), poll).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Copy: the clipboard holds the snippet, and a status region says "Copied".
    const snippet = (await page.getByRole('region', { name: 'Install snippet' }).textContent())!;
    expect(snippet).toMatch(/^<script src=".*\/b\/[A-Za-z0-9_-]+\.js"><\/script>$/);
    await page.getByRole('button', { name: 'Copy snippet' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor(poll);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // Each open item links to where it is fixed.
    const policyRow = page.locator('li[data-check="cookie-policy"]');
    await policyRow.getByRole('link', { name: 'Set it in Settings' }).click();
    await page.waitForURL(/\/settings$/, poll);
    await hydrated(page);
    await page.getByLabel('Cookie-policy URL').fill('https://shop.example/kakor');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByText('Settings saved').count(), poll).toBe(1);

    await page.goto(siteUrl);
    await hydrated(page);
    await page.locator('li[data-check="published"]').getByRole('link', { name: 'Publish' }).click();
    await page.waitForURL(/\/publish$/, poll);
    await hydrated(page);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Publish version 1?' })
      .getByRole('button', { name: 'Publish version 1' })
      .click();
    await page.getByText('Published version 1').first().waitFor(poll);

    await page.goto(siteUrl);
    await hydrated(page);
    expect(await checklist(page)).toEqual({
      domains: 'true',
      published: 'true',
      tag: 'false',
      'cookie-policy': 'true',
    });
    await page.getByText('1 thing left before the site is ready.').waitFor();
    const live = (await page.getByTestId('live-state').textContent()) ?? '';
    expect(live).toMatch(/^Live: version 1, published \d{1,2} \w{3} \d{4}/);
    expect(await page.getByText(/appears once the declaration is published/).count()).toBe(0);
    await page
      .locator('li[data-check="tag"]')
      .getByRole('link', { name: 'Scan the site' })
      .waitFor();

    // A consent record from a page of the declared domain: the install check passes.
    const key = /\/b\/([A-Za-z0-9_-]+)\.js/.exec(snippet)![1]!;
    const config = (await (await fetch(`${t.server.url}/api/v1/sites/${key}/config`)).json()) as {
      version: number;
      hash: string;
      categories: { key: string; required: boolean }[];
    };
    const res = await fetch(`${t.server.url}/api/v1/consents`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://shop.example' },
      body: JSON.stringify({
        recordId: randomUUID(),
        consentId: 'c0ffee00'.repeat(4),
        siteKey: key,
        configVersion: config.version,
        configHash: config.hash,
        action: 'reject_all',
        choices: Object.fromEntries(config.categories.map((c) => [c.key, c.required])),
        locale: 'sv',
        gpc: false,
        pagePath: '/',
      }),
    });
    expect(res.status, await res.text()).toBe(201);
    await page.reload();
    await hydrated(page);
    const consent = (await page.getByTestId('last-consent').textContent()) ?? '';
    expect(consent).toMatch(/^Last consent record received \d{1,2} \w{3} \d{4}/);
    expect(await page.getByText('No consent record yet').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
