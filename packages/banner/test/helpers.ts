// Shared by the browser tests: fixture configs built with core, a site server and a "tracker"
// server on a second loopback origin, and small page helpers.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildPublishedConfig,
  renderDeclaration,
  type TDeclaration,
  type TPublishedConfig,
} from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';
import { launchChromium } from '@smula/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { bannerDetail, wrapRuntime } from '../src/serve.js';
import type { TConsentRecord } from '../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));
export const distFile = join(here, '../dist/banner.min.js');
const SITE_KEY = 'fjb-test';
const publishedAt = '2026-11-01T10:00:00.000Z';

/** The fixture shop with policy links on the test origin. */
const draft: TDeclaration = {
  ...fjallbagerietDeclaration,
  site: {
    ...fjallbagerietDeclaration.site,
    cookiePolicyUrl: '/cookies.html',
    privacyPolicyUrl: '/privacy.html',
  },
};
const v1 = buildPublishedConfig(draft, { siteKey: SITE_KEY, version: 1, publishedAt });
/** v2 adds a vendor to marketing: material, re-asks marketing only. */
const v2material = buildPublishedConfig(
  {
    ...draft,
    vendors: [
      ...draft.vendors,
      {
        id: 'adnet',
        name: 'AdNet',
        countries: ['US'],
        dpfCertified: false,
        transferMechanism: 'scc',
        description: { sv: 'Annonser.', en: 'Ads.' },
      },
    ],
    items: [
      ...draft.items,
      {
        id: 'adnet-id',
        name: 'adnet_id',
        matchKind: 'exact',
        type: 'cookie',
        party: 'third',
        host: 'adnet.example',
        duration: { kind: 'seconds', seconds: 86400 * 30 },
        purpose: { sv: 'Annonsmätning.', en: 'Ad measurement.' },
        category: 'marketing',
        vendor: 'adnet',
      },
    ],
  },
  { siteKey: SITE_KEY, version: 2, publishedAt, previous: v1 },
);
/** v2 edits a purpose text: not material, asks nothing. */
const v2text = buildPublishedConfig(
  {
    ...draft,
    items: draft.items.map((i) =>
      i.id === 'ga' ? { ...i, purpose: { sv: 'Räknar besökare.', en: 'Counts visitors.' } } : i,
    ),
  },
  { siteKey: SITE_KEY, version: 2, publishedAt, previous: v1 },
);
const modal = buildPublishedConfig(
  { ...draft, appearance: { ...draft.appearance, layout: 'modal', position: 'center' } },
  { siteKey: SITE_KEY, version: 1, publishedAt },
);

/** Hostile texts and URLs, as a compromised editor account might publish them. */
const xss: TPublishedConfig = {
  ...v1,
  site: { ...v1.site, cookiePolicyUrl: 'javascript:window.__xss=2' },
  texts: {
    ...v1.texts,
    en: {
      ...v1.texts.en!,
      banner: { ...v1.texts.en!.banner, title: '<img src=x onerror="window.__xss=1">Cookies' },
    },
  },
  appearance: {
    ...v1.appearance,
    colors: {
      ...v1.appearance.colors,
      background: 'red}</style><img src=x onerror="window.__xss=3">',
    },
  },
};

export const configs: Record<string, TPublishedConfig | unknown> = {
  xss,
  v1,
  v2material,
  v2text,
  modal,
  broken: { version: 1, categories: 'statistics', texts: {} },
  missing: null,
};
export const config = v1;

const TRACKER: Record<string, [string, string]> = {
  '/stats.js': [
    'text/javascript',
    "window.__order=(window.__order||[]).concat('stats.js');document.cookie='_ga=GA1.1.1;path=/;max-age=3600';document.cookie='_ga_ABC123=GS1;path=/;max-age=3600';",
  ],
  '/ads.js': [
    'text/javascript',
    "window.__order=(window.__order||[]).concat('ads.js');document.cookie='_fbp=fb.1.1;path=/;max-age=3600';",
  ],
  '/embed.html': ['text/html', '<!doctype html><title>video</title><p>video</p>'],
};

export interface TServers {
  origin: string;
  trackerOrigin: string;
  /** Consent records received by `POST /api/v1/consents`. */
  records: TConsentRecord[];
  /** Paths requested from the tracker origin. */
  trackerHits: string[];
  /** Detail requests (`/b/{key}@{n}.detail.{locale}.json`) the site server received. */
  detailHits: string[];
  /** When true, the detail endpoint answers 503 (an unreachable detail). */
  detailDown: boolean;
  reset(): void;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => resolve(data));
  });

