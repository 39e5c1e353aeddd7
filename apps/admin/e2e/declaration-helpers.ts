// Helpers for the admin's browser tests: first-run setup, hydration, axe-core, screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { E2E_SETUP_TOKEN } from './server';

/** Waits until React has hydrated, so typing is never lost to a re-render. */
export async function hydrated(page: Page) {
  await page.waitForSelector('html[data-hydrated="true"]');
}

/** First-run setup on an empty admin: creates the owner and their organisation. */
export async function setUpOwner(
  page: Page,
  baseUrl: string,
  who: { name: string; email: string; organisation: string },
) {
  await page.goto(baseUrl);
  await page.waitForURL(/\/setup$/);
  await hydrated(page);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('E-mail').fill(who.email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByLabel('Organisation').fill(who.organisation);
  await page.getByLabel('Setup token').fill(E2E_SETUP_TOKEN);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/dashboard$/);
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface TAxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the admin's CSP (rightly) refuses injected
  // <script> tags, and the test must not weaken it.
  // Each frame on its own (the banner preview is sandboxed, so axe's own frame messaging, which
  // waits a minute for an answer from an opaque origin, is switched off).
  const found: string[] = [];
  for (const frame of page.frames()) {
    if (frame.url() === 'about:blank' || frame.isDetached()) continue;
    await frame.waitForLoadState('load');
    await frame.evaluate(readFileSync(axePath, 'utf8'));
    const violations = await frame.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (o: object) => Promise<{ violations: unknown[] }> };
        }
      ).axe;
      return (await axe.run({ iframes: false })).violations;
    });
    const where = frame === page.mainFrame() ? '' : `frame ${new URL(frame.url()).pathname}: `;
    found.push(
      ...(violations as TAxeViolation[])
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${where}${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
    );
  }
  return found;
}

/** Where screenshots go; SMULA_SCREENSHOT_DIR overrides. */
export function screenshotDir(): string {
  const dir = process.env.SMULA_SCREENSHOT_DIR ?? join(tmpdir(), 'smula-e2e-screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Whether the page scrolls sideways, and if so the elements that stick out past the viewport's
 * right edge outside sideways scrollers. Empty when the page fits.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const out = [`page is ${document.documentElement.scrollWidth}px wide`];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 1 && !el.closest('.overflow-x-auto'))
        out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)}`);
    }
    return out.slice(0, 10);
  });
}
