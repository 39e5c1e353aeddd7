// A-01 (axe-core, focus, keyboard-only flows, modal trap) and D-03 (declaration with the live
// consent state). Chromium against the minified dist/banner.min.js.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, config, dialog, session, storedConsent, until } from './helpers.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const en = config.texts.en!.banner;
const t = browserSuite();

/** Serious and critical axe violations on the page, shadow DOM included. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run: (
            o: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    }),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`,
    );
}

/** What has focus, looking through the banner's shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    const inner = a?.shadowRoot?.activeElement;
    const by = inner?.getAttribute('aria-labelledby');
    const name = by
      ? a?.shadowRoot?.getElementById(by)?.textContent
      : inner?.textContent?.trim() || inner?.getAttribute('aria-label');
    return inner
      ? `banner:${inner.getAttribute('role') ?? inner.tagName.toLowerCase()}:${name}`
      : `${a?.tagName.toLowerCase()}#${a?.id}`;
  });

describe('accessibility', () => {
  it('A-01: axe finds no serious or critical violations on both layers and the declaration', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    expect(await axe(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: en.customise, exact: true }).click();
    // The providers and items arrive with the detail (fetched): check them too.
    await expect.poll(() => s.page.locator('#smula-banner details').count()).toBeGreaterThan(0);
    for (const d of await s.page.locator('#smula-banner details').all())
      await d.evaluate((x) => x.setAttribute('open', ''));
    expect(await axe(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: en.rejectAll, exact: true }).click();
    await s.page.goto(`${t.srv.origin}/declaration.html`);
    await expect
      .poll(() => s.page.locator('[data-smula-declaration] [data-category]').count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => s.page.locator('[data-smula-consent-state] [data-smula-withdraw]').count())
      .toBe(1);
    expect(await axe(s.page)).toEqual([]);
    await s.context.close();
  });

  it('A-01: focus moves into the banner and returns; keyboard-only reject', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => focused(s.page)).toBe(`banner:dialog:${en.title}`);
    // Tab through: close, the two policy links, then Accept, Reject, Customise.
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await s.page.keyboard.press('Tab');
      seen.push(await focused(s.page));
    }
    expect(seen.slice(3)).toEqual([
      `banner:button:${en.acceptAll}`,
      `banner:button:${en.rejectAll}`,
      `banner:button:${en.customise}`,
    ]);
    // Visible focus: an outline of at least 2px on the focused button.
    const outline = await s.page.evaluate(() => {
      const el = document.getElementById('smula-banner')!.shadowRoot!.activeElement!;
      const cs = getComputedStyle(el);
      return [cs.outlineStyle, Number.parseFloat(cs.outlineWidth)];
    });
    expect(outline[0]).toBe('solid');
    expect(outline[1]).toBeGreaterThanOrEqual(2);
    await s.page.keyboard.press('Shift+Tab');
    await s.page.keyboard.press('Enter');
    await until(() => t.srv.records.length === 1);
    expect(t.srv.records[0]!.action).toBe('reject_all');
    await expect.poll(() => focused(s.page)).toBe('body#');
    // Reopening from the page's own control returns focus to it.
    const opener = s.page.locator('footer [data-smula-open]');
    await opener.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    expect(await focused(s.page)).toMatch(/^banner:dialog/);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog(s.page).isVisible()).toBe(false);
    expect(
      await s.page.evaluate(() => document.activeElement?.hasAttribute('data-smula-open')),
    ).toBe(true);
    await s.context.close();
  });

  it('A-01: keyboard-only customise: Space toggles a switch, Enter saves', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => focused(s.page)).toMatch(/^banner:dialog/);
    for (let i = 0; i < 6; i++) await s.page.keyboard.press('Tab');
    expect(await focused(s.page)).toBe(`banner:button:${en.customise}`);
    await s.page.keyboard.press('Enter');
    await expect.poll(() => focused(s.page)).toMatch(/^banner:dialog/);
    const stats = config.categories.find((c) => c.key === 'statistics')!.name.en;
    for (let i = 0; i < 40 && (await focused(s.page)) !== `banner:switch:${stats}`; i++)
      await s.page.keyboard.press('Tab');
    expect(await focused(s.page)).toBe(`banner:switch:${stats}`);
    await s.page.keyboard.press('Space');
    for (let i = 0; i < 60 && (await focused(s.page)) !== `banner:button:${en.save}`; i++)
      await s.page.keyboard.press('Tab');
    await s.page.keyboard.press('Enter');
    await until(() => t.srv.records.length === 1);
    expect(t.srv.records[0]!.choices.statistics).toBe(true);
    expect(t.srv.records[0]!.choices.marketing).toBe(false);
    await s.context.close();
  });

  it('A-01: Esc in preferences goes back without deciding; the modal layout traps focus', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html?c=modal`);
    await expect.poll(() => dialog(s.page).getAttribute('aria-modal')).toBe('true');
    await s.page.getByRole('button', { name: en.customise, exact: true }).click();
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog(s.page).getByRole('heading').textContent()).toBe(en.title);
    for (let i = 0; i < 12; i++) {
      await s.page.keyboard.press('Tab');
      expect(await focused(s.page)).toMatch(/^banner:/);
    }
    for (let i = 0; i < 12; i++) {
      await s.page.keyboard.press('Shift+Tab');
      expect(await focused(s.page)).toMatch(/^banner:/);
    }
    expect(t.srv.records).toEqual([]);
    // The non-modal layout does not trap: Tab leaves the banner for the page.
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => focused(s.page)).toMatch(/^banner:dialog/);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      await s.page.keyboard.press('Tab');
      seen.add((await focused(s.page)).split(':')[0]!);
    }
    expect(seen.size).toBeGreaterThan(1);
    await s.context.close();
  });
});

describe('layout', () => {
  it('A-01: RTL pages mirror the banner; reduced motion turns the animation off', async () => {
    const s = await session(t.browser);
    await s.page.route('**/index.html', async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('<html lang="en">', '<html lang="en" dir="rtl">');
      await route.fulfill({ response: res, body });
    });
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    const rtl = await dialog(s.page).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        right: innerWidth - r.right,
        animation: getComputedStyle(el).animationName,
      };
    });
    // bottom-left in LTR is bottom-right in RTL: the gap is on the right.
    expect(rtl.right).toBeLessThan(rtl.left);
    expect(rtl.animation).toBe('smula-in');
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await dialog(s.page).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await s.context.close();
  });
});

