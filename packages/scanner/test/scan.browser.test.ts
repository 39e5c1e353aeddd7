import { DEFAULT_CATEGORIES, type TStorageItem } from '@smula/core';
import {
  matchScan,
  type TScanDeclaration,
  type TScanReport,
  ZScanReportSchema,
} from '@smula/core/scan';
import { findChromium } from '@smula/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchScanBrowser, scanSite } from '../src/index.js';
import { bakeryConfig, HOST_RULES, startFixtureSite, type TFixtureSite } from './fixture-site.js';

// One browser and one fixture server for the file; each scan is a whole crawl.
let browser: Browser;
let site: TFixtureSite;
beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchScanBrowser({ executablePath: findChromium(), hostRules: HOST_RULES }),
    startFixtureSite(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const item = (over: Partial<TStorageItem> & Pick<TStorageItem, 'id' | 'name' | 'category'>) =>
  ({
    matchKind: 'exact',
    type: 'cookie',
    party: 'first',
    duration: { kind: 'session' },
    purpose: { en: 'x' },
    ...over,
  }) as TStorageItem;
const vendor = (id: string) => ({
  id,
  name: id,
  countries: [],
  dpfCertified: false,
  description: {},
});

/** The shop's declaration: right about most things, silent on two, wrong about one. */
const declaration: TScanDeclaration = {
  categories: DEFAULT_CATEGORIES,
  vendors: ['shop', 'cmp', 'tracker', 'beacon'].map(vendor),
  items: [
    item({ id: 'sid', name: 'sid', category: 'necessary', vendor: 'shop' }),
    item({ id: 'consent', name: 'CookieConsent', category: 'necessary', vendor: 'cmp' }),
    item({ id: 'trk', name: '_trk', category: 'marketing', vendor: 'tracker' }),
    item({
      id: 'trk-px',
      name: 'px.gif',
      type: 'pixel',
      host: 'tracker.test',
      party: 'third',
      category: 'marketing',
      vendor: 'tracker',
    }),
    item({ id: 'bcn', name: '_bcn', category: 'marketing', vendor: 'beacon' }),
    item({
      id: 'bcn-px',
      name: 'collect',
      type: 'pixel',
      host: 'beacon.test',
      party: 'third',
      category: 'marketing',
      vendor: 'beacon',
    }),
    item({
      id: 'stats',
      name: 'stats_id',
      type: 'local_storage',
      category: 'statistics',
      vendor: 'shop',
    }),
    item({
      id: 'stats-s',
      name: 'stats_session',
      type: 'session_storage',
      category: 'statistics',
      vendor: 'shop',
    }),
    item({
      id: 'stats-db',
      name: 'stats-db',
      type: 'indexeddb',
      category: 'statistics',
      vendor: 'shop',
    }),
    item({ id: 'old', name: 'old_cookie', category: 'marketing', vendor: 'shop' }),
  ],
};

describe('scanSite on the fixture shop (Cookiebot-like banner)', () => {
  let report: TScanReport;
  const progress: string[] = [];
  beforeAll(async () => {
    report = await scanSite(site.url('www.shop.test'), {
      browser,
      settleMs: 2000,
      onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.page.url} ${p.page.status}`),
    });
  }, 240_000);
  const u = (path: string) => site.url('www.shop.test', path);

  it('crawls start, sitemap (through an index) and links, same site only, and reports failures', () => {
    expect(ZScanReportSchema.parse(report)).toEqual(report);
    expect(report.pages.map((p) => [p.url, p.foundBy, p.status, p.error])).toEqual([
      [u('/'), 'start', 'ok', undefined],
      [u('/hidden.html'), 'sitemap', 'ok', undefined],
      [u('/about.html'), 'link', 'ok', undefined],
      [u('/missing.html'), 'link', 'failed', 'HTTP 404'],
    ]);
    expect(progress).toHaveLength(4);
    expect(progress[3]).toContain('/missing.html failed');
    for (const p of report.pages.slice(0, 3))
      expect(p.consent).toEqual({
        rejected: { method: 'cmp', cmp: 'cookiebot' },
        accepted: { method: 'cmp', cmp: 'cookiebot' },
      });
  });

  it('finds exactly the fixture’s cookies, storage and requests, with initiators and states', () => {
    const rows = report.observations.map((o) => [
      o.kind,
      o.name,
      o.host,
      o.party,
      o.initiators.join(' '),
      o.states.join(','),
    ]);
    const all = 'none,rejected,accepted';
    const pages = [u('/'), u('/about.html'), u('/hidden.html')].join(' ');
    expect(rows).toEqual([
      ['cookie', 'embed_pref', 'embed.test', 'third', site.url('embed.test', '/player.html'), all],
      [
        'cookie',
        '_bcn',
        'www.shop.test',
        'first',
        site.url('beacon.test', '/b.js'),
        'rejected,accepted',
      ],
      [
        'cookie',
        '_trk',
        'www.shop.test',
        'first',
        site.url('tracker.test', '/early.js'),
        'none,accepted',
      ],
      ['cookie', 'CookieConsent', 'www.shop.test', 'first', u('/cmp.js'), 'rejected,accepted'],
      ['cookie', 'sid', 'www.shop.test', 'first', pages, all],
      ['local_storage', 'last_visit', 'www.shop.test', 'first', u('/hidden.html'), all],
      ['local_storage', 'stats_id', 'www.shop.test', 'first', u('/js/stats.js'), 'accepted'],
      ['session_storage', 'stats_session', 'www.shop.test', 'first', u('/js/stats.js'), 'accepted'],
      ['indexeddb', 'stats-db', 'www.shop.test', 'first', u('/js/stats.js'), 'accepted'],
      ['request', 'beacon.test', 'beacon.test', 'third', pages, 'rejected,accepted'],
      ['request', 'embed.test', 'embed.test', 'third', u('/'), all],
      ['request', 'tracker.test', 'tracker.test', 'third', pages, 'none,accepted'],
    ]);
    const by = (name: string) => report.observations.find((o) => o.name === name)!;
    expect(by('sid')).toMatchObject({ httpOnly: true, sameSite: 'Lax', expires: null, path: '/' });
    expect(by('_trk').expires).toBe(2592000);
    expect(by('embed_pref').expires).toBe(3600);
    expect(by('last_visit').pages).toEqual([u('/hidden.html')]);
    expect(by('tracker.test').resourceTypes).toEqual(['image', 'script']);
    expect(by('beacon.test').resourceTypes).toEqual(['ping', 'script']);
    expect(by('embed.test').resourceTypes).toEqual(['document']);
  });

  it('classifies the violations against the declaration', () => {
    const findings = matchScan(report, declaration).map((f) => {
      const o = f.observation === undefined ? undefined : report.observations[f.observation];
      return `${f.kind} ${o ? `${o.kind}:${o.name}` : f.itemId}`;
    });
    expect(findings.sort()).toEqual(
      [
        'undeclared cookie:embed_pref',
        'set_before_consent cookie:embed_pref',
        'kept_after_reject cookie:embed_pref',
        'kept_after_reject cookie:_bcn',
        'set_before_consent cookie:_trk',
        'undeclared local_storage:last_visit',
        'set_before_consent local_storage:last_visit',
        'kept_after_reject local_storage:last_visit',
        'kept_after_reject request:beacon.test',
        'request_before_consent request:tracker.test',
        'declared_not_seen old',
      ].sort(),
    );
  });
});

describe('scanSite on a page running the real built Smula banner', () => {
  it('consents through window.Smula and sees gated storage only after Accept all', async () => {
    const report = await scanSite(site.url('www.bakery.test'), {
      browser,
      maxPages: 1,
      sitemap: false,
      settleMs: 2000,
    });
    expect(report.pages).toEqual([
      expect.objectContaining({
        status: 'ok',
        smula: true,
        consent: { rejected: { method: 'smula' }, accepted: { method: 'smula' } },
      }),
    ]);
    const states = Object.fromEntries(
      report.observations
        .filter((o) => o.kind !== 'request')
        .map((o) => [`${o.kind}:${o.name}`, o.states]),
    );
    expect(states).toEqual({
      'cookie:smula_consent': ['rejected', 'accepted'],
      'local_storage:stats_id': ['accepted'],
    });
    // Held to the site's own published config: the consent cookie is declared necessary.
    const violations = matchScan(report, bakeryConfig).filter(
      (f) => f.kind !== 'declared_not_seen',
    );
    expect(violations.map((f) => `${f.kind} ${report.observations[f.observation!]?.name}`)).toEqual(
      ['undeclared stats_id'],
    );
  });
});

describe('scanSite with a guard', () => {
  it('aborts the requests the guard refuses, lists them, and sees nothing they would set', async () => {
    const asked: string[] = [];
    const report = await scanSite(site.url('www.shop.test'), {
      browser,
      maxPages: 1,
      sitemap: false,
      settleMs: 2000,
      guard: async (url) => {
        asked.push(url);
        return new URL(url).hostname === 'tracker.test' ? 'tracker.test is refused' : null;
      },
    });
    expect(report.pages[0]?.status).toBe('ok');
    // The page itself and its subresources went through the guard.
    expect(asked).toContain(site.url('www.shop.test'));
    expect(report.refused?.map((r) => new URL(r.url).hostname)).toEqual(['tracker.test']);
    expect(report.refused?.[0]?.reason).toBe('tracker.test is refused');
    const names = report.observations.map((o) => `${o.kind}:${o.name}`);
    expect(names).not.toContain('cookie:_trk');
    expect(names).not.toContain('request:tracker.test');
    // Other third parties still load: the guard refuses per request, not the page.
    expect(names).toContain('request:beacon.test');
  });
});
