// The preview behind `npm start` until the Next.js admin lands: renders the example declarations
// from @smula/core/fixtures with core's renderer, and serves their published config JSON, so a
// newcomer sees what a published Smula declaration looks like.
import { createServer } from 'node:http';
import { buildPublishedConfig, escapeHtml, renderPolicyPage } from '@smula/core';
import * as fixtures from '@smula/core/fixtures';

const PUBLISHED_AT = '2026-11-01T10:00:00.000Z';

/** name → published config, built once at start (the fixtures never change while running). */
export function buildPreviewConfigs() {
  const out = new Map();
  for (const [exportName, draft] of Object.entries(fixtures)) {
    const slug = exportName
      .replace(/Declaration$/, '')
      .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    out.set(
      slug,
      buildPublishedConfig(draft, {
        siteKey: `preview-${slug}`,
        version: 1,
        publishedAt: PUBLISHED_AT,
      }),
    );
  }
  return out;
}

const page = (title, lang, body) =>
  `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>` +
  '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1f2328}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.4rem;text-align:left;vertical-align:top}code{font-size:.9em}</style>' +
  `</head><body>${body}</body></html>`;

export function createPreviewServer(configs = buildPreviewConfigs()) {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, type, body) => {
      res.writeHead(status, {
        'content-type': `${type}; charset=utf-8`,
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, 'text/plain', 'Method not allowed\n');
    if (url.pathname === '/') {
      const rows = [...configs]
        .map(
          ([slug, c]) =>
            `<li><strong>${escapeHtml(c.site.name)}</strong>: ${c.site.locales
              .map((l) => `<a href="/policy/${slug}?locale=${l}">policy (${l})</a>`)
              .join(
                ', ',
              )}, <a href="/config/${slug}.json">config JSON</a> <small>hash ${c.hash.slice(0, 12)}…</small></li>`,
        )
        .join('');
      return send(
        200,
        'text/html',
        page(
          'Smula preview',
          'en',
          `<h1>Smula preview</h1><p>Example declarations rendered by <code>@smula/core</code>. The admin app replaces this page.</p><ul>${rows}</ul>`,
        ),
      );
    }
    const policy = url.pathname.match(/^\/policy\/([a-z0-9-]+)$/);
    const json = url.pathname.match(/^\/config\/([a-z0-9-]+)\.json$/);
    const config = configs.get((policy ?? json)?.[1] ?? '');
    if (!config) return send(404, 'text/plain', 'Not found\n');
    if (json) return send(200, 'application/json', JSON.stringify(config, null, 2));
    const requested = url.searchParams.get('locale') ?? config.site.defaultLocale;
    const locale = config.site.locales.includes(requested) ? requested : config.site.defaultLocale;
    return send(
      200,
      'text/html',
      page(
        config.texts[locale].policy.title,
        locale,
        `<p><a href="/">← all examples</a></p>${renderPolicyPage(config, { locale })}`,
      ),
    );
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 3000);
  createPreviewServer().listen(port, () =>
    console.log(`Smula preview on http://localhost:${port}`),
  );
}
