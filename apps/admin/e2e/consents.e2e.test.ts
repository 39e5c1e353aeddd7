// The consent log end to end against the built admin: an owner publishes the demo, visitors'
// decisions arrive at POST /api/v1/consents, and the owner finds one visitor's history by its
// consent id, sees the statistics and downloads the CSV export.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hydrated, screenshotDir, seriousAxeViolations, setUpOwner } from './declaration-helpers';
import { withAdminAndBrowser } from './with-admin';

const t = withAdminAndBrowser();

const poll = { timeout: 20_000 };
const visitor = 'a1b2c3d4'.repeat(4);
const otherVisitor = 'feedface'.repeat(4);

async function setUp(page: Page) {
  await setUpOwner(page, t.server.url, {
    name: 'Ola Owner',
    email: 'ola@example.se',
    organisation: 'Samtycke AB',
  });
}

interface TConfig {
  version: number;
  hash: string;
  categories: { key: string; required: boolean }[];
}

/** What the banner sends on a decision, posted the way it does (text/plain, no preflight). */
async function decide(siteKey: string, config: TConfig, consentId: string, action: string) {
  const optional = config.categories.filter((c) => !c.required);
  const choices = Object.fromEntries(
    config.categories.map((c) => [
      c.key,
      c.required || action === 'accept_all' || (action === 'custom' && c.key === optional[0]!.key),
    ]),
  );
  const res = await fetch(`${t.server.url}/api/v1/consents`, {
    method: 'POST',
    // From a page of the demo's declared domain, as the banner there would send it.
    headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://etjanster.almi.se' },
    body: JSON.stringify({
      recordId: randomUUID(),
      consentId,
      siteKey,
      configVersion: config.version,
      configHash: config.hash,
      action,
      choices,
      locale: 'sv',
      gpc: false,
      pagePath: '/kontakt',
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

describe('the consent log in a real browser', () => {
  it('finds a visitor’s history by consent id, shows statistics and exports CSV', async () => {
    const page = await t.browser.newPage();
    await setUp(page);
    await hydrated(page);
    await page.getByRole('button', { name: 'Load demo site' }).click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/, poll);
    const siteId = page.url().split('/').pop()!;
    const snippet = (await page.locator('pre code').first().textContent()) ?? '';
    const siteKey = /\/b\/([A-Za-z0-9_-]+)\.js/.exec(snippet)![1]!;

    // Before any decision: the empty state, reached through the site's tabs.
    await page.getByRole('link', { name: 'Consent log' }).click();
    await page.waitForURL(/\/consents$/);
    await expect
      .poll(
        () => page.getByText('No consent records yet — they appear when visitors decide').count(),
        poll,
      )
      .toBe(1);

    await page.goto(`${t.server.url}/sites/${siteId}/publish`);
    await hydrated(page);
    await expect.poll(() => page.getByText('Nothing is published yet').count(), poll).toBe(1);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByRole('dialog', { name: /^Publish version \d+\?$/ })
      .getByRole('button', { name: /^Publish version \d+$/ })
      .click();
    await expect.poll(() => page.getByText('live', { exact: true }).count(), poll).toBe(1);

    const config = (await (
      await fetch(`${t.server.url}/api/v1/sites/${siteKey}/config?version=1`)
    ).json()) as TConfig;
    expect(config.version).toBe(1);
    for (const action of ['reject_all', 'custom', 'accept_all'])
      await decide(siteKey, config, visitor, action);
    await decide(siteKey, config, otherVisitor, 'accept_all');

    await page.goto(`${t.server.url}/sites/${siteId}/consents`);
    await hydrated(page);
    // As a visitor might read it out: upper case, in groups.
    await page
      .getByRole('searchbox', { name: 'Consent id' })
      .fill(visitor.toUpperCase().replace(/(.{8})(?=.)/g, '$1 '));
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/consentId=/);
    const history = page.getByRole('table', {
      name: new RegExp(`History of consent id ${visitor}`),
    });
    await expect.poll(() => history.getByRole('row').count(), poll).toBe(1 + 3);
    const actions = await history.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(actions).toEqual(['Accept all', 'Custom choice', 'Reject all']);
    const versionLink = history.getByRole('link', { name: 'Version 1' }).first();
    expect(await versionLink.getAttribute('href')).toBe(`/sites/${siteId}/publish#version-1`);
    expect(await history.textContent()).not.toContain(otherVisitor.slice(0, 8));

    // Statistics: today's totals per action, in the table beside the chart.
    const stats = page.getByTestId('consent-stats-days');
    await expect.poll(() => stats.isVisible(), poll).toBe(true);
    const total = stats.locator('tfoot tr');
    expect(await total.locator('td').allTextContents()).toEqual(['2', '1', '1', '0', '0', '4']);
    await page.getByText('7 days', { exact: true }).click();
    // Captions name the period of the numbers shown, so this waits for the 7-day data.
    await expect.poll(() => page.getByRole('table', { name: /last 7 days/ }).count(), poll).toBe(2);
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await total.locator('td').allTextContents()).toEqual(['2', '1', '1', '0', '0', '4']);
    expect(await page.locator('.recharts-surface').count()).toBeGreaterThanOrEqual(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshotDir(), 'consent-log.png'), fullPage: true });

    // The CSV export downloads every record, the header first.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`consents-${siteKey}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('recorded_at,record_id,consent_id,action,')).toBe(true);
    expect(lines).toHaveLength(1 + 4);
    expect(lines.filter((l) => l.includes(visitor))).toHaveLength(3);

    // A bad range is a clear 400, and signed-out callers get nothing.
    const bad = await page.request.get(
      `${t.server.url}/api/sites/${siteId}/consents/export?format=csv&from=2026-13-01`,
    );
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(
      /YYYY-MM-DD/,
    );
    const anonymous = await fetch(
      `${t.server.url}/api/sites/${siteId}/consents/export?format=json`,
    );
    expect(anonymous.status).toBe(401);

    // Retention: the service's rule shows next to the field before anything is sent, then saves.
    const retention = page.getByRole('form', { name: 'Retention' });
    const months = retention.getByLabel('Keep records after they expire (months)');
    await months.fill('121');
    await retention.getByRole('button', { name: 'Save retention' }).click();
    await expect
      .poll(() => retention.getByText('At most 120 months (10 years).').count(), poll)
      .toBe(1);
    expect(await months.getAttribute('aria-invalid')).toBe('true');
    await months.fill('24');
    await retention.getByRole('button', { name: 'Save retention' }).click();
    await expect
      .poll(() => page.getByText('Records are now kept 24 months after they expire.').count(), poll)
      .toBe(1);
    expect(await retention.getByText('At most 120 months').count()).toBe(0);
  });
});
