import type { TScanConsent, TScanPage, TScanReport, TScanState } from '@smula/core/scan';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Request,
} from 'playwright-core';
import { giveConsent, hasSmula } from './consent.js';
import { parseCookieWrite } from './cookie-header.js';
import { BINDING, instrument, type TStorageWrite } from './instrument.js';
import { ObservationStore, type TSighting } from './observations.js';
import { pageUrl, parseSitemap, siteOf } from './site.js';

/** Chromium's flags for a scan: headless, and quiet about its own background traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
] as const;

export interface TLaunchOptions {
  /** The Chromium binary. Default `/usr/bin/chromium` (Debian's; no downloaded browsers). */
  executablePath?: string;
  /**
   * Chromium's `--host-resolver-rules`, e.g. `MAP *.test 127.0.0.1`: serve several host names
   * from loopback in tests, or scan a staging server under the production name.
   */
  hostRules?: string;
}

/** Launches Chromium as a scan needs it; the caller closes it. */
export function launchScanBrowser(options: TLaunchOptions = {}): Promise<Browser> {
  const args: string[] = [...CHROMIUM_FLAGS];
  if (options.hostRules) args.push(`--host-resolver-rules=${options.hostRules}`);
  return chromium.launch({
    executablePath: options.executablePath ?? '/usr/bin/chromium',
    args,
  });
}

/** What {@link scanSite} reports after each page. */
export interface TScanProgress {
  /** Pages done so far, this one included. */
  done: number;
  /** Pages the scan expects to visit in all (known pages, at most `maxPages`). */
  total: number;
  page: TScanPage;
}

export interface TScanOptions extends TLaunchOptions {
  /** Pages to visit at most. Default 20. */
  maxPages?: number;
  /** Time for one page load. Default 30 s. */
  pageTimeoutMs?: number;
  /** Time for the whole scan; no new page starts after it. Default 10 minutes. */
  timeBudgetMs?: number;
  /** How long to wait for the network to go quiet after a load or a consent. Default 5 s. */
  settleMs?: number;
  /** Read `robots.txt` and `sitemap.xml` (and sitemap indexes) for pages. Default true. */
  sitemap?: boolean;
  /**
   * Asked before the browser sends any request (documents, subresources, iframes, redirects):
   * resolve to a reason to refuse it, or `null` to let it go. A refused request is aborted and
   * listed in the report's `refused`. Server-side scans pass one built on `assertPublicHost`,
   * so a scanned page cannot make the server's Chromium call into its private network.
   */
  guard?: (url: string) => Promise<string | null>;
  /** A browser to use instead of launching one (its launch flags apply, `hostRules` do not). */
  browser?: Browser;
  onProgress?: (progress: TScanProgress) => void;
}

interface TVisit {
  httpStatus?: number;
  error?: string;
  links: string[];
  smula: boolean;
  consent: TScanConsent;
  sightings: TSighting[];
}

interface TSettings {
  site: string;
  pageTimeoutMs: number;
  settleMs: number;
  guard?: (url: string) => Promise<string | null>;
  refused: { url: string; reason: string }[];
}

const MAX_REFUSED = 100;

/** Routes every request of a context through the guard, aborting (and noting) refusals. */
async function applyGuard(
  context: BrowserContext,
  s: TSettings,
  onAllowed?: (request: Request) => void,
): Promise<void> {
  const guard = s.guard;
  if (!guard) return;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // data:, blob: and the like never leave the browser.
    if (!/^https?:/i.test(url)) return route.continue();
    const reason = await guard(url).catch((err: unknown) => shortError(err));
    if (reason === null) {
      onAllowed?.(route.request());
      return route.continue().catch(() => {});
    }
    if (s.refused.length < MAX_REFUSED && !s.refused.some((r) => r.url === url))
      s.refused.push({ url, reason });
    return route.abort('blockedbyclient').catch(() => {});
  });
}

const shortError = (err: unknown) =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/^page\.\w+: /, '');

async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: ms }).catch(() => {});
}

const partyOf = (host: string, site: string) => (siteOf(host) === site ? 'first' : 'third');

/** Cookies, storage keys and IndexedDB databases the profile holds at the end of a visit. */
async function snapshot(context: BrowserContext, page: Page, site: string): Promise<TSighting[]> {
  const now = Date.now() / 1000;
  const out: TSighting[] = (await context.cookies()).map((c) => {
    const host = c.domain.replace(/^\./, '');
    return {
      kind: 'cookie',
      name: c.name,
      host,
      domain: c.domain,
      path: c.path,
      expires: c.expires < 0 ? null : Math.round(c.expires - now),
      secure: c.secure,
      httpOnly: c.httpOnly,
      sameSite: c.sameSite,
      party: partyOf(host, site),
    };
  });
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(async () => {
        const keys = (get: () => Storage) => {
          try {
            return Object.keys(get());
          } catch {
            return [];
          }
        };
        let idb: string[] = [];
        try {
          idb = (await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean);
        } catch {}
        return {
          host: location.hostname,
          local: keys(() => localStorage),
          session: keys(() => sessionStorage),
          idb,
        };
      })
      .catch(() => undefined);
    if (!found?.host) continue;
    const party = partyOf(found.host, site);
    const add = (kind: TSighting['kind'], names: string[]) => {
      for (const name of names) out.push({ kind, name, host: found.host, party });
    };
    add('local_storage', found.local);
    add('session_storage', found.session);
    add('indexeddb', found.idb);
  }
  return out;
}

