import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { launchChromium, readShared } from '@smula/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  horizontalOverflow,
  hydrated,
  screenshotDir,
  seriousAxeViolations,
  setUpOwner,
} from './declaration-helpers';
import { startAdmin, type TAdminServer } from './server';

// Seed 003 (a real Cookiebot declaration: 22 items in 5 categories) when ../shared is there;
// otherwise a small declaration of a fictional bakery written for these tests.
const seed = readShared('seeds/003_f9aad1d62070f1b7.txt');
const importText =
  seed ?? readFileSync(join(import.meta.dirname, 'fixtures/fikabageriet-cookiebot.txt'), 'utf8');
const expected: Record<string, number> = seed
  ? { necessary: 4, preferences: 8, statistics: 3, marketing: 4, unclassified: 3 }
  : { necessary: 2, preferences: 1, statistics: 2, marketing: 1, unclassified: 1 };
const expectedTotal = Object.values(expected).reduce((a, b) => a + b, 0);

let server: TAdminServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let siteUrl = '';

beforeAll(async () => {
  // Private addresses allowed: the URL import below fetches a page served on loopback.
  [server, browser] = await Promise.all([
    startAdmin({ SMULA_SCAN_ALLOW_PRIVATE: '1' }),
    launchChromium(),
  ]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const poll = { timeout: 20_000 };

async function openTab(p: Page, name: string) {
  await p.getByRole('navigation', { name: 'Site' }).getByRole('link', { name }).click();
  await p.waitForSelector(`nav[aria-label="Site"] a[aria-current="page"]:text-is("${name}")`);
  await hydrated(p);
}

async function createSite(p: Page, name: string, domain: string): Promise<string> {
  await p.goto(`${server.url}/dashboard`);
  await hydrated(p);
  await p.getByLabel('Site name').fill(name);
  await p.getByLabel('Domain').fill(domain);
  await p.getByRole('button', { name: 'Add site' }).click();
  await p.waitForURL(/\/sites\/[0-9a-f-]{36}$/);
  await hydrated(p);
  return p.url();
}

describe('declaration editor in a real browser', () => {
  it('sets up, creates a site, and declares a category, a vendor and a cookie', async () => {
    await setUpOwner(page, server.url, {
      name: 'Dora Deklarant',
      email: 'dora@example.se',
      organisation: 'Bageriet AB',
    });
    siteUrl = await createSite(page, 'Bageriet', 'bageriet.se');

    // A category: the server's field message shows next to the key, then it saves.
    await openTab(page, 'Declaration');
    await page.getByRole('button', { name: 'Add category' }).click();
    const catDialog = page.getByRole('dialog', { name: 'Add category' });
    await catDialog.getByLabel('Key').fill('Säkerhet!');
    await catDialog.getByLabel('Name (sv)').fill('Säkerhet');
    await catDialog.getByLabel('Name (en)').fill('Security');
    await catDialog.getByRole('button', { name: 'Add category' }).click();
    await expect
      .poll(() => catDialog.getByText(/Key must be lower-case letters/).count(), poll)
      .toBe(1);
    await expect(catDialog.getByLabel('Key').getAttribute('aria-invalid')).resolves.toBe('true');
    await catDialog.getByLabel('Key').fill('security');
    await catDialog.getByRole('button', { name: 'Add category' }).click();
    await expect.poll(() => page.locator('[data-category="security"]').count(), poll).toBe(1);

    // Only the server knows a key is taken: its message lands next to the key all the same.
    await page.getByRole('button', { name: 'Add category' }).click();
    await catDialog.getByLabel('Key').fill('security');
    await catDialog.getByRole('button', { name: 'Add category' }).click();
    await expect
      .poll(
        () => catDialog.getByText(/already has a category with the key "security"/).count(),
        poll,
      )
      .toBe(1);
    await expect(catDialog.getByLabel('Key').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('key');
    // Cancel with something typed asks before dropping it.
    const asked: string[] = [];
    page.once('dialog', async (d) => {
      asked.push(d.message());
      await d.accept();
    });
    await catDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => catDialog.count()).toBe(0);
    expect(asked).toEqual(['Discard the changes you made in this form?']);

    // Delete is red: the row action's own colour wins over the ghost variant's slate.
    const deleteColour = await page
      .getByRole('button', { name: 'Delete category Säkerhet' })
      .evaluate((el) => getComputedStyle(el).color);
    const colourOf = (className: string) =>
      page.evaluate((c) => {
        const probe = document.createElement('span');
        probe.className = c;
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      }, className);
    expect(deleteColour).toBe(await colourOf('text-red-700'));
    expect(deleteColour).not.toBe(await colourOf('text-slate-700'));

    // A vendor, with the transfer basis of each country shown as it is typed.
    await openTab(page, 'Vendors');
    await page.getByRole('button', { name: 'Add vendor' }).click();
    const vendorDialog = page.getByRole('dialog', { name: 'Add vendor' });
    await vendorDialog.getByLabel('Name', { exact: true }).fill('Matomo Cloud');
    await vendorDialog.getByLabel('Recipient countries').fill('SE, US');
    await expect
      .poll(() => vendorDialog.getByText('US United States: No transfer basis').count(), poll)
      .toBe(1);
    await vendorDialog.getByLabel(/Data Privacy Framework/).check();
    await expect
      .poll(() => vendorDialog.getByText('US United States: EU–US Data Privacy Framework').count())
      .toBe(1);
    await vendorDialog.getByRole('button', { name: 'Add vendor' }).click();
    await expect
      .poll(
        () => page.getByRole('list', { name: 'Vendors' }).getByText('Matomo Cloud').count(),
        poll,
      )
      .toBe(1);

    // A cookie, its duration read live, and the table shows it.
    await openTab(page, 'Declaration');
    await page.getByRole('button', { name: 'Add item' }).click();
    const itemDialog = page.getByRole('dialog', { name: 'Add item' });
    // A name copied from one browser carries that visitor's id: the pattern is offered.
    await itemDialog.getByLabel('Name', { exact: true }).fill('_hjSessionUser_1234567');
    await itemDialog.getByRole('button', { name: 'Use the pattern _hjSessionUser_#' }).click();
    expect(await itemDialog.getByLabel('Name', { exact: true }).inputValue()).toBe(
      '_hjSessionUser_#',
    );
    expect(await itemDialog.getByLabel('Match kind').inputValue()).toBe('pattern');
    await itemDialog.getByLabel('Match kind').selectOption('exact');
    await itemDialog.getByLabel('Name', { exact: true }).fill('_pk_id');
    expect(
      await itemDialog.getByRole('note').filter({ hasText: 'carries one visitor' }).count(),
    ).toBe(0);
    // The party follows the host: another site's host is third party, the site's own first.
    await itemDialog.getByLabel('Host').fill('.matomo.cloud');
    await expect.poll(() => itemDialog.getByLabel('Party').inputValue()).toBe('third');
    await itemDialog.getByLabel('Host').fill('bageriet.se');
    await expect.poll(() => itemDialog.getByLabel('Party').inputValue()).toBe('first');
    await itemDialog.getByLabel('Duration').fill('13 months');
    await expect.poll(() => itemDialog.getByText('Reads as: 13 months').count()).toBe(1);
    await itemDialog.getByLabel('Category').selectOption({ label: 'Statistik (statistics)' });
    await itemDialog.getByLabel('Vendor').selectOption({ label: 'Matomo Cloud' });
    await itemDialog.getByLabel('Purpose (sv)').fill('Känner igen återkommande besökare.');
    await itemDialog.getByRole('button', { name: 'Add item' }).click();
    const table = page.getByRole('region', { name: 'Items table' });
    await expect.poll(() => table.getByText('_pk_id', { exact: true }).count(), poll).toBe(1);
    await expect.poll(() => table.getByText('en missing').count(), poll).toBe(1);
    await expect
      .poll(
        () => page.locator('[data-category="statistics"] [data-testid="item-count"]').textContent(),
        poll,
      )
      .toBe('1 item');
  });

  it('imports seed 003 through Import & export and shows its items per category', async () => {
    await createSite(page, 'Almi', 'etjanster.almi.se');
    await openTab(page, 'Import & export');
    await page.getByLabel('Or paste the text').fill(importText);
    await page.getByRole('button', { name: 'Preview' }).click();
    const itemsRow = page.locator('tr[data-kind="Items"] td[data-count="create"]');
    await expect.poll(() => itemsRow.textContent(), poll).toBe(String(expectedTotal));
    // The format it recognised, by default (no format was chosen).
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Recognised as' }).textContent(), poll)
      .toContain('a Cookiebot declaration (text)');
    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect.poll(() => page.getByText(/^Imported: /).count(), poll).toBe(1);

    await openTab(page, 'Declaration');
    await expect
      .poll(() => page.getByTestId('items-total').textContent(), poll)
      .toBe(`${expectedTotal} items`);
    for (const [key, n] of Object.entries(expected)) {
      await expect
        .poll(
          () => page.locator(`[data-category="${key}"] [data-testid="item-count"]`).textContent(),
          poll,
        )
        .toBe(`${n} ${n === 1 ? 'item' : 'items'}`);
    }
    expect(Object.keys(expected)).toHaveLength(5);

    // Server-side search and a category filter narrow the table.
    await page
      .getByLabel('Category', { exact: true })
      .selectOption({ label: 'Nödvändiga (necessary)' });
    await expect
      .poll(() => page.getByTestId('items-total').textContent(), poll)
      .toBe(`${expected.necessary} items`);
    await page.screenshot({
      path: join(screenshotDir(), 'declaration-imported.png'),
      fullPage: true,
    });

    // Select the page's rows and move them in bulk; the counts follow.
    await page.getByLabel('Select all items on this page').check();
    const bulk = page.getByRole('form', { name: 'Bulk actions' });
    await expect.poll(() => bulk.getByText(`${expected.necessary} selected`).count()).toBe(1);
    await bulk
      .getByLabel('Move to category')
      .selectOption({ label: 'Oklassificerade (unclassified)' });
    await bulk.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => page.getByTestId('items-total').textContent(), poll).toBe('0 items');
    await expect
      .poll(
        () =>
          page.locator('[data-category="unclassified"] [data-testid="item-count"]').textContent(),
        poll,
      )
      .toBe(`${expected.unclassified + expected.necessary} items`);
  });

  it('shows a stale edit from a second tab the conflict and their values', async () => {
    const first = page;
    await first.goto(`${siteUrl}/declaration`);
    await hydrated(first);
    const second = await context.newPage();
    await second.goto(`${siteUrl}/declaration`);
    await hydrated(second);

    await first.getByRole('button', { name: 'Edit _pk_id' }).click();
    const stale = first.getByRole('dialog', { name: /Edit “_pk_id”/ });
    await stale.getByLabel('Purpose (en)').fill('Recognises returning visitors.');

    await second.getByRole('button', { name: 'Edit _pk_id' }).click();
    const fresh = second.getByRole('dialog', { name: /Edit “_pk_id”/ });
    await fresh.getByLabel('Duration').fill('2 years');
    await fresh.getByRole('button', { name: 'Save item' }).click();
    await expect.poll(() => fresh.count(), poll).toBe(0);

    await stale.getByRole('button', { name: 'Save item' }).click();
    const alert = stale.getByRole('alert');
    await expect.poll(() => alert.textContent(), poll).toContain('Someone else changed this item');
    await expect(alert.textContent()).resolves.toContain('Their values');
    await expect(alert.textContent()).resolves.toContain('2 years');
    await first.screenshot({ path: join(screenshotDir(), 'conflict.png') });
    await alert.getByRole('button', { name: 'Load their values' }).click();
    await expect.poll(() => stale.getByLabel('Duration').inputValue()).toBe('2 years');
    await stale.getByLabel('Purpose (en)').fill('Recognises returning visitors.');
    await stale.getByRole('button', { name: 'Save item' }).click();
    await expect.poll(() => stale.count(), poll).toBe(0);
    await second.close();
  });

  it('shows a settings field error next to its field (core’s rule in the server’s words), saves, and marks texts missing in a new language', async () => {
    await page.goto(`${siteUrl}/settings`);
    await hydrated(page);
    await page.getByLabel('Keep an acceptance (months)').fill('24');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(() => page.getByText('At most 13 months.', { exact: true }).count(), poll)
      .toBe(1);
    await page.getByLabel('Keep an acceptance (months)').fill('13');
    await page.getByLabel('Languages').fill('sv, en, de, uk');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByText('Settings saved').count(), poll).toBe(1);

    await openTab(page, 'Texts');
    // German has Smula's default texts (grey); Ukrainian, outside the EU's languages, has none.
    await page.getByRole('tab', { name: 'de' }).click();
    await expect
      .poll(
        () => page.getByRole('tabpanel').getByLabel('Banner heading').getAttribute('placeholder'),
        poll,
      )
      .toBe('Wir verwenden Cookies');
    expect(await page.getByRole('tabpanel').getByText('de missing').count()).toBe(0);
    await page.getByRole('tab', { name: 'uk' }).click();
    await expect
      .poll(() => page.getByRole('tabpanel').getByText('uk missing').count(), poll)
      .toBeGreaterThan(20);
    await page.getByRole('tab', { name: 'de' }).click();
    await page.getByRole('tabpanel').getByLabel('Banner heading').fill('Wir nutzen Cookies');
    await expect
      .poll(() => page.getByRole('tabpanel').getByText('changed from default').count(), poll)
      .toBe(1);
    await page.getByRole('button', { name: 'Save texts (de)' }).click();
    await expect.poll(() => page.getByText('Texts (de) saved').count(), poll).toBe(1);

    // Unsaved edits are never dropped silently: not by a language tab, not by a link.
    const title = page.getByRole('tabpanel').getByLabel('Banner heading');
    await title.fill('Wir verwenden Cookies und Speicher');
    await expect
      .poll(() => page.getByRole('status').getByText('Unsaved changes in de').count(), poll)
      .toBe(1);
    await page.getByRole('tab', { name: 'sv' }).click();
    const ask = page.getByRole('dialog', { name: 'Discard unsaved de texts?' });
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(await title.inputValue()).toBe('Wir verwenden Cookies und Speicher');
    const asked: string[] = [];
    page.once('dialog', async (d) => {
      asked.push(d.message());
      await d.dismiss();
    });
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect.poll(() => asked.length, poll).toBe(1);
    expect(asked[0]).toMatch(/unsaved changes/);
    expect(page.url()).toMatch(/\/texts$/);
    await page.getByRole('tab', { name: 'sv' }).click();
    await ask.getByRole('button', { name: 'Discard and open sv' }).click();
    await expect
      .poll(() => page.getByRole('tab', { name: 'sv' }).getAttribute('aria-selected'), poll)
      .toBe('true');
  });

  it('previews the real banner with the draft, following the Appearance form as it is typed', async () => {
    await openTab(page, 'Appearance');
    const frame = page.frameLocator('iframe[title^="Banner preview"]');
    const banner = frame.locator('div.b[role="dialog"]');
    await expect.poll(() => banner.isVisible(), poll).toBe(true);
    // The runtime's own first layer: its buttons, and {vendorCount} filled in.
    expect(await frame.locator('button[data-a="a"]').count()).toBe(1);
    expect(await banner.innerText()).not.toContain('{');
    // Sandboxed: an opaque origin, so the banner cannot reach the admin's cookies.
    const inside = page.frames().find((f) => f.url().includes('/api/preview/'))!;
    expect(await inside.evaluate(() => window.origin)).toBe('null');

    await page.getByLabel('Layout').selectOption('bar');
    await page.getByLabel('Position').selectOption('top');
    await page.getByLabel('Background', { exact: true }).fill('#123456');
    await expect.poll(() => banner.getAttribute('class').catch(() => ''), poll).toBe('b bar top');
    expect(await banner.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(18, 52, 86)',
    );

    // The preferences layer, with the providers the draft declares (inlined, nothing fetched).
    await page.getByRole('button', { name: 'Preferences' }).click();
    await expect
      .poll(() => frame.locator('button[role="switch"]').count(), poll)
      .toBeGreaterThan(2);
    expect(await frame.locator('[data-d] details').count()).toBeGreaterThan(0);

    // Another language: the draft's saved German heading.
    await page.getByLabel('Language', { exact: true }).selectOption('de');
    await page.getByRole('button', { name: 'First layer' }).click();
    await expect
      .poll(
        () =>
          frame
            .locator('h2#t')
            .textContent()
            .catch(() => ''),
        poll,
      )
      .toBe('Wir nutzen Cookies');
    expect(await frame.locator('html').getAttribute('lang')).toBe('de');

    // Mobile width; a choice hides the banner until "Show again".
    await page.getByRole('button', { name: 'Mobile (390 px)' }).click();
    expect(
      await page.locator('iframe[title^="Banner preview"]').evaluate((el) => el.clientWidth),
    ).toBe(390);
    await frame.locator('button[data-a="a"]').click();
    await expect.poll(() => banner.isVisible(), poll).toBe(false);
    await page.getByRole('button', { name: 'Show again' }).click();
    await expect.poll(() => banner.isVisible(), poll).toBe(true);

    await page.getByRole('button', { name: 'Save appearance' }).click();
    await expect.poll(() => page.getByText('Appearance saved').count(), poll).toBe(1);
  });

  it('shows a viewer everything read-only', async () => {
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole('link', { name: 'Members' }).first().click();
    await page.waitForURL(/\/members$/);
    await hydrated(page);
    await page.getByLabel('E-mail').fill('vera@example.se');
    await page.getByLabel('Role', { exact: true }).selectOption('viewer');
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = page.locator('[role=status] code');
    await link.waitFor();
    const url = (await link.textContent()) ?? '';

    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await viewer.goto(url);
    await hydrated(viewer);
    await viewer.getByLabel('Your name').fill('Vera Viewer');
    await viewer.getByLabel('Choose a password').fill('another long password');
    await viewer.getByRole('button', { name: 'Accept invitation' }).click();
    await viewer.waitForURL(/\/sign-in/);
    await hydrated(viewer);
    await viewer.getByLabel('E-mail').fill('vera@example.se');
    await viewer.getByLabel('Password').fill('another long password');
    await viewer.getByRole('button', { name: 'Sign in', exact: true }).click();
    await viewer.waitForURL(/\/dashboard$/);

    await viewer.goto(`${siteUrl}/declaration`);
    await hydrated(viewer);
    await viewer.getByText('_pk_id', { exact: true }).waitFor();
    expect(await viewer.getByText('Read only', { exact: true }).count()).toBe(1);
    for (const name of ['Add category', 'Add item', 'Edit _pk_id', 'Delete _pk_id']) {
      expect(await viewer.getByRole('button', { name }).count()).toBe(0);
    }
    await viewer.goto(`${siteUrl}/vendors`);
    await viewer.getByText('Matomo Cloud').first().waitFor();
    expect(await viewer.getByRole('button', { name: 'Add vendor' }).count()).toBe(0);
    await viewer.goto(`${siteUrl}/settings`);
    await viewer.getByText('Only admins and owners change site settings').waitFor();
    expect(await viewer.getByLabel('Site name').isDisabled()).toBe(true);
    expect(await viewer.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
    await viewerContext.close();
  });

  it('has no serious or critical axe-core violations on the main pages', async () => {
    const ready: Record<string, string> = {
      declaration: '[data-category="necessary"]',
      vendors: 'ul[aria-label="Vendors"]',
      texts: 'form[aria-label^="Texts"]',
      settings: 'form[aria-label="Site settings"]',
      appearance: 'form[aria-label="Appearance"]',
      import: 'form[aria-label="Import"]',
    };
    const found: string[] = [];
    for (const [path, selector] of Object.entries(ready)) {
      await page.goto(`${siteUrl}/${path}`);
      await hydrated(page);
      await page.waitForSelector(selector);
      await page.waitForSelector('table, form, ul[aria-label]');
      found.push(...(await seriousAxeViolations(page)).map((v) => `${path}: ${v}`));
      await page.screenshot({ path: join(screenshotDir(), `${path}.png`), fullPage: true });
    }
    expect(found).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${siteUrl}/declaration`);
    await hydrated(page);
    await page.waitForSelector('[data-category="necessary"]');
    await page.getByText('_pk_id', { exact: true }).waitFor();
    await expect(horizontalOverflow(page)).resolves.toEqual([]);
    await page.screenshot({ path: join(screenshotDir(), 'declaration-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${siteUrl}/declaration`);
    await hydrated(page);
    await page.waitForSelector('[data-category="necessary"]');
    await page.getByText('_pk_id', { exact: true }).waitFor();
    await page.screenshot({ path: join(screenshotDir(), 'declaration.png'), fullPage: true });
  });

  it('imports from an address: fetched server-side, format shown, rows with their warnings, applied', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cookies</title></head><body>
<h1>Cookie policy</h1><p>We use cookies on this site.</p>
<h2>Necessary cookies</h2>
<table><thead><tr><th>Name</th><th>Provider</th><th>Purpose</th><th>Expiry</th></tr></thead><tbody>
<tr><td>adr_session</td><td>adress.example</td><td>Keeps you signed in between pages.</td><td>Session</td></tr>
</tbody></table>
<h2>Analytics cookies</h2>
<table><thead><tr><th>Name</th><th>Provider</th><th>Purpose</th><th>Expiry</th></tr></thead><tbody>
<tr><td>_adr_stat</td><td>Matomo</td><td>Counts visits to the site anonymously.</td><td>13 months</td></tr>
<tr><td>_adr_odd</td><td>Matomo</td><td>Remembers a campaign for reports.</td><td>when the moon is full</td></tr>
</tbody></table></body></html>`;
    const policy: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((resolve) => policy.listen(0, '127.0.0.1', resolve));
    try {
      const address = `http://127.0.0.1:${(policy.address() as AddressInfo).port}/cookies`;
      const url = await createSite(page, 'Adress', 'adress.example');
      await openTab(page, 'Import & export');
      await page.getByLabel('Fetch from an address').fill(address);
      await page.getByRole('button', { name: 'Fetch', exact: true }).click();
      // Fetching fills the box and previews at once.
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Fetched' }).textContent(), poll)
        .toContain(address);
      const itemsRow = page.locator('tr[data-kind="Items"] td[data-count="create"]');
      await expect.poll(() => itemsRow.textContent(), poll).toBe('3');
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Recognised as' }).textContent())
        .toContain('HTML with tables');
      await page.getByText('Items (3)').click();
      const row = (name: string) => page.locator(`li[data-item="${name}"]`);
      await expect
        .poll(() => row('adr_session').textContent())
        .toMatch(/adr_session.*adress\.example · necessary · Session · adress\.example/);
      await expect
        .poll(() => row('_adr_stat').textContent())
        .toMatch(/_adr_stat.*statistics · 13 months · Matomo/);
      // The unreadable duration is kept as written and warned about on its own row.
      await expect
        .poll(() => row('_adr_odd').textContent())
        .toContain('“when the moon is full” (unread)');
      await expect
        .poll(() => row('_adr_odd').locator('[data-warning]').textContent())
        .toContain('Could not read the duration "when the moon is full" of _adr_odd');
      await expect.poll(() => row('_adr_stat').locator('[data-warning]').count()).toBe(0);

      await page.getByRole('button', { name: 'Apply import' }).click();
      await expect.poll(() => page.getByText(/^Imported: /).count(), poll).toBe(1);
      await page.goto(`${url}/declaration`);
      await hydrated(page);
      await expect.poll(() => page.getByTestId('items-total').textContent(), poll).toBe('3 items');
      await page.getByText('_adr_odd', { exact: true }).waitFor();

      // A page on the admin's own host is refused with the reason, next to the field.
      await openTab(page, 'Import & export');
      await page.getByLabel('Fetch from an address').fill(`${server.url}/sign-in`);
      await page.getByRole('button', { name: 'Fetch', exact: true }).click();
      await expect
        .poll(() => page.getByText("is Smula's own host and is not fetched").count(), poll)
        .toBe(1);
    } finally {
      policy.closeAllConnections();
      policy.close();
    }
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${siteUrl}/declaration`);
    await page.waitForURL(/\/sign-in/);
  });
});
