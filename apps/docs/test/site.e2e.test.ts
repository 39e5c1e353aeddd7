// The built docs site as a reader gets it (`next start` on the output of `next build`): every
// content page is in the sidebar and renders with its title, links resolve, search works with
// the network shut off, and the theme switch turns dark mode on.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, launchChromium } from '@smula/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const content = join(root, 'content');

/** URL path and title of every page in content/ (title: frontmatter, else the first `# `). */
const pages = readdirSync(content)
  .filter((f) => /\.mdx?$/.test(f))
  .map((file) => {
    const text = readFileSync(join(content, file), 'utf8');
    const title =
      /^---\n[\s\S]*?^title: (.+)$[\s\S]*?^---$/m.exec(text)?.[1] ?? /^# (.+)$/m.exec(text)?.[1];
    if (!title) throw new Error(`content/${file} has neither a frontmatter title nor a # heading`);
    const name = file.replace(/\.mdx?$/, '');
    return { file, title: title.trim(), path: name === 'index' ? '/' : `/${name}` };
  });

let server: ChildProcess;
let url: string;
let browser: Browser;
let output = '';

beforeAll(async () => {
  if (!existsSync(join(root, '.next', 'BUILD_ID')))
    throw new Error('No docs build: run `pnpm --filter @smula/docs build` first.');
  const port = await freePort();
  url = `http://localhost:${port}`;
  server = spawn(
    'pnpm',
    ['exec', 'next', 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (d) => {
    output += d;
  });
  server.stderr?.on('data', (d) => {
    output += d;
  });
  browser = await launchChromium();
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
});
afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
});

/** A page that can reach only the docs server: any other request fails (offline reader). */
async function offlinePage(): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/*', (route) =>
    new URL(route.request().url()).origin === url ? route.continue() : route.abort(),
  );
  return page;
}

describe('the built docs site', () => {
  it('has every content page in the sidebar, and nothing else', async () => {
    const page = await offlinePage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url);
    await page.locator('html[class]').waitFor();
    expect(errors).toEqual([]);
    const hrefs = await page
      .locator('#nd-sidebar a[href^="/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect([...new Set(hrefs)].sort()).toEqual(pages.map((p) => p.path).sort());
    await page.close();
  });

  it('renders every page with its title as the one h1', async () => {
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      const res = await fetch(`${url}${p.path}`);
      expect(res.status, p.path).toBe(200);
      const h1s = [...(await res.text()).matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) =>
        m[1]!
          .replace(/<[^>]+>/g, '')
          .replace(/&amp;/g, '&')
          .replace(/&#x27;/g, "'"),
      );
      expect(h1s, p.path).toEqual([p.title]);
    }
  });

  it('serves every image the pages show (the admin guide screenshots)', async () => {
    const sources = new Set<string>();
    for (const p of pages) {
      const html = await (await fetch(`${url}${p.path}`)).text();
      for (const [, src] of html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g))
        sources.add(src!.replace(/&amp;/g, '&'));
    }
    expect(sources.size).toBeGreaterThan(5);
    for (const src of sources) {
      const res = await fetch(new URL(src, url));
      expect(res.status, src).toBe(200);
      expect(res.headers.get('content-type'), src).toMatch(/^image\//);
    }
  });

  it('passes the link check on the build', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts/check-links.mjs'), '--built'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('searches the full text offline and opens the result', async () => {
    const page = await offlinePage();
    await page.goto(`${url}/quick-start`);
    await page.locator('html[class]').waitFor(); // next-themes has run: the page is hydrated
    await page.getByRole('button', { name: 'Search' }).first().click();
    // A phrase only the security page has, from its body text rather than its title.
    await page.getByRole('dialog').getByRole('textbox').fill('truncated');
    // Results are buttons: the page hit shows the page title as its own line.
    const hit = page
      .getByRole('dialog')
      .getByRole('button')
      .filter({ has: page.locator('p', { hasText: /^Security$/ }) });
    await hit.waitFor({ timeout: 20_000 });
    await hit.click();
    await page.waitForURL(/\/security/);
    await page.close();
  });

  it('switches to dark mode and keeps it on the next page', async () => {
    const page = await offlinePage();
    await page.goto(`${url}/concepts`);
    await page.locator('html[class]').waitFor();
    const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'));
    const before = await dark();
    await page.getByRole('button', { name: 'Toggle Theme' }).first().click();
    await expect.poll(dark).toBe(!before);
    await page.goto(`${url}/banner`);
    expect(await dark()).toBe(!before);
    await page.close();
  });
});