describe('declaration', () => {
  it('D-03: the declaration renders with a live state whose change and withdraw buttons work', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/declaration.html`);
    await s.page.getByRole('button', { name: en.acceptAll, exact: true }).click();
    const state = s.page.locator('[data-smula-consent-state]');
    const stored = (await storedConsent(s.context))!;
    await expect.poll(() => state.textContent()).toContain(stored.i);
    expect(
      await s.page.locator('[data-smula-declaration] [data-category]').count(),
    ).toBeGreaterThan(0);
    await s.page.reload();
    await expect.poll(() => state.textContent()).toContain(stored.i);
    // "Change" (core's renderer puts it beside the state) and "withdraw" (in the state).
    const change = s.page.locator('[data-smula-declaration] [data-smula-open]');
    const withdraw = state.locator('[data-smula-withdraw]');
    expect(await change.count()).toBe(1);
    expect(await withdraw.count()).toBe(1);
    await change.click();
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    await s.page.keyboard.press('Escape');
    await expect.poll(() => dialog(s.page).isVisible()).toBe(false);
    // One click withdraws.
    await withdraw.click();
    await until(() => t.srv.records.at(-1)?.action === 'withdraw');
    expect(t.srv.records.at(-1)!.consentId).toBe(stored.i);
    expect((await storedConsent(s.context))!.c.statistics).toBe(false);
    expect(await s.page.evaluate(() => window.Smula!.consent!.choices.marketing)).toBe(false);
    await s.context.close();
  });
});
