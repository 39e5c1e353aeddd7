// The preferences layer's detail (issue 16): the first layer carries no providers or items;
// they are fetched for the script's version and locale when the preferences layer opens (and
// prefetched while the first layer is read). If they cannot be fetched, every choice still
// works and nothing blocked runs.

import { describe, expect, it } from 'vitest';
import { categoryDetail } from '../src/detail.js';
import { blocked, browserSuite, config, dialog, NOTHING_RAN, session } from './helpers.js';

const en = config.texts.en!.banner;
const t = browserSuite();
const detailPath = `/b/${config.siteKey}@${config.version}.detail.en.json`;
const busy = (s: Awaited<ReturnType<typeof session>>) =>
  s.page.locator('#smula-banner [aria-busy]').count();
const itemRows = (s: Awaited<ReturnType<typeof session>>) =>
  s.page.locator('#smula-banner details.d li').count();
/** Rows the detail of the fixture's config lists in English: one per vendor and per item. */
const rows = Object.values(categoryDetail(config, 'en')).reduce(
  (n, html) => n + (html.match(/<li>/g)?.length ?? 0),
  0,
);

describe('preferences detail', () => {
  it('is fetched for the version and locale, prefetched while the first layer shows', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    // Prefetched when the browser was idle, before the visitor asked for it.
    await expect.poll(() => t.srv.detailHits).toEqual([detailPath]);
    await s.page.getByRole('button', { name: en.customise, exact: true }).click();
    await expect.poll(() => itemRows(s)).toBe(rows);
    expect(await busy(s)).toBe(0);
    const first = config.items.find((i) => i.category === 'statistics')!;
    await expect
      .poll(() => s.page.locator('#smula-banner details.d').allTextContents())
      .toContainEqual(expect.stringContaining(first.name));
    // Each category's description came with the detail, not with the first load.
    const description = (key: string) => config.categories.find((c) => c.key === key)!.description;
    await expect
      .poll(() => s.page.locator('#smula-banner [data-d=statistics] > p').textContent())
      .toBe(description('statistics').en);
    const script = await (await fetch(`${t.srv.origin}/banner.js`)).text();
    expect(script).not.toContain(description('statistics').en!);
    // One fetch for the page: opening the layer again reuses it.
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('button', { name: en.customise, exact: true }).click();
    await expect.poll(() => itemRows(s)).toBe(rows);
    expect(t.srv.detailHits).toEqual([detailPath]);
    await s.context.close();
  });

  it('is prefetched too when the script arrives after the page has loaded', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/late.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    expect(await s.page.evaluate(() => document.readyState)).toBe('complete');
    await expect.poll(() => t.srv.detailHits).toEqual([detailPath]);
    await s.context.close();
  });

  it('unreachable: the layer shows without it, choices still work, nothing runs; retried', async () => {
    t.srv.detailDown = true;
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await s.page.getByRole('button', { name: en.customise, exact: true }).click();
    // The placeholders go once the fetch has failed; the switches are all there.
    await expect.poll(() => t.srv.detailHits.length).toBeGreaterThan(0);
    await expect.poll(() => busy(s)).toBe(0);
    expect(await itemRows(s)).toBe(0);
    expect(await s.page.locator('#smula-banner [role=switch]').count()).toBe(
      config.categories.length,
    );
    // Opened again once the detail is back: fetched again and shown.
    t.srv.detailDown = false;
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('button', { name: en.customise, exact: true }).click();
    await expect.poll(() => itemRows(s)).toBe(rows);
    // Down again for the decision: refusing works as without any detail, nothing ran.
    await s.page.getByRole('button', { name: en.rejectAll, exact: true }).click();
    await expect.poll(() => dialog(s.page).count()).toBe(0);
    expect(await blocked(s.page)).toEqual(NOTHING_RAN);
    await expect.poll(() => t.srv.records.map((r) => r.action)).toEqual(['reject_all']);
    expect(t.srv.trackerHits).toEqual([]);
    await s.context.close();
  });

  it('unreachable from the start: a custom choice is saved and applied as usual', async () => {
    t.srv.detailDown = true;
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await s.page.getByRole('button', { name: en.customise, exact: true }).click();
    await expect.poll(() => busy(s)).toBe(0);
    await s.page.locator('#smula-banner [role=switch][data-k=statistics]').click();
    await s.page.getByRole('button', { name: en.save, exact: true }).click();
    await expect.poll(() => t.srv.records.map((r) => r.choices.statistics)).toEqual([true]);
    expect(t.srv.records[0]!.choices.marketing).toBe(false);
    // Statistics ran; marketing and preferences stayed blocked.
    await expect
      .poll(() => blocked(s.page))
      .toEqual({ marketing: NOTHING_RAN.marketing, preferences: NOTHING_RAN.preferences });
    await s.context.close();
  });
});
