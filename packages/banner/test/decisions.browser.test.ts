// Checklist items about decisions and what follows them: B-09, N-01…N-06, S-01, S-02 and the
// proof-of-consent record. Chromium against the minified dist/banner.min.js.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  blocked,
  browserSuite,
  config,
  cookieNames,
  dataLayer,
  dialog,
  NOTHING_RAN,
  session,
  storedConsent,
  until,
} from './helpers.js';

const en = config.texts.en!.banner;
const t = browserSuite();
const optional = config.categories.filter((c) => !c.required).map((c) => c.key);

const order = (page: Page) => page.evaluate(() => (window as { __order?: string[] }).__order ?? []);
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
type TGtag = [string, string, Record<string, string>];
const updates = async (page: Page) =>
  (await dataLayer(page)).filter(
    (e): e is TGtag => Array.isArray(e) && e[0] === 'consent' && e[1] === 'update',
  );

describe('decisions', () => {
  it('B-09: "Save choices" stores exactly the selected categories', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await button(s.page, en.customise).click();
    await s.page
      .getByRole('switch', { name: config.categories.find((c) => c.key === 'statistics')!.name.en })
      .click();
    await button(s.page, en.save).click();
    await expect.poll(() => dialog(s.page).count()).toBe(0);
    const stored = await storedConsent(s.context);
    expect(stored?.c).toEqual(Object.fromEntries(optional.map((k) => [k, k === 'statistics'])));
    await until(() => t.srv.records.length === 1);
    expect(t.srv.records[0]!.action).toBe('custom');
    expect(t.srv.records[0]!.choices.statistics).toBe(true);
    expect(t.srv.records[0]!.choices.marketing).toBe(false);
    expect(t.srv.records[0]!.choices.necessary).toBe(true);
    await until(async () => (await order(s.page)).length === 2);
    expect(await order(s.page)).toEqual(['stats.js', 'inline-stats']);
    const consent = await s.page.evaluate(() => window.Smula?.consent?.choices);
    expect(consent?.statistics).toBe(true);
    expect(consent?.marketing).toBe(false);
    await s.context.close();
  });

  it('S-01: blocked scripts and iframes run once after accept, in document order', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    expect(await s.page.locator('iframe').getAttribute('src')).toBeNull();
    await button(s.page, en.acceptAll).click();
    // Done when nothing is left blocked: every element has run (or been given its src).
    await until(async () => Object.keys(await blocked(s.page)).length === 0);
    expect(await order(s.page)).toEqual(['stats.js', 'inline-stats', 'ads.js']);
    expect(await s.page.locator('iframe').getAttribute('src')).toBe(
      `${t.srv.trackerOrigin}/embed.html`,
    );
    await until(() => t.srv.trackerHits.length >= 3);
    expect(t.srv.trackerHits.sort()).toEqual(['/ads.js', '/embed.html', '/stats.js']);
    // Calling the API again does not run anything twice (its record shows it was handled).
    await until(() => t.srv.records.length === 1);
    await s.page.evaluate(() => window.Smula!.acceptAll());
    await until(() => t.srv.records.length === 2);
    expect(await order(s.page)).toEqual(['stats.js', 'inline-stats', 'ads.js']);
    await s.context.close();
  });

  it('S-02: dataLayer: default before any config/event, one update per decision', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    const before = await dataLayer(s.page);
    await button(s.page, en.acceptAll).click();
    await until(async () => (await updates(s.page)).length === 1);
    const dl = await dataLayer(s.page);
    // A Tag Assistant-style pass over the queue.
    let defaults = 0;
    let seenCommand = false;
    for (const e of dl) {
      if (!Array.isArray(e)) continue;
      if (e[0] === 'consent' && e[1] === 'default') {
        expect(seenCommand).toBe(false);
        // Region-scoped defaults (the UK, Switzerland, the US under the default rules) come
        // after the one global default and carry the same signals plus their `region`.
        if ('region' in e[2]) {
          expect(Object.keys(e[2]).filter((k) => k !== 'region')).toHaveLength(7);
          continue;
        }
        defaults++;
        expect(Object.keys(e[2]).sort()).toEqual(
          [
            'ad_personalization',
            'ad_storage',
            'ad_user_data',
            'analytics_storage',
            'functionality_storage',
            'personalization_storage',
            'security_storage',
          ].sort(),
        );
      }
      if (e[0] === 'config' || e[0] === 'event') seenCommand = true;
    }
    expect(defaults).toBe(1);
    expect(before.filter((e) => Array.isArray(e) && e[1] === 'update')).toEqual([]);
    const [update] = await updates(s.page);
    expect(update![2].analytics_storage).toBe('granted');
    expect(update![2].ad_storage).toBe('granted');
    const event = dl.find((e) => (e as { event?: string }).event === 'smula_consent') as Record<
      string,
      unknown
    >;
    expect(event.smula_action).toBe('accept_all');
    // A returning visitor: the defaults (global, then region-scoped), then exactly one update
    // from the stored decision.
    await s.page.reload();
    await s.page.waitForLoadState('domcontentloaded');
    const again = await dataLayer(s.page);
    expect((again[0] as TGtag).slice(0, 2)).toEqual(['consent', 'default']);
    expect((again[1] as TGtag)[2]).toHaveProperty('region');
    expect((again[2] as TGtag).slice(0, 2)).toEqual(['consent', 'update']);
    expect(await updates(s.page)).toHaveLength(1);
    await s.context.close();
  });

  it('beacon: the proof-of-consent record carries every field', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html?c=v1#section`);
    await button(s.page, en.rejectAll).click();
    const [r] = await until(() => (t.srv.records.length ? t.srv.records : undefined));
    const stored = await storedConsent(s.context);
    expect(r!.recordId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(r!.consentId).toMatch(/^[0-9a-f]{32}$/);
    expect(r!.consentId).toBe(stored!.i);
    expect(r).toMatchObject({
      siteKey: config.siteKey,
      configVersion: config.version,
      configHash: config.hash,
      action: 'reject_all',
      locale: 'en',
      gpc: false,
      pagePath: '/index.html',
    });
    expect(r!.choices).toEqual(
      Object.fromEntries(config.categories.map((c) => [c.key, c.required])),
    );
    expect(Math.abs(Date.parse(r!.clientTime) - Date.now())).toBeLessThan(60_000);
    expect(Date.parse(r!.expiresAt)).toBe(stored!.e);
    await s.context.close();
  });

  it('beacon: a record that cannot be sent is queued and sent on a later page', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await s.context.setOffline(true);
    await button(s.page, en.acceptAll).click();
    expect(await s.page.evaluate(() => JSON.parse(localStorage.smula_queue).length)).toBe(1);
    await s.context.setOffline(false);
    await s.page.goto(`${t.srv.origin}/page2.html`);
    await until(() => t.srv.records.length === 1);
    expect(t.srv.records[0]!.action).toBe('accept_all');
    expect(await s.page.evaluate(() => localStorage.smula_queue)).toBeUndefined();
    await s.context.close();
  });

  it('N-01: a floating button on every page reopens preferences with the current state', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await s.page.evaluate(() => window.Smula!.accept(['statistics']));
    for (const path of ['/index.html', '/page2.html']) {
      await s.page.goto(`${t.srv.origin}${path}`);
      const open = button(s.page, en.openSettings);
      await expect.poll(() => open.isVisible()).toBe(true);
      await open.click();
      await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
      const stats = s.page.getByRole('switch', {
        name: config.categories.find((c) => c.key === 'statistics')!.name.en,
      });
      const mkt = s.page.getByRole('switch', {
        name: config.categories.find((c) => c.key === 'marketing')!.name.en,
      });
      expect(await stats.getAttribute('aria-checked')).toBe('true');
      expect(await mkt.getAttribute('aria-checked')).toBe('false');
    }
    // Any [data-smula-open] element does the same.
    await s.page.goto(`${t.srv.origin}/index.html`);
    await s.page.getByRole('button', { name: 'Manage cookies', exact: true }).click();
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    await s.context.close();
  });

  it('N-02: withdrawing takes no more clicks than accepting, and undoes everything', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    let acceptClicks = 0;
    await button(s.page, en.acceptAll).click();
    acceptClicks++;
    await until(async () => (await cookieNames(s.context)).includes('_fbp'));
    await s.page.reload();
    let withdrawClicks = 0;
    await button(s.page, en.openSettings).click();
    withdrawClicks++;
    await button(s.page, en.rejectAll).click();
    withdrawClicks++;
    expect(withdrawClicks).toBeLessThanOrEqual(Math.max(acceptClicks, 2));
    await until(() => t.srv.records.length === 2);
    expect(t.srv.records[1]!.action).toBe('withdraw');
    expect(await cookieNames(s.context)).toEqual(['smula_consent']);
    const last = (await updates(s.page)).at(-1)!;
    for (const k of ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'])
      expect(last[2][k]).toBe('denied');
    t.srv.reset();
    await s.page.reload();
    await s.page.waitForLoadState('load');
    expect(await blocked(s.page)).toEqual(NOTHING_RAN);
    expect(t.srv.trackerHits).toEqual([]);
    expect(await order(s.page)).toEqual([]);
    await s.context.close();
  });

  it('N-02: a footer withdraw link withdraws in one click, as accepting took one', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await button(s.page, en.acceptAll).click();
    await until(async () => (await cookieNames(s.context)).includes('_fbp'));
    await s.page.goto(`${t.srv.origin}/page2.html`);
    await s.page.getByRole('button', { name: 'Withdraw consent', exact: true }).click();
    await until(() => t.srv.records.length === 2);
    expect(t.srv.records[1]!.action).toBe('withdraw');
    expect(await cookieNames(s.context)).toEqual(['smula_consent']);
    const last = (await updates(s.page)).at(-1)!;
    expect(last[2].analytics_storage).toBe('denied');
    await s.context.close();
  });

  it('N-03: a refusal is remembered over five pages', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await button(s.page, en.rejectAll).click();
    for (let i = 0; i < 5; i++) {
      await s.page.goto(`${t.srv.origin}/${i % 2 ? 'page2' : 'index'}.html`);
      await s.page.waitForLoadState('load');
      expect(await dialog(s.page).count()).toBe(0);
      expect(await button(s.page, en.openSettings).isVisible()).toBe(true);
    }
    expect(t.srv.trackerHits).toEqual([]);
    await s.context.close();
  });

  it('N-04: decisions expire (accept 12, reject 6 months) and then the banner returns', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await button(s.page, en.rejectAll).click();
    const rejected = (await storedConsent(s.context))!;
    const months = (a: number, b: number) => Math.round((b - a) / (30.44 * 86400e3));
    expect(months(rejected.t, rejected.e)).toBe(config.site.consentLifetimes.rejectMonths);
    await button(s.page, en.openSettings).click();
    await button(s.page, en.acceptAll).click();
    const accepted = (await storedConsent(s.context))!;
    await until(() => t.srv.trackerHits.includes('/embed.html'));
    expect(months(accepted.t, accepted.e)).toBe(config.site.consentLifetimes.acceptMonths);
    // The visitor's clock passes the expiry: asked again, nothing granted runs.
    await s.context.addInitScript(`{
      const shift = ${accepted.e - Date.now() + 86400e3};
      const now = Date.now;
      Date.now = () => now() + shift;
    }`);
    t.srv.reset();
    await s.page.reload();
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    await s.page.waitForLoadState('load');
    expect(await blocked(s.page)).toEqual(NOTHING_RAN);
    expect(t.srv.trackerHits).toEqual([]);
    // A stored decision whose own expiry has passed counts as none.
    const s2 = await session(t.browser);
    const past = { i: 'a'.repeat(32), v: 1, c: { statistics: true }, t: 1, e: Date.now() - 1000 };
    await s2.context.addCookies([
      { name: 'smula_consent', value: encodeURIComponent(JSON.stringify(past)), url: t.srv.origin },
    ]);
    await s2.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s2.page).isVisible()).toBe(true);
    await button(s2.page, en.rejectAll).click();
    await until(() => t.srv.records.length === 1);
    expect(t.srv.records[0]!.action).toBe('renew');
    await s.context.close();
    await s2.context.close();
  });

  it('N-05: a material v2 re-asks only the affected category; a text edit asks nothing', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html?c=v1`);
    await button(s.page, en.acceptAll).click();
    await until(() => t.srv.records.length === 1);
    // v2 adds a vendor to marketing: banner again, statistics still granted, marketing not.
    t.srv.reset();
    await s.page.goto(`${t.srv.origin}/index.html?c=v2material`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    // Statistics and preferences ran; marketing is still blocked, so it cannot run later.
    await until(async () => (await order(s.page)).length >= 2);
    await until(async () => Object.keys(await blocked(s.page)).join() === 'marketing');
    expect(await order(s.page)).toEqual(['stats.js', 'inline-stats']);
    const [onLoad] = await updates(s.page);
    expect(onLoad![2].analytics_storage).toBe('granted');
    expect(onLoad![2].ad_storage).toBe('denied');
    await button(s.page, en.customise).click();
    const sw = (key: string) =>
      s.page.getByRole('switch', { name: config.categories.find((c) => c.key === key)!.name.en });
    expect(await sw('statistics').getAttribute('aria-checked')).toBe('true');
    expect(await sw('marketing').getAttribute('aria-checked')).toBe('false');
    // v2 with an edited purpose only: no banner, everything still runs.
    const s2 = await session(t.browser);
    await s2.page.goto(`${t.srv.origin}/index.html?c=v1`);
    await button(s2.page, en.acceptAll).click();
    await s2.page.goto(`${t.srv.origin}/index.html?c=v2text`);
    await until(async () => (await order(s2.page)).length === 3);
    expect(await dialog(s2.page).count()).toBe(0);
    await s.context.close();
    await s2.context.close();
  });

  it('N-06: GPC keeps marketing denied, is shown as honoured and recorded', async () => {
    const s = await session(
      t.browser,
      "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })",
    );
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect
      .poll(() => dialog(s.page).textContent())
      .toContain(en.gpcNotice.trim().slice(0, 30));
    await button(s.page, en.acceptAll).click();
    await until(() => t.srv.records.length === 1);
    expect(t.srv.records[0]!.gpc).toBe(true);
    expect(t.srv.records[0]!.choices.marketing).toBe(false);
    expect(t.srv.records[0]!.choices.statistics).toBe(true);
    const [update] = await updates(s.page);
    expect(update![2].ad_storage).toBe('denied');
    expect(update![2].analytics_storage).toBe('granted');
    // The marketing script is still blocked once the granted ones have run: never requested.
    await until(async () => Object.keys(await blocked(s.page)).join() === 'marketing');
    expect(await blocked(s.page)).toEqual({ marketing: 1 });
    expect(t.srv.trackerHits).not.toContain('/ads.js');
    await s.context.close();
  });
});
