import { isSiteOwner } from '@smula/core';
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
} from './helpers.js';

const en = config.texts.en!.banner;
const t = browserSuite();
const sv = config.texts.sv!.banner;

/** The B-01 assertions: nothing stored but necessary, nothing requested from a blocked host. */
async function assertNothingNonNecessary(s: Awaited<ReturnType<typeof session>>) {
  expect((await cookieNames(s.context)).filter((n) => n !== 'smula_consent')).toEqual([]);
  const storage = await s.page.evaluate(() => [
    Object.keys(localStorage),
    Object.keys(sessionStorage),
  ]);
  expect(storage).toEqual([[], []]);
  expect(t.srv.trackerHits).toEqual([]);
}

describe('first layer', () => {
  it('B-01: no non-necessary storage or request before consent; GCM default first', async () => {
    const s = await session(t.browser);
    // A fake clock lets the checklist's 10 s of idling run every timer without waiting 10 s.
    await s.page.clock.install();
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    await s.page.clock.fastForward(10_000);
    // Every blocked element still blocked: nothing ran, so nothing was requested or stored.
    expect(await blocked(s.page)).toEqual(NOTHING_RAN);
    await assertNothingNonNecessary(s);
    expect(await s.page.evaluate(() => indexedDB.databases())).toEqual([]);
    expect(await cookieNames(s.context)).toEqual([]);
    const dl = await dataLayer(s.page);
    const first = dl[0] as [string, string, Record<string, string>];
    expect(first.slice(0, 2)).toEqual(['consent', 'default']);
    for (const k of ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'])
      expect(first[2][k]).toBe('denied');
    expect(first[2].security_storage).toBe('granted');
    const firstConfig = dl.findIndex((e) => Array.isArray(e) && e[0] === 'config');
    expect(firstConfig).toBeGreaterThan(0);
    expect(await s.page.evaluate(() => (window as { __order?: string[] }).__order)).toBeUndefined();
    await s.context.close();
  });

  it('B-02: one Reject all button; rejecting closes and removes _ga/_fbp', async () => {
    const s = await session(t.browser);
    await s.context.addCookies([
      { name: '_ga', value: 'GA1.1.9', url: t.srv.origin },
      { name: '_ga_XYZ123', value: 'GS1', url: t.srv.origin },
      { name: '_fbp', value: 'fb.1.9', url: t.srv.origin },
    ]);
    await s.page.goto(`${t.srv.origin}/index.html`);
    const reject = s.page.getByRole('button', { name: en.rejectAll, exact: true });
    await expect.poll(() => reject.count()).toBe(1);
    await expect
      .poll(() => s.page.getByRole('button', { name: en.acceptAll, exact: true }).count())
      .toBe(1);
    await reject.click();
    await expect.poll(() => dialog(s.page).count()).toBe(0);
    expect(await cookieNames(s.context)).toEqual(['smula_consent']);
    t.srv.reset();
    await s.page.reload();
    // The stored refusal is applied: the floating button instead of the banner, nothing run.
    await expect
      .poll(() => s.page.getByRole('button', { name: en.openSettings, exact: true }).isVisible())
      .toBe(true);
    await s.page.waitForLoadState('load');
    expect(await dialog(s.page).count()).toBe(0);
    expect(await blocked(s.page)).toEqual(NOTHING_RAN);
    await assertNothingNonNecessary(s);
    await s.context.close();
  });

  it('B-03: Accept and Reject have equal visual weight', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    const styles = await Promise.all(
      [en.acceptAll, en.rejectAll].map((name) =>
        s.page.getByRole('button', { name, exact: true }).evaluate((el) => {
          const cs = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const panel = getComputedStyle(el.closest('[role="dialog"]')!);
          return {
            tag: el.tagName,
            fontSize: cs.fontSize,
            fontWeight: cs.fontWeight,
            width: box.width,
            height: box.height,
            color: cs.color,
            background: cs.backgroundColor,
            panel: panel.backgroundColor,
            tabIndex: (el as HTMLElement).tabIndex,
          };
        }),
      ),
    );
    const [a, r] = styles as [(typeof styles)[0], (typeof styles)[0]];
    expect(a.tag).toBe('BUTTON');
    expect(r.tag).toBe('BUTTON');
    expect(r.fontSize).toBe(a.fontSize);
    expect(r.fontWeight).toBe(a.fontWeight);
    expect(Math.abs(a.width - r.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(a.height - r.height)).toBeLessThanOrEqual(2);
    expect(r.tabIndex).toBe(a.tabIndex);
    const rgb = (c: string) =>
      c
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
    const lum = (c: string) => {
      const [R, G, B] = rgb(c).map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const contrast = (x: string, y: string) => {
      const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const b of [a, r]) expect(contrast(b.color, b.background)).toBeGreaterThanOrEqual(4.5);
    const diff = Math.abs(contrast(a.background, a.panel) - contrast(r.background, r.panel));
    expect(diff).toBeLessThanOrEqual(1.5);
    await s.context.close();
  });

  it('B-04: preferences start with every non-necessary category off, necessary on and disabled', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await s.page.getByRole('button', { name: en.customise, exact: true }).click();
    const switches = s.page.getByRole('switch');
    await expect.poll(() => switches.count()).toBe(config.categories.length);
    for (const c of config.categories) {
      const sw = s.page.getByRole('switch', { name: c.name.en, exact: true });
      expect(await sw.getAttribute('aria-checked')).toBe(String(c.required));
      expect(await sw.isDisabled()).toBe(c.required);
    }
    await s.context.close();
  });

  it('B-05: scrolling, Esc, closing, waiting and navigating give no consent', async () => {
    const s = await session(t.browser);
    await s.page.clock.install();
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    await s.page.mouse.wheel(0, 5000);
    await s.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await s.page.keyboard.press('Escape');
    expect(await dialog(s.page).isVisible()).toBe(true);
    await s.page.getByRole('button', { name: en.close, exact: true }).click();
    await expect.poll(() => dialog(s.page).isVisible()).toBe(false);
    // The checklist's 60 s timeout: no timer may turn silence into consent.
    await s.page.clock.fastForward(60_000);
    // Records are sent only for a decision, and there is none.
    expect(await s.page.evaluate(() => window.Smula?.consent)).toBeNull();
    expect(t.srv.records).toEqual([]);
    await s.page.reload();
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    await s.page.locator('#internal').click();
    await s.page.waitForURL(/page2/);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    expect(t.srv.records).toEqual([]);
    expect(await cookieNames(s.context)).toEqual([]);
    expect(t.srv.trackerHits).toEqual([]);
    expect(await s.page.evaluate(() => window.Smula?.consent)).toBeNull();
    await s.context.close();
  });

  it('B-06: no cookie wall: content scrolls and links work with the banner open', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    expect(await s.page.evaluate(() => getComputedStyle(document.body).overflow)).not.toBe(
      'hidden',
    );
    await s.page.evaluate(() => window.scrollTo(0, 1000));
    expect(await s.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await s.page.evaluate(() => window.scrollTo(0, 0));
    await s.page.locator('#internal').click({ timeout: 3000 });
    await s.page.waitForURL(/page2/);
    await s.context.close();
  });

  it('B-07 + B-08: first layer names each purpose, the vendor count and how to withdraw', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    const text = ((await dialog(s.page).textContent()) ?? '').replace(/\s+/g, ' ');
    for (const c of config.categories.filter((x) => !x.required)) expect(text).toContain(c.name.en);
    // Recipients only: the bakery's own vendor (its contact name, its domain) is not a partner.
    const vendors = new Set(
      config.items
        .filter((i) => !config.categories.find((c) => c.key === i.category)?.required)
        .flatMap((i) => (i.vendor ? [i.vendor] : []))
        .filter((id) => !isSiteOwner(config.site, config.vendors.find((v) => v.id === id)!)),
    );
    expect(vendors.size).toBeGreaterThan(1);
    expect(text).toContain(`(${vendors.size} in all)`);
    expect(text).not.toMatch(/\{(categories|vendorCount)\}/);
    expect(text).toContain(en.withdrawal.replace(/\s+/g, ' ').trim());
    await s.context.close();
  });

  it('B-11: the banner speaks the page language, falling back to the default locale', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s.page).getByRole('heading').textContent()).toBe(en.title);
    expect(await dialog(s.page).getAttribute('lang')).toBe('en');
    await s.page.goto(`${t.srv.origin}/sv.html`);
    await expect.poll(() => dialog(s.page).getByRole('heading').textContent()).toBe(sv.title);
    expect(await dialog(s.page).getAttribute('lang')).toBe('sv');
    expect(await s.page.getByRole('button', { name: sv.rejectAll, exact: true }).count()).toBe(1);
    await s.context.close();
    // No lang the site offers, in the page or the browser: the config's default locale (sv).
    const context = await t.browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.route('**/index.html', async (route) => {
      const res = await route.fetch();
      await route.fulfill({
        response: res,
        body: (await res.text()).replace('lang="en"', 'lang="de"'),
      });
    });
    await page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(page).getByRole('heading').textContent()).toBe(sv.title);
    await context.close();
  });

  it('B-12: links to the cookie policy and privacy policy open without accepting', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html`);
    const cookies = dialog(s.page).getByRole('link', { name: en.cookiePolicyLink });
    const privacy = dialog(s.page).getByRole('link', { name: en.privacyPolicyLink });
    expect(await cookies.getAttribute('href')).toBe(config.site.cookiePolicyUrl);
    expect(await privacy.getAttribute('href')).toBe(config.site.privacyPolicyUrl);
    await cookies.click();
    await s.page.waitForURL(/cookies\.html/);
    await s.page.goBack();
    await dialog(s.page).getByRole('link', { name: en.privacyPolicyLink }).click();
    await s.page.waitForURL(/privacy\.html/);
    expect(t.srv.records).toEqual([]);
    expect(await cookieNames(s.context)).toEqual([]);
    await s.context.close();
  });

  it('A-02: banner is first in reading order, a labelled dialog in the page language', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/sv.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    const info = await s.page.evaluate(() => {
      // Just before <body>: ahead of all page content in reading order.
      const host = document.body.previousElementSibling!;
      const box = host.shadowRoot!.querySelector('[role="dialog"]')!;
      const label = host.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!);
      return {
        id: host.id,
        label: label?.tagName,
        text: label?.textContent,
        lang: box.getAttribute('lang'),
      };
    });
    expect(info).toEqual({ id: 'smula-banner', label: 'H2', text: sv.title, lang: 'sv' });
    await s.context.close();
  });

  it('config texts, URLs and colours are escaped', async () => {
    const s = await session(t.browser);
    await s.page.goto(`${t.srv.origin}/index.html?c=xss`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    expect(await dialog(s.page).getByRole('heading').textContent()).toContain('<img');
    expect(await dialog(s.page).getByRole('link', { name: en.cookiePolicyLink }).count()).toBe(0);
    // No <img> anywhere, in the page or the banner's shadow root: no onerror can ever fire.
    const images = await s.page.evaluate(
      () =>
        document.querySelectorAll('img').length +
        (document.getElementById('smula-banner')?.shadowRoot?.querySelectorAll('img').length ?? -1),
    );
    expect(images).toBe(0);
    expect(await s.page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await s.context.close();
  });

  it('included twice, it starts once', async () => {
    const s = await session(t.browser);
    await s.page.route('**/index.html', async (route) => {
      const res = await route.fetch();
      const html = await res.text();
      const tag = '<script src="/banner.js?c=v1"></script>';
      await route.fulfill({ response: res, body: html.replace(tag, tag + tag) });
    });
    await s.page.goto(`${t.srv.origin}/index.html`);
    await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
    expect(await s.page.locator('#smula-banner').count()).toBe(1);
    const defaults = (await dataLayer(s.page)).filter(
      (e) => Array.isArray(e) && e[0] === 'consent' && e[1] === 'default',
    ) as [string, string, Record<string, unknown>][];
    // Once each: the global default, then the region-scoped one of the default region rules.
    expect(defaults.map((e) => 'region' in e[2])).toEqual([false, true]);
    expect(s.errors).toEqual([]);
    await s.context.close();
  });

  it('fails closed: a broken or missing config runs nothing and logs one error', async () => {
    for (const c of ['broken', 'missing']) {
      const s = await session(t.browser);
      t.srv.reset();
      await s.page.goto(`${t.srv.origin}/index.html?c=${c}`);
      await s.page.waitForLoadState('load');
      await expect.poll(() => s.errors.length).toBe(1);
      expect(await blocked(s.page)).toEqual(NOTHING_RAN);
      expect(s.errors[0]).toContain('[smula]');
      expect(await s.page.locator('#smula-banner').count()).toBe(0);
      expect(t.srv.trackerHits).toEqual([]);
      expect(
        await s.page.evaluate(() => (window as { __order?: string[] }).__order),
      ).toBeUndefined();
      const dl = await dataLayer(s.page);
      expect((dl[0] as unknown[]).slice(0, 2)).toEqual(['consent', 'default']);
      expect((dl[0] as [string, string, Record<string, string>])[2].analytics_storage).toBe(
        'denied',
      );
      await s.context.close();
    }
  });
});
