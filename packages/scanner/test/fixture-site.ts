// A small web of fixture sites on one loopback server, told apart by the Host header; Chromium
// reaches them through `--host-resolver-rules=MAP *.test 127.0.0.1` (see HOST_RULES). Each
// behaviour the scanner must see is here once, with a known initiator:
//   www.shop.test  HTTP cookie `sid`, a Cookiebot-like banner (cmp.js, cookie `CookieConsent`),
//                  first-party stats.js after Accept (local + session storage, IndexedDB),
//                  /hidden.html only in the sitemap (sitemap index → sitemap) with `last_visit`,
//                  /missing.html linked but 404, a link to another site that must not be crawled
//   tracker.test   early.js: loads before any choice (and after Accept), cookie `_trk` on the
//                  shop, pixel px.gif; the banner removes `_trk` on Reject
//   beacon.test    b.js: loads once any choice exists, so it ignores a refusal: cookie `_bcn`,
//                  a beacon to /collect
//   embed.test     player.html in an iframe, setting its own cookie `embed_pref`
//   www.bakery.test  the real built Smula banner, gating stats.js behind statistics
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bannerScript } from '@smula/banner/serve';
import { buildPublishedConfig } from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';

export const HOST_RULES = 'MAP *.test 127.0.0.1';

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const bakeryConfig = buildPublishedConfig(
  {
    ...fjallbagerietDeclaration,
    site: { ...fjallbagerietDeclaration.site, domains: ['bakery.test'] },
  },
  { siteKey: 'bakery', version: 1, publishedAt: '2026-12-01T10:00:00.000Z' },
);

export interface TFixtureSite {
  port: number;
  /** `http://<host>:<port>` for a fixture host name. */
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

export async function startFixtureSite(): Promise<TFixtureSite> {
  let port = 0;
  const at = (host: string, path = '/') => `http://${host}:${port}${path}`;
  const head = () => `<meta charset="utf-8">
<script src="/cmp.js"></script>
<script>
  var choice = (document.cookie.match(/(?:^|; )CookieConsent=(\\w+)/) || [])[1];
  function load(src) { var s = document.createElement('script'); s.src = src; document.head.appendChild(s); }
  if (!choice || choice === 'accepted') load('${at('tracker.test', '/early.js')}');
  if (choice) load('${at('beacon.test', '/b.js')}');
  if (choice === 'accepted') load('/js/stats.js');
</script>`;
  const banner = `<div id="CybotCookiebotDialog" hidden>
  <p>We use cookies.</p>
  <button id="CybotCookiebotDialogBodyButtonDecline">Use necessary cookies only</button>
  <button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button>
</div>`;
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head>${head()}<title>${title}</title></head><body>${banner}${body}</body></html>`;

  const shop: Record<string, () => [number, string, string]> = {
    '/': () => [
      200,
      'text/html',
      page(
        'Shop',
        `<h1>Shop</h1>
<a href="/about.html">About</a> <a href="mailto:shop@shop.test">Mail</a>
<a href="${at('elsewhere.test')}">Another site</a>
<iframe title="Video" src="${at('embed.test', '/player.html')}"></iframe>`,
      ),
    ],
    '/about.html': () => [
      200,
      'text/html',
      page('About', '<h1>About</h1><a href="/missing.html">Old page</a> <a href="/#top">Home</a>'),
    ],
    '/hidden.html': () => [
      200,
      'text/html',
      page(
        'Campaign',
        "<h1>Campaign</h1><script>localStorage.setItem('last_visit', '1');</script>",
      ),
    ],
    '/cmp.js': () => [
      200,
      'text/javascript',
      `document.addEventListener('DOMContentLoaded', function () {
  var d = document.getElementById('CybotCookiebotDialog');
  if (/(?:^|; )CookieConsent=/.test(document.cookie)) return;
  d.hidden = false;
  function decide(v) {
    document.cookie = 'CookieConsent=' + v + ';path=/;max-age=31536000';
    if (v === 'rejected') document.cookie = '_trk=;path=/;max-age=0';
    d.hidden = true;
  }
  document.getElementById('CybotCookiebotDialogBodyButtonDecline').onclick = function () { decide('rejected'); };
  document.getElementById('CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll').onclick = function () { decide('accepted'); };
});`,
    ],
    '/js/stats.js': () => [
      200,
      'text/javascript',
      "localStorage.setItem('stats_id', '42'); sessionStorage.setItem('stats_session', '1'); indexedDB.open('stats-db', 1);",
    ],
    '/sitemap.xml': () => [
      200,
      'application/xml',
      `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${at('www.shop.test', '/sitemap-pages.xml')}</loc></sitemap></sitemapindex>`,
    ],
    '/sitemap-pages.xml': () => [
      200,
      'application/xml',
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${at('www.shop.test', '/')}</loc></url><url><loc>${at('www.shop.test', '/hidden.html')}</loc></url></urlset>`,
    ],
  };
  const others: Record<string, Record<string, () => [number, string, string | Buffer]>> = {
    'tracker.test': {
      '/early.js': () => [
        200,
        'text/javascript',
        `document.cookie = '_trk=t1;path=/;max-age=2592000'; new Image().src = '${at('tracker.test', '/px.gif')}';`,
      ],
      '/px.gif': () => [200, 'image/gif', GIF],
    },
    'beacon.test': {
      '/b.js': () => [
        200,
        'text/javascript',
        `document.cookie = '_bcn=b1;path=/;max-age=86400'; navigator.sendBeacon('${at('beacon.test', '/collect')}', 'seen');`,
      ],
      '/collect': () => [204, 'text/plain', ''],
    },
    'embed.test': {
      '/player.html': () => [
        200,
        'text/html',
        "<!doctype html><title>Player</title><p>Video</p><script>document.cookie = 'embed_pref=hd;path=/;max-age=3600';</script>",
      ],
    },
    'www.bakery.test': {
      '/': () => [
        200,
        'text/html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="/banner.js"></script><title>Bakery</title></head>
<body><h1>Bakery</h1><script type="text/plain" data-category="statistics" src="/js/stats.js"></script></body></html>`,
      ],
      '/banner.js': () => [200, 'text/javascript', bannerScript(bakeryConfig)],
      '/js/stats.js': () => [200, 'text/javascript', "localStorage.setItem('stats_id', '42');"],
      '/api/v1/consents': () => [204, 'text/plain', ''],
    },
  };

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    extra = {},
  ) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    res.end(body);
  };
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (host === 'www.shop.test') {
      const hit = shop[path];
      if (!hit) return send(res, 404, 'text/html', '<!doctype html><title>Not found</title>');
      const [status, type, body] = hit();
      // The shop's session cookie: on every page, from the HTTP response itself.
      const cookie =
        type === 'text/html' ? { 'set-cookie': 'sid=abc123; Path=/; HttpOnly; SameSite=Lax' } : {};
      return send(res, status, type, body, cookie);
    }
    const hit = others[host]?.[path];
    if (!hit) return send(res, 404, 'text/plain', 'not found');
    const [status, type, body] = hit();
    send(res, status, type, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: at,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export { bakeryConfig };
