// Issue 19, region rules: the server decides the model from the visitor's country (the
// operator's edge header) and the built banner applies it. The country reaches the script as
// it would from the delivery: through `wrapRuntime`'s `country`.
import { readFileSync } from 'node:fs';
import { buildPublishedConfig, DEFAULT_REGION_RULES, type TPublishedConfig } from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { wrapRuntime } from '../src/serve.js';
import {
  blocked,
  browserSuite,
  config,
  cookieNames,
  dialog,
  distFile,
  NOTHING_RAN,
  session,
  until,
} from './helpers.js';

const t = browserSuite();
const runtime = readFileSync(distFile, 'utf8');

/** Opens the fixture page with the banner script as delivered to a visitor from `country`. */
async function open(page: Page, country: string | null, cfg: TPublishedConfig = config) {
  await page.route('**/banner.js*', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: wrapRuntime(runtime, cfg, { endpoint: `${t.srv.origin}/api/v1/consents`, country }),
    }),
  );
  await page.goto(`${t.srv.origin}/index.html`);
  await dialog(page).waitFor();
}

const rejectButton = (page: Page) =>
  page.getByRole('button', { name: config.texts.en!.banner.rejectAll, exact: true });

describe('region rules (issue 19)', () => {
  it('UK (opt-out): statistics start granted, the notice shows, and refusal works', async () => {
    const s = await session(t.browser);
    await open(s.page, 'GB');
    // Statistics and preferences ran at once; marketing still waits for consent.
    await expect.poll(() => blocked(s.page)).toEqual({ marketing: 1 });
    expect(await dialog(s.page).isVisible()).toBe(true);
    await until(async () => (await cookieNames(s.context)).includes('_ga'));
    await rejectButton(s.page).click();
    await until(() => t.srv.records.length === 1);
    expect(t.srv.records[0]!.action).toBe('reject_all');
    expect(t.srv.records[0]!.choices.statistics).toBe(false);
    await until(async () => !(await cookieNames(s.context)).includes('_ga'));
    await s.context.close();
  });

  it('EU/EEA (opt-in): nothing non-necessary runs before consent', async () => {
    const s = await session(t.browser);
    await open(s.page, 'SE');
    expect(await blocked(s.page)).toEqual(NOTHING_RAN);
    expect(await dialog(s.page).isVisible()).toBe(true);
    await s.context.close();
  });

  it.each([null, 'XX', ''])('unknown region (%j) gets the EU model', async (country) => {
    const s = await session(t.browser);
    await open(s.page, country);
    expect(await blocked(s.page)).toEqual(NOTHING_RAN);
    await s.context.close();
  });

  it('US (opt-out with marketing chosen): Global Privacy Control refuses marketing', async () => {
    const us = buildPublishedConfig(
      {
        ...fjallbagerietDeclaration,
        site: {
          ...fjallbagerietDeclaration.site,
          regionRules: { ...DEFAULT_REGION_RULES, optOutCategories: ['statistics', 'marketing'] },
        },
      },
      { siteKey: config.siteKey, version: config.version, publishedAt: config.publishedAt },
    );
    const plain = await session(t.browser);
    await open(plain.page, 'US', us);
    await expect.poll(() => blocked(plain.page)).toEqual({ preferences: 1 });
    await plain.context.close();
    const gpc = await session(
      t.browser,
      "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })",
    );
    await open(gpc.page, 'US', us);
    await expect.poll(() => blocked(gpc.page)).toEqual({ preferences: 1, marketing: 1 });
    await gpc.context.close();
  });
});