/**
 * One page in one state, in a fresh profile: load, settle, (give the choice, settle, load
 * again, settle), then the snapshot. In state `none` everything counts; in the others only what
 * happens from the choice on, plus what the profile still holds at the end (so storage set
 * before the choice and not removed on Reject all counts as kept).
 */
async function visit(
  browser: Browser,
  url: string,
  state: TScanState,
  s: TSettings,
): Promise<TVisit> {
  const context = await browser.newContext();
  const result: TVisit = { links: [], smula: false, consent: { method: 'none' }, sightings: [] };
  let counting = state === 'none';
  const pending: Promise<unknown>[] = [];
  const { sightings } = result;
  try {
    await context.exposeBinding(BINDING, ({ frame }, write: TStorageWrite) => {
      if (!counting) return;
      let host: string;
      try {
        host = new URL(write.url || frame.url()).hostname;
      } catch {
        return;
      }
      if (!host) return;
      if (write.kind === 'cookie') {
        const c = parseCookieWrite(write.text, write.url, Date.now());
        // A write with a lifetime of zero or less deletes: a banner clearing refused cookies.
        if (!c || (c.expires !== null && c.expires <= 0)) return;
        const cookieHost = c.domain.replace(/^\./, '');
        sightings.push({
          kind: 'cookie',
          ...c,
          host: cookieHost,
          party: partyOf(cookieHost, s.site),
          initiator: write.initiator || write.url,
        });
      } else {
        sightings.push({
          kind: write.kind,
          name: write.text,
          host,
          party: partyOf(host, s.site),
          initiator: write.initiator || write.url,
        });
      }
    });
    await context.addInitScript(instrument, BINDING);
    const onRequest = (request: Request) => {
      if (!counting) return;
      let host: string;
      try {
        const u = new URL(request.url());
        if (u.protocol !== 'http:' && u.protocol !== 'https:') return;
        host = u.hostname;
      } catch {
        return;
      }
      if (partyOf(host, s.site) === 'first') return;
      // The document that asked: for an iframe's own load, its parent (the frame is the iframe).
      let initiator: string | undefined;
      try {
        const frame = request.frame();
        initiator = ((request.isNavigationRequest() && frame.parentFrame()) || frame).url();
      } catch {}
      sightings.push({
        kind: 'request',
        name: host,
        host,
        party: 'third',
        resourceType: request.resourceType(),
        ...(initiator ? { initiator } : {}),
      });
    };
    // With a guard, only requests it lets through count: a refused one never left the browser.
    if (s.guard) await applyGuard(context, s, onRequest);
    else context.on('request', onRequest);
    context.on('response', (response) => {
      if (!counting) return;
      const now = Date.now();
      pending.push(
        response
          .headersArray()
          .then((headers) => {
            for (const h of headers) {
              if (h.name.toLowerCase() !== 'set-cookie') continue;
              // Several cookies may arrive in one header value, one per line.
              for (const line of h.value.split('\n')) {
                const c = parseCookieWrite(line, response.url(), now);
                if (!c || (c.expires !== null && c.expires <= 0)) continue;
                const host = c.domain.replace(/^\./, '');
                sightings.push({
                  kind: 'cookie',
                  ...c,
                  host,
                  party: partyOf(host, s.site),
                  initiator: response.url(),
                });
              }
            }
          })
          .catch(() => {}),
      );
    });

    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load', timeout: s.pageTimeoutMs });
    if (!response) throw new Error('no response');
    result.httpStatus = response.status();
    if (result.httpStatus >= 400) throw new Error(`HTTP ${result.httpStatus}`);
    const type = (await response.headerValue('content-type')) ?? '';
    if (!/html/i.test(type)) throw new Error(`not an HTML page (${type || 'no content type'})`);
    await settle(page, s.settleMs);
    result.smula = await hasSmula(page);
    if (state === 'none') {
      result.links = await page
        .$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
        .catch(() => []);
    } else {
      // Counting starts with the choice: what the click itself stores belongs to this state.
      counting = true;
      result.consent = await giveConsent(
        page,
        state === 'accepted' ? 'accept' : 'reject',
        s.pageTimeoutMs,
      );
      await settle(page, s.settleMs);
      await page.reload({ waitUntil: 'load', timeout: s.pageTimeoutMs });
      await settle(page, s.settleMs);
    }
    sightings.push(...(await snapshot(context, page, s.site)));
    await Promise.all(pending);
  } catch (err) {
    result.error = shortError(err);
  } finally {
    await context.close().catch(() => {});
  }
  return result;
}

