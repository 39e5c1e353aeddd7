import { launchChromium } from '@smula/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startAdmin, type TAdminServer } from './server';

/**
 * The built admin (fresh embedded database) and Chromium for one test file: both started before
 * its tests, in parallel, and stopped after them. Read them inside tests: `t.server.url`.
 */
export function withAdminAndBrowser(): {
  readonly server: TAdminServer;
  readonly browser: Browser;
} {
  const t = {} as { server: TAdminServer; browser: Browser };
  beforeAll(async () => {
    [t.server, t.browser] = await Promise.all([startAdmin(), launchChromium()]);
  });
  afterAll(async () => {
    await t.browser?.close();
    await t.server?.stop();
  });
  return t;
}
