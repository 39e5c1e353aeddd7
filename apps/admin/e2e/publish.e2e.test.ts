// Publishing end to end in Chromium against the built admin: load the demo, publish it, see the
// banner on a third-party page load it from /b/{key}.js, edit a purpose and see the new text
// served; and a Necessary item without justification or an unclassified item blocks publishing
// with a link to it.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bootArgs, launchChromium } from '@smula/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hydrated, seriousAxeViolations, setUpOwner } from './declaration-helpers';
import { startAdmin, type TAdminServer } from './server';

let server: TAdminServer;
let browser: Browser;
let site: Server;
let siteOrigin = '';
let scriptUrl = '';

beforeAll(async () => {
  // An operator loads the Open Cookie Database (here a small file of our own) before start.
  const loadOcd = (dataDir: string) => {
    const r = spawnSync(
      'pnpm',
      [
        '--silent',
        'exec',
        'tsx',
        'src/cli/main.ts',
        'ocd',
        'load',
        join(import.meta.dirname, 'fixtures/ocd-sample.csv'),
      ],
      {
        cwd: join(import.meta.dirname, '..'),
        env: { ...process.env, SMULA_DATA_DIR: dataDir },
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`ocd load failed: ${r.stdout}${r.stderr}`);
  };
  [server, browser] = await Promise.all([startAdmin({}, loadOcd), launchChromium()]);
  // A "customer site" on another origin whose page loads the banner first in <head>.
  site = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="sv"><head><script src="${scriptUrl}"></script><title>Kundsida</title></head>` +
        '<body><h1>Kundsida</h1><p>Innehåll.</p></body></html>',
    );
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((r) => site?.close(r));
});

const poll = { timeout: 20_000 };

async function setUp(page: Page) {
  await setUpOwner(page, server.url, {
    name: 'Pia Publicist',
    email: 'pia@example.se',
    organisation: 'Publicera AB',
  });
}

describe('publishing in a real browser', () => {
  let siteId = '';
  let siteKey = '';

  it('publishes the demo and a third-party page shows its banner', async () => {
    const page = await browser.newPage();
    await setUp(page);
    await hydrated(page);
    await page.getByRole('button', { name: 'Load demo site' }).click();
    await page.waitForURL(/\/sites\/[0-9a-f-]{36}$/, poll);
    siteId = page.url().split('/').pop()!;
    const snippet = (await page.locator('pre code').first().textContent()) ?? '';
    siteKey = /\/b\/([A-Za-z0-9_-]+)\.js/.exec(snippet)![1]!;

    await page.goto(`${server.url}/sites/${siteId}/publish`);
    await hydrated(page);
    await expect.poll(() => page.getByText('Nothing is published yet').count(), poll).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Note for this version').fill('Första versionen');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByRole('dialog', { name: /^Publish version \d+\?$/ })
      .getByRole('button', { name: /^Publish version \d+$/ })
      .click();
    await expect
      .poll(() => page.getByRole('cell', { name: /Första versionen/ }).count(), poll)
      .toBe(1);
    await expect.poll(() => page.getByText('live', { exact: true }).count(), poll).toBe(1);

    scriptUrl = `${server.url}/b/${siteKey}.js`;
    const visitor = await browser.newContext();
    const tab = await visitor.newPage();
    await tab.goto(siteOrigin);
    const banner = tab.getByRole('dialog');
    await expect.poll(() => banner.isVisible(), poll).toBe(true);
    await expect.poll(() => tab.getByRole('button', { name: 'Avvisa alla' }).count(), poll).toBe(1);
    await visitor.close();
  });

  it('serves an edited purpose after the next publish, and the old version stays as it was', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sign-in`);
    await hydrated(page);
    await page.getByLabel('E-mail').fill('pia@example.se');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/dashboard$/);

    const v1 = await (await fetch(`${server.url}/b/${siteKey}@1.js`)).text();
    const text = 'Räknar besök anonymt, ny formulering i e2e.';
    await page.goto(`${server.url}/sites/${siteId}/declaration`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Edit FPID' }).click();
    const dialog = page.getByRole('dialog', { name: /Edit “FPID”/ });
    await dialog.getByLabel('Purpose (sv)').fill(text);
    await dialog.getByRole('button', { name: 'Save item' }).click();
    await expect.poll(() => dialog.isVisible(), poll).toBe(false);

    await page.goto(`${server.url}/sites/${siteId}/publish`);
    await hydrated(page);
    await expect
      .poll(() => page.getByText('Changed the purpose of cookie FPID').count(), poll)
      .toBe(1);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page
      .getByRole('dialog', { name: /^Publish version \d+\?$/ })
      .getByRole('button', { name: /^Publish version \d+$/ })
      .click();
    // Purposes travel in the preferences layer's detail of the live version (issue 16).
    const liveDetail = async () => {
      const live = await (await fetch(`${server.url}/b/${siteKey}.js`)).text();
      // The config is smulaBoot's first argument (as `JSON.parse('…')`, see scriptJsonParse).
      const n = (bootArgs(live)[0] as { version?: number } | null)?.version;
      return n && n !== 1
        ? (await fetch(`${server.url}/b/${siteKey}@${n}.detail.sv.json`)).text()
        : '';
    };
    await expect.poll(liveDetail, poll).toContain(text);
    expect(await (await fetch(`${server.url}/b/${siteKey}@1.js`)).text()).toBe(v1);
    expect(await (await fetch(`${server.url}/b/${siteKey}@1.detail.sv.json`)).text()).not.toContain(
      text,
    );
    // Any two versions compare in words.
    await page.reload();
    await hydrated(page);
    const form = page.getByRole('form', { name: 'Compare two versions' });
    await form.getByLabel('Compare version').selectOption('1');
    await form.getByLabel('with version').selectOption('2');
    await form.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => page.getByText('Version 1 → 2').count(), poll).toBe(1);
    await expect
      .poll(
        () =>
          page
            .getByRole('listitem')
            .filter({ hasText: 'Changed the purpose of cookie FPID' })
            .count(),
        poll,
      )
      .toBeGreaterThan(0);
  });

  it('discards unpublished changes and restores an old version into the draft, each after asking', async () => {
    const page = await browser.newPage();
    // No page asks for something that is not there (the favicon was one).
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.goto(`${server.url}/sign-in`);
    await hydrated(page);
    await page.getByLabel('E-mail').fill('pia@example.se');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/dashboard$/);
    // "Load demo site" is not offered again: the demo exists and is opened, or reset on purpose.
    await hydrated(page);
    expect(await page.getByRole('button', { name: 'Load demo site' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Open demo site' }).count()).toBe(1);

    await page.goto(`${server.url}/sites/${siteId}/declaration`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Edit FPID' }).click();
    const edit = page.getByRole('dialog', { name: /Edit “FPID”/ });
    await edit.getByLabel('Purpose (sv)').fill('Ett utkast som ska kastas.');
    await edit.getByRole('button', { name: 'Save item' }).click();
    await expect.poll(() => edit.isVisible(), poll).toBe(false);

    await page.goto(`${server.url}/sites/${siteId}/publish`);
    await hydrated(page);
    await expect
      .poll(() => page.getByText('Changed the purpose of cookie FPID').count(), poll)
      .toBe(1);
    await page.getByRole('button', { name: 'Discard draft changes…' }).click();
    const discard = page.getByRole('dialog', { name: 'Discard the draft changes?' });
    await expect
      .poll(() => discard.getByText('Changed the purpose of cookie FPID').count(), poll)
      .toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await discard.getByRole('button', { name: 'Discard changes' }).click();
    await expect
      .poll(() => page.getByText('The draft is the same as live version 2.').count(), poll)
      .toBe(1);

    await page.locator('#version-1').getByRole('button', { name: 'Restore into draft…' }).click();
    const restore = page.getByRole('dialog', { name: 'Restore version 1 into the draft?' });
    await restore.getByRole('button', { name: 'Replace the draft' }).click();
    await expect
      .poll(() => page.getByText('Changed the purpose of cookie FPID').count(), poll)
      .toBe(1);
    // Nothing went live: the live version is still 2.
    const live = (await (await fetch(`${server.url}/api/v1/sites/${siteKey}/config`)).json()) as {
      version: number;
    };
    expect(live.version).toBe(2);
    // And back, so the draft is the live version for what follows.
    await page.getByRole('button', { name: 'Discard draft changes…' }).click();
    await page
      .getByRole('dialog', { name: 'Discard the draft changes?' })
      .getByRole('button', { name: 'Discard changes' })
      .click();
    await expect
      .poll(() => page.getByText('The draft is the same as live version 2.').count(), poll)
      .toBe(1);
    // A version number opens a readable page: meta, changes and the declaration per language.
    await page.getByRole('link', { name: 'Version 2', exact: true }).click();
    await page.waitForURL(/\/publish\/2$/);
    await hydrated(page);
    await expect
      .poll(() => page.getByRole('heading', { name: /^Version 2/ }).count(), poll)
      .toBe(1);
    await expect
      .poll(() => page.getByText('Changed the purpose of cookie FPID').count(), poll)
      .toBe(1);
    const declared = page.locator('.smula-declaration');
    await expect
      .poll(() => declared.getByText('FPID', { exact: true }).count(), poll)
      .toBeGreaterThan(0);
    expect(await declared.getAttribute('lang')).toBe('sv');
    // The page itself, not the previous page's toast fading out (axe reads its half opacity).
    await expect.poll(() => page.locator('[data-sonner-toast]').count(), poll).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'en' })
      .click();
    await expect.poll(() => declared.getAttribute('lang'), poll).toBe('en');
    expect(missing).toEqual([]);
  });

  it('blocks publishing a Necessary item without justification, linking to it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sign-in`);
    await hydrated(page);
    await page.getByLabel('E-mail').fill('pia@example.se');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/dashboard$/);

    // Import a Necessary cookie: imports may bring items without a justification.
    await page.goto(`${server.url}/sites/${siteId}/import`);
    await hydrated(page);
    await page.getByRole('radio', { name: /Smula CSV/ }).check();
    await page
      .getByLabel('Or paste the text')
      .fill(
        'name,category,type,duration,vendor,purpose:sv\nsess_e2e,necessary,cookie,session,almi,Håller sessionen.\n',
      );
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByText(/^Imported: 1 items added/).count(), poll).toBe(1);

    await page.goto(`${server.url}/sites/${siteId}/publish`);
    await hydrated(page);
    const finding = page.getByRole('link', { name: /sess_e2e.*no necessity justification/ });
    await expect.poll(() => finding.count(), poll).toBe(1);
    expect(await finding.getAttribute('href')).toMatch(
      new RegExp(`/sites/${siteId}/declaration\\?item=[0-9a-f-]{36}&q=sess_e2e$`),
    );
    expect(await page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(
      true,
    );
  });

  it('blocks publishing while an item is unclassified; the finding opens the item to file it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sign-in`);
    await hydrated(page);
    await page.getByLabel('E-mail').fill('pia@example.se');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/dashboard$/);

    // Options read "Name (key)", the name in whichever language the site and admin agree on.
    const fileUnder = async (key: string) => {
      const dialog = page.getByRole('dialog', { name: /Edit “oep\.selectedView”/ });
      const select = dialog.getByLabel('Category', { exact: true });
      const option = select.locator('option', { hasText: `(${key})` });
      await select.selectOption((await option.getAttribute('value'))!);
      await dialog.getByRole('button', { name: 'Save item' }).click();
      await expect.poll(() => dialog.isVisible(), poll).toBe(false);
    };
    await page.goto(`${server.url}/sites/${siteId}/declaration`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Edit oep.selectedView' }).click();
    await fileUnder('unclassified');

    await page.goto(`${server.url}/sites/${siteId}/publish`);
    await hydrated(page);
    const finding = page
      .getByTestId('lint-errors')
      .getByRole('link', { name: /oep\.selectedView.*is unclassified/ });
    await expect.poll(() => finding.count(), poll).toBe(1);
    expect(await page.getByRole('button', { name: 'Publish', exact: true }).isDisabled()).toBe(
      true,
    );
    await finding.click();
    await page.waitForURL(/\/declaration\?item=/);
    await hydrated(page);
    await fileUnder('preferences');

    await page.goto(`${server.url}/sites/${siteId}/publish`);
    await hydrated(page);
    await expect.poll(() => page.getByTestId('lint-errors').count(), poll).toBe(1);
    expect(await page.getByText(/oep\.selectedView.*is unclassified/).count()).toBe(0);
  });

  it('suggests a new item from the Open Cookie Database as the name is typed', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sign-in`);
    await hydrated(page);
    await page.getByLabel('E-mail').fill('pia@example.se');
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(/\/dashboard$/);
    await page.goto(`${server.url}/sites/${siteId}/declaration`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Add item' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add item' });
    await dialog.getByLabel('Name').fill('_exa_12345');
    const suggestions = dialog.getByRole('region', {
      name: 'Suggestions from the Open Cookie Database',
    });
    await expect
      .poll(() => suggestions.getByText('Examplytics', { exact: false }).count(), poll)
      .toBeGreaterThan(0);
    await suggestions.getByRole('button', { name: 'Use this' }).first().click();
    expect(await dialog.getByLabel('Purpose (en)').inputValue()).toBe(
      'Counts visits so the site owner can see which pages are read.',
    );
    expect(await dialog.getByLabel('Duration').inputValue()).toBe('2 years');
    expect(await dialog.getByLabel('Name').inputValue()).toBe('_exa_12345');
  });
});