/** Page URLs from `robots.txt` Sitemap lines and `/sitemap.xml`, following sitemap indexes. */
async function readSitemaps(browser: Browser, start: string, s: TSettings): Promise<string[]> {
  const context = await browser.newContext();
  const urls: string[] = [];
  try {
    await applyGuard(context, s);
    const page = await context.newPage();
    const fetchText = async (url: string) => {
      const res = await page.goto(url, { timeout: s.pageTimeoutMs }).catch(() => null);
      return res?.ok() ? await res.text().catch(() => '') : '';
    };
    const origin = new URL(start).origin;
    const robots = await fetchText(`${origin}/robots.txt`);
    const queue = [
      ...[...robots.matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((m) => m[1]!),
      `${origin}/sitemap.xml`,
    ];
    const seen = new Set<string>();
    // A bound on sitemap documents: an index may list thousands, a scan visits tens of pages.
    for (let i = 0; i < queue.length && seen.size < 20; i++) {
      const url = queue[i]!;
      if (seen.has(url)) continue;
      seen.add(url);
      const { urls: found, sitemaps } = parseSitemap(await fetchText(url));
      urls.push(...found);
      queue.push(...sitemaps);
    }
  } finally {
    await context.close().catch(() => {});
  }
  return urls;
}

/**
 * Scans a site as a regulator would: every page in three fresh profiles (no choice, Reject
 * all, Accept all), recording the cookies, web storage, IndexedDB databases and third-party
 * requests each state brings, with who set them. Pages come from the start URL, the sitemaps
 * and same-site links, breadth first, up to `maxPages`, within the time budget. The report's
 * findings stay empty: `matchScan` from `@smula/core/scan` holds it to a declaration.
 *
 * @throws Error when `url` is not an http(s) page URL.
 */
export async function scanSite(url: string, options: TScanOptions = {}): Promise<TScanReport> {
  const start = pageUrl(url);
  if (!start) throw new Error(`Not an http(s) page URL: "${url}".`);
  const maxPages = options.maxPages ?? 20;
  if (!Number.isInteger(maxPages) || maxPages < 1)
    throw new Error(`maxPages must be a whole number of at least 1, not ${maxPages}.`);
  const startedAt = new Date();
  const deadline = startedAt.getTime() + (options.timeBudgetMs ?? 10 * 60_000);
  const site = siteOf(new URL(start).hostname);
  const settings: TSettings = {
    site,
    pageTimeoutMs: options.pageTimeoutMs ?? 30_000,
    settleMs: options.settleMs ?? 5_000,
    ...(options.guard ? { guard: options.guard } : {}),
    refused: [],
  };
  const browser = options.browser ?? (await launchScanBrowser(options));
  const queue: { url: string; foundBy: TScanPage['foundBy'] }[] = [
    { url: start, foundBy: 'start' },
  ];
  const known = new Set([start]);
  const enqueue = (href: string, foundBy: TScanPage['foundBy']) => {
    const u = pageUrl(href);
    if (!u || known.has(u) || siteOf(new URL(u).hostname) !== site) return;
    known.add(u);
    queue.push({ url: u, foundBy });
  };
  const store = new ObservationStore();
  const pages: TScanPage[] = [];
  let stopped: string | undefined;
  try {
    if (options.sitemap !== false)
      for (const u of await readSitemaps(browser, start, settings)) enqueue(u, 'sitemap');
    for (let i = 0; i < queue.length && pages.length < maxPages; i++) {
      if (Date.now() > deadline) {
        stopped = `The time budget ran out after ${pages.length} pages.`;
        break;
      }
      const { url: pageAt, foundBy } = queue[i]!;
      const page: TScanPage = { url: pageAt, foundBy, status: 'ok' };
      const none = await visit(browser, pageAt, 'none', settings);
      if (none.httpStatus !== undefined) page.httpStatus = none.httpStatus;
      if (none.error) {
        page.status = 'failed';
        page.error = none.error;
      } else {
        for (const link of none.links) enqueue(link, 'link');
        const rejected = await visit(browser, pageAt, 'rejected', settings);
        const accepted = await visit(browser, pageAt, 'accepted', settings);
        const failed = rejected.error
          ? ['rejected', rejected]
          : accepted.error
            ? ['accepted', accepted]
            : undefined;
        if (failed) {
          page.status = 'failed';
          page.error = `In state ${failed[0]}: ${(failed[1] as TVisit).error}`;
        }
        page.smula = none.smula;
        page.consent = { rejected: rejected.consent, accepted: accepted.consent };
        store.add(none.sightings, pageAt, 'none');
        store.add(rejected.sightings, pageAt, 'rejected');
        store.add(accepted.sightings, pageAt, 'accepted');
      }
      pages.push(page);
      options.onProgress?.({ done: pages.length, total: Math.min(queue.length, maxPages), page });
    }
    if (!stopped && queue.length > pages.length && pages.length >= maxPages)
      stopped = `Stopped at maxPages (${maxPages}); ${queue.length - pages.length} more pages were known.`;
  } finally {
    if (!options.browser) await browser.close();
  }
  return {
    schemaVersion: 1,
    url: start,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    ...(stopped ? { stopped } : {}),
    ...(settings.refused.length ? { refused: settings.refused } : {}),
    pages,
    observations: store.list(),
    findings: [],
  };
}