/** Starts the site server (fixture pages, banner, consent and declaration endpoints) and the tracker. */
export async function startServers(): Promise<TServers> {
  const runtime = readFileSync(distFile, 'utf8');
  const records: TConsentRecord[] = [];
  const trackerHits: string[] = [];
  const tracker = createServer((req, res) => {
    trackerHits.push(req.url ?? '');
    const hit = TRACKER[req.url ?? ''];
    res.writeHead(hit ? 200 : 404, {
      'content-type': hit?.[0] ?? 'text/plain',
      'cache-control': 'no-store',
    });
    res.end(hit?.[1] ?? '');
  });
  const trackerOrigin = await listen(tracker);
  const send = (res: ServerResponse, status: number, type: string, text: string) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(text);
  };
  const site = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const name = url.searchParams.get('c') || 'v1';
    if (url.pathname === '/banner.js')
      return send(res, 200, 'text/javascript', wrapRuntime(runtime, configs[name]));
    if (url.pathname === '/api/v1/consents' && req.method === 'POST') {
      records.push(JSON.parse(await body(req)));
      return send(res, 204, 'text/plain', '');
    }
    // The preferences layer's detail, as the delivery endpoint answers it. The page's `?c=`
    // (the Referer) tells configs with the same key and version apart.
    const detail = /^\/b\/([^/@]+)@(\d+)\.detail\.([\w-]+)\.json$/.exec(url.pathname);
    if (detail) {
      srv.detailHits.push(url.pathname);
      if (srv.detailDown) return send(res, 503, 'application/json', '{}');
      const named = new URL(req.headers.referer ?? '/', 'http://x').searchParams.get('c') || 'v1';
      const match = (c: unknown) =>
        (c as TPublishedConfig)?.siteKey === decodeURIComponent(detail[1]!) &&
        (c as TPublishedConfig).version === Number(detail[2]);
      const cfg = (
        named && match(configs[named]) ? configs[named] : Object.values(configs).find(match)
      ) as TPublishedConfig | undefined;
      const json = cfg && bannerDetail(cfg, detail[3]!);
      return json
        ? send(res, 200, 'application/json', json)
        : send(res, 404, 'application/json', '{}');
    }
    const decl = /^\/api\/v1\/sites\/([^/]+)\/declaration$/.exec(url.pathname);
    if (decl) {
      const version = Number(url.searchParams.get('version'));
      const cfg = Object.values(configs).find(
        (c) =>
          (c as TPublishedConfig)?.siteKey === decl[1] &&
          (c as TPublishedConfig).version === version,
      ) as TPublishedConfig | undefined;
      if (!cfg) return send(res, 404, 'text/plain', '');
      const html = renderDeclaration(cfg, { locale: url.searchParams.get('locale') ?? 'sv' });
      return send(res, 200, 'text/html; charset=utf-8', html);
    }
    try {
      const file = readFileSync(
        join(here, 'fixtures', url.pathname.replace(/^\/+/, '') || 'index.html'),
        'utf8',
      );
      send(
        res,
        200,
        'text/html; charset=utf-8',
        file.replaceAll('__CONFIG__', name).replaceAll('__TRACKER__', trackerOrigin),
      );
    } catch {
      send(res, 404, 'text/plain', 'not found');
    }
  });
  const origin = await listen(site);
  const srv: TServers = {
    origin,
    trackerOrigin,
    records,
    trackerHits,
    detailHits: [],
    detailDown: false,
    reset() {
      records.length = 0;
      trackerHits.length = 0;
      srv.detailHits.length = 0;
      srv.detailDown = false;
    },
    close: () =>
      Promise.all(
        [site, tracker].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
  return srv;
}

/** What {@link browserSuite} gives a test file: read its members inside hooks and tests. */
export interface TBrowserSuite {
  browser: Browser;
  srv: TServers;
}

/**
 * Chromium and the test servers for one test file: started before its tests (unless `skip`),
 * the servers' logs cleared before each test, both closed after.
 */
export function browserSuite(skip = false): TBrowserSuite {
  const suite = {} as TBrowserSuite;
  beforeAll(async () => {
    if (skip) return;
    [suite.browser, suite.srv] = await Promise.all([launchChromium(), startServers()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.srv?.close();
  });
  beforeEach(() => suite.srv?.reset());
  return suite;
}

export interface TSession {
  context: BrowserContext;
  page: Page;
  /** Console errors seen on the page. */
  errors: string[];
}

/** A fresh profile (context) and page; `init` runs before any page script (e.g. GPC). */
export async function session(browser: Browser, init?: string): Promise<TSession> {
  const context = await browser.newContext();
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** `dataLayer` as plain arrays (gtag's `arguments` entries) and objects (events). */
export function dataLayer(page: Page): Promise<unknown[]> {
  return page.evaluate(() =>
    (window.dataLayer ?? []).map((e) =>
      Object.prototype.toString.call(e) === '[object Arguments]'
        ? Array.from(e as ArrayLike<unknown>)
        : e,
    ),
  );
}

/** The banner dialog (first layer or preferences), through the open shadow root. */
export const dialog = (page: Page) => page.getByRole('dialog');

/** Names of the cookies the page's origin holds. */
export async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((c) => c.name).sort();
}

/** Polls until `check` is truthy or fails after `ms`. */
export async function until<T>(
  check: () => T | Promise<T>,
  ms = 5000,
): Promise<Exclude<T, undefined | null | false | 0 | ''>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v as Exclude<T, undefined | null | false | 0 | ''>;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The blocked elements (`script[type=text/plain]`, `iframe[data-src]`) still waiting, per
 * category. Unblocking replaces or rewrites the element, so one still listed here has not run
 * and has requested nothing: a test can state "nothing ran" from the page as it is, instead of
 * sleeping and hoping a request would have arrived by then.
 */
export function blocked(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll<HTMLElement>(
      'script[type="text/plain"][data-category],iframe[data-src][data-category]',
    ))
      counts[el.dataset.category!] = (counts[el.dataset.category!] ?? 0) + 1;
    return counts;
  });
}

/** All of the fixture page's blocked elements: nothing has run. */
export const NOTHING_RAN = { statistics: 2, marketing: 1, preferences: 1 };

/** The stored decision, decoded from the `smula_consent` cookie. */
export async function storedConsent(
  context: BrowserContext,
): Promise<{ i: string; v: number; c: Record<string, boolean>; t: number; e: number } | undefined> {
  const c = (await context.cookies()).find((x) => x.name === 'smula_consent');
  return c && JSON.parse(decodeURIComponent(c.value));
}

export { launchChromium };
