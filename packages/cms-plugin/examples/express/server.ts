// Smula on a plain Express site, no CMS: a middleware puts the banner first in <head> of every
// HTML page, and the cookie policy page renders the declaration on the server.
//
//   SMULA_ADMIN_URL=https://consent.example.se SMULA_SITE_KEY=… pnpm example:express
//
// Outside this repository import from '@smula/cms-plugin/helpers'.
import { pathToFileURL } from 'node:url';
import { escapeHtml } from '@smula/core';
import express, { type Express, type RequestHandler } from 'express';
import {
  checkConnectionSettings,
  fetchDeclaration,
  injectHead,
  type TSmulaConnection,
} from '../../src/helpers/index.js';

/** Wraps `res.send` so any HTML the app sends gets the banner script first in `<head>`. */
export function smulaHead(connection: TSmulaConnection): RequestHandler {
  checkConnectionSettings(connection); // fail at start, not on the first page view
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const type = String(res.get('content-type') ?? 'text/html');
      // Express sends a string as text/html unless told otherwise; JSON and files pass by.
      if (typeof body === 'string' && type.includes('html'))
        return send(injectHead(body, connection));
      return send(body);
    };
    next();
  };
}

const layout = (title: string, main: string) =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${main}</main><footer><a href="/cookie-policy">Kakor</a> <button type="button" data-smula-open>Ändra kakinställningar</button></footer></body></html>`;

export function createApp(
  options: TSmulaConnection & { revalidateSeconds?: number; allowPrivateNetworks?: boolean },
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(smulaHead(options));
  app.get('/', (_req, res) => {
    res.send(layout('Fikabageriet', '<p>Välkommen!</p>'));
  });
  app.get('/cookie-policy', async (_req, res) => {
    // Never throws; the last good copy when the admin is down.
    const d = await fetchDeclaration({ ...options, locale: 'sv' });
    if (d.error) console.warn(`[smula] ${d.error}`);
    res.send(
      layout(
        'Kakor (cookies)',
        d.html ?? '<p role="status">Listan över kakor kan inte visas just nu.</p>',
      ),
    );
  });
  return app;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const app = createApp({
    adminUrl: process.env.SMULA_ADMIN_URL ?? 'http://localhost:3000',
    siteKey: process.env.SMULA_SITE_KEY ?? '',
    // An example run next to a development admin; a real site's admin is https and public.
    allowHttpLocalhost: true,
    allowPrivateNetworks: true,
  });
  const port = Number(process.env.PORT ?? 3200);
  app.listen(port, () => console.log(`Express example on http://localhost:${port}`));
}
