import { launchChromium } from '@smula/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hydrated } from './declaration-helpers';
import { startAdmin, type TAdminServer } from './server';

let server: TAdminServer;
let browser: Browser;

beforeAll(async () => {
  // As a newcomer runs it: no SMULA_SETUP_TOKEN, so the server makes one and prints the link.
  [server, browser] = await Promise.all([startAdmin({ SMULA_SETUP_TOKEN: '' }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('admin in a real browser', () => {
  it('takes a newcomer from first-run setup to a site, and signs out', async () => {
    const page = await browser.newPage();
    // Without the token, the setup page is there but refuses to make anyone owner.
    await page.goto(server.url);
    await page.waitForURL(/\/setup$/);
    await hydrated(page);
    await page.getByLabel('Your name').fill('Mallory');
    await page.getByLabel('E-mail').fill('mallory@example.se');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByLabel('Organisation').fill('Takeover AB');
    await page.getByLabel('Setup token').fill('a guess at the token');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => page.getByText('The setup token is missing or wrong').count(), {
        timeout: 20_000,
      })
      .toBe(1);
    // The person who started the server has the link from its log; it fills the token in.
    await expect
      .poll(() => /First-run setup: open (\S+)/.exec(server.logs())?.[1])
      .toMatch(/\/setup\?token=/);
    const link = /First-run setup: open (\S+)/.exec(server.logs())![1]!;
    expect(link.startsWith(`${server.url}/setup?token=`)).toBe(true);
    await page.goto(link);
    await hydrated(page);
    expect(await page.getByLabel('Setup token').inputValue()).toBe(
      decodeURIComponent(link.split('token=')[1]!),
    );
    await page.getByLabel('Your name').fill('Ada Admin');
    await page.getByLabel('E-mail').fill('ada@example.se');
    await page.getByLabel('Password').fill('short');
    await page.getByLabel('Organisation').fill('Exempel AB');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect
      .poll(() => page.getByText('Use at least 10 characters').count(), { timeout: 20_000 })
      .toBe(1);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/dashboard$/);
    await expect.poll(() => page.getByText('No sites yet').count(), { timeout: 20_000 }).toBe(1);

    await hydrated(page);
    await page.getByLabel('Site name').fill('Bageriet');
    await page.getByLabel('Domain').fill('bageriet.se');
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/);
    const snippet = await page.locator('pre code').textContent();
    // The address comes from SMULA_PUBLIC_URL (the test server's own), never a request header.
    expect(snippet).toMatch(
      new RegExp(`^<script src="${server.url}/b/[A-Za-z0-9_-]{22}\\.js"></script>$`),
    );

    await hydrated(page);
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${server.url}/dashboard`);
    await page.waitForURL(/\/sign-in/);
  });

  it('signs an existing owner in and rejects a wrong password with a clear message', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sign-in`);
    await hydrated(page);
    await page.getByLabel('E-mail').fill('ada@example.se');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect
      .poll(() => page.locator('form [role=alert]').textContent(), { timeout: 20_000 })
      .toContain('do not match');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/dashboard$/);
    await expect
      .poll(() => page.getByRole('link', { name: /Bageriet/ }).count(), { timeout: 20_000 })
      .toBe(1);
  });
});
