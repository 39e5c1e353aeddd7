// Scanning end to end in Chromium against the built admin on its embedded database (the
// in-process runner, issue 14): an editor starts a scan of a loopback fixture site, watches it
// finish, adds an undeclared cookie through the import preview, and the Publish screen's scan
// warnings shrink to what is still undeclared.
import { findChromium, launchChromium } from '@smula/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScanFixtureSite, type TScanFixtureSite } from '../src/server/testing/scans';
import { hydrated, setUpOwner } from './declaration-helpers';
import { startAdmin, type TAdminServer } from './server';

let server: TAdminServer;
let browser: Browser;
let fixture: TScanFixtureSite;

beforeAll(async () => {
  [server, browser, fixture] = await Promise.all([
    startAdmin({ SMULA_SCAN_ALLOW_PRIVATE: '1', SMULA_CHROMIUM_PATH: findChromium() }),
    launchChromium(),
    startScanFixtureSite(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fixture?.close();
});

const poll = { timeout: 20_000 };

describe('scanning in a real browser', () => {
  it('starts a scan, shows it finish, adds an item, and the publish warning for it goes', {
    timeout: 300_000,
  }, async () => {
    const page = await browser.newPage();
    await setUpOwner(page, server.url, {
      name: 'Sara Scanner',
      email: 'sara@example.se',
      organisation: 'Skanna AB',
    });
    await hydrated(page);
    await page.getByLabel('Site name').fill('Fixture');
    await page.getByLabel('Domain').fill('127.0.0.1');
    await page.getByRole('button', { name: /Add site|Create site/ }).click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/, poll);
    const siteId = page.url().split('/').pop()!;
    await expect.poll(() => page.getByText('Not scanned yet.').count(), poll).toBe(1);

    await page.getByRole('link', { name: 'Scan', exact: true }).click();
    await page.waitForURL(/\/scan$/);
    await hydrated(page);
    await page.getByLabel('Start address').fill(fixture.url);
    await page.getByLabel('Pages at most').fill('1');
    await page.getByRole('button', { name: 'Start scan' }).click();
    // Live progress: the row turns done without a reload.
    const row = page.locator('tr[data-scan]').first();
    await expect.poll(() => row.getAttribute('data-status'), poll).toMatch(/queued|running|done/);
    await expect
      .poll(() => row.getAttribute('data-status'), { timeout: 180_000, interval: 1000 })
      .toBe('done');

    await row.getByRole('link').click();
    await page.waitForURL(/\/scan\/[0-9a-f-]{36}$/);
    await hydrated(page);
    const undeclared = page.locator('[data-finding="undeclared"]');
    await expect.poll(() => undeclared.getByText(/not in the declaration/).count(), poll).toBe(3);
    await undeclared.getByLabel('Category for sid').selectOption('necessary');
    await undeclared.getByRole('button', { name: 'Add to declaration (1)…' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Preview' }).count(), poll).toBe(1);
    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect.poll(() => page.getByText('Added 1 item to the draft').count(), poll).toBe(1);
    // The report marks it as declared now, and no longer offers it.
    await expect.poll(() => undeclared.getByText('Declared since').count(), poll).toBe(1);
    expect(await undeclared.getByLabel('Category for sid').count()).toBe(0);

    await page.goto(`${server.url}/sites/${siteId}/publish`);
    await hydrated(page);
    const warnings = page.getByTestId('scan-warnings');
    await expect.poll(() => warnings.getByRole('listitem').count(), poll).toBe(2);
    expect(await warnings.textContent()).not.toContain('“sid”');

    await page.goto(`${server.url}/sites/${siteId}`);
    await expect
      .poll(() => page.getByText('The Smula tag was not found on any scanned page').count(), poll)
      .toBe(1);
  });
});
