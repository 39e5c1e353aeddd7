// Webhooks end to end (issue 20) in Chromium against the built admin on its embedded database
// (the in-process sender): an editor adds an endpoint, copies the secret shown once, publishes,
// and the receiver gets a delivery signed with that secret that the log shows as delivered.
import { createHmac } from 'node:crypto';
import { launchChromium } from '@smula/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startWebhookReceiver,
  type TWebhookReceiver,
} from '../src/server/testing/webhook-receiver';
import { hydrated, seriousAxeViolations, setUpOwner } from './declaration-helpers';
import { startAdmin, type TAdminServer } from './server';

let server: TAdminServer;
let browser: Browser;
let receiver: TWebhookReceiver;

beforeAll(async () => {
  [server, browser, receiver] = await Promise.all([
    startAdmin({ SMULA_WEBHOOK_ALLOW_PRIVATE: '1' }),
    launchChromium(),
    startWebhookReceiver([200]),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await receiver?.close();
});

const poll = { timeout: 20_000 };

describe('webhooks in a real browser', () => {
  it('adds an endpoint, publishes, and the signed delivery shows in the log', async () => {
    const page = await browser.newPage();
    await setUpOwner(page, server.url, {
      name: 'Wilma Webhook',
      email: 'wilma@example.se',
      organisation: 'Krok AB',
    });
    await hydrated(page);
    await page.getByLabel('Site name').fill('Hooked');
    await page.getByLabel('Domain').fill('shop.example');
    await page.getByRole('button', { name: /Add site|Create site/ }).click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/, poll);
    const siteId = page.url().split('/').pop()!;

    await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
    await page.waitForURL(/\/webhooks$/);
    await hydrated(page);
    await expect.poll(() => page.getByText('No endpoints yet.').count(), poll).toBe(1);
    // A text an editor typed is shown as text, never as markup.
    await page.getByLabel('Endpoint URL').fill(receiver.url);
    await page.getByLabel('Description').fill('<b>CMS</b> refresh');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const shown = page.getByTestId('webhook-secret');
    await expect.poll(() => shown.count(), poll).toBe(1);
    const secret = (await shown.textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await expect.poll(() => page.getByText('<b>CMS</b> refresh').count(), poll).toBe(1);
    // The page itself, not the "Endpoint added" toast fading out (axe reads its half opacity).
    await expect.poll(() => page.locator('[data-sonner-toast]').count(), poll).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.getByText(secret).count()).toBe(0);

    await page.goto(`${server.url}/sites/${siteId}/publish`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByRole('dialog', { name: /^Publish version \d+\?$/ })
      .getByRole('button', { name: /^Publish version \d+$/ })
      .click();
    const [got] = await receiver.waitFor(1);
    const header = String(got!.headers['smula-signature']);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header)!;
    expect(createHmac('sha256', secret).update(`${t}.${got!.body}`).digest('hex')).toBe(v1);
    expect(JSON.parse(got!.body)).toMatchObject({ type: 'config.published', data: { version: 1 } });

    await page.goto(`${server.url}/sites/${siteId}/webhooks`);
    await hydrated(page);
    const row = page.locator('tr[data-delivery]').first();
    await expect.poll(() => row.getAttribute('data-status'), poll).toBe('succeeded');
    expect(await row.textContent()).toContain('version 1');

    // Send test event: a second delivery, listed above the first once it arrives.
    await page.getByRole('button', { name: 'Send test event' }).click();
    const [, test] = await receiver.waitFor(2);
    expect(JSON.parse(test!.body)).toMatchObject({ type: 'webhook.test' });
    await expect.poll(() => page.locator('tr[data-delivery]').count(), poll).toBe(2);
    await expect
      .poll(() => page.locator('tr[data-delivery]').first().getAttribute('data-status'), poll)
      .toBe('succeeded');
  });
});
