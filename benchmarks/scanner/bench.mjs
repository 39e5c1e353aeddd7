// Scanner benchmark: what one scan worker does per minute, and how much memory it needs, on a
// fixture site of 50 pages (each visited in three consent states, as every scan does). Not a
// test: it prints a table.
//
//   pnpm --filter @smula/scanner build && pnpm --filter @smula/bench-scanner bench
//
// The site is served on loopback under two host names (shop.test, tracker.test) through
// Chromium's host rules. Each page sets an HTTP cookie, a script cookie, a localStorage key,
// loads a third-party script that sets its own cookie and a pixel, and links to the next page;
// the sitemap lists them all. Options (env): BENCH_PAGES (default 50), BENCH_ROUNDS (2).
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { scanSite } from '@smula/scanner';

const PAGES = Number(process.env.BENCH_PAGES ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

function page(n, origin, tracker) {
  const next = n < PAGES ? `<a href="/p/${n + 1}">Next</a>` : '';
  return `<!doctype html><html lang="sv"><head><title>Sida ${n}</title>
<script>document.cookie = 'seen_${n % 5}=1; path=/; max-age=86400'; localStorage.setItem('last_page', '${n}');</script>
<script src="${tracker}/t.js"></script></head>
<body><h1>Sida ${n}</h1><p>Innehåll.</p><img src="${tracker}/pixel.gif?p=${n}" alt="" width="1" height="1">
${next} <a href="${origin}/">Start</a></body></html>`;
}

function serve() {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const port = server.address().port;
    const origin = `http://shop.test:${port}`;
    const tracker = `http://tracker.test:${port}`;
    if (host === 'tracker.test') {
      if (req.url === '/t.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        return res.end(
          "document.cookie = '_trk=' + Math.random().toString(36).slice(2) + '; path=/; max-age=31536000';",
        );
      }
      res.writeHead(200, {
        'content-type': 'image/gif',
        'set-cookie': 'trk_uid=1; Max-Age=31536000; SameSite=None; Secure',
      });
      return res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
    }
    if (req.url === '/sitemap.xml') {
      const urls = Array.from(
        { length: PAGES },
        (_, i) => `<url><loc>${origin}/p/${i + 1}</loc></url>`,
      ).join('');
      res.writeHead(200, { 'content-type': 'application/xml' });
      return res.end(
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`,
      );
    }
    if (req.url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(`Sitemap: ${origin}/sitemap.xml\n`);
    }
    const m = /^\/p\/(\d+)$/.exec(req.url ?? '');
    const n = req.url === '/' ? 1 : m ? Number(m[1]) : 0;
    if (!n || n > PAGES) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'set-cookie': 'session=abc; Path=/; HttpOnly',
    });
    res.end(page(n, origin, tracker));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Proportional set size (kB) of this process and every process under it (Chromium's). */
function treePss() {
  const parent = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent)
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grew = true;
      }
  }
  let kb = 0;
  for (const pid of mine) {
    try {
      kb += Number(
        /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0,
      );
    } catch {}
  }
  return kb;
}

const server = await serve();
const port = server.address().port;
const rows = [];
for (let round = 1; round <= ROUNDS; round++) {
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treePss());
  }, 250);
  const started = performance.now();
  const report = await scanSite(`http://shop.test:${port}/`, {
    maxPages: PAGES,
    hostRules: 'MAP *.test 127.0.0.1',
    timeBudgetMs: 30 * 60_000,
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, treePss());
  const ok = report.pages.filter((p) => p.status === 'ok').length;
  rows.push({
    round,
    pages: ok,
    failed: report.pages.length - ok,
    observations: report.observations.length,
    seconds: seconds.toFixed(1),
    'pages/min': ((ok / seconds) * 60).toFixed(1),
    'peak PSS (MiB)': (peak / 1024).toFixed(0),
  });
}
server.close();
console.table(rows);
console.log(
  'One worker scans one site at a time: each page is loaded in three fresh contexts (no choice, rejected, accepted).',
);
