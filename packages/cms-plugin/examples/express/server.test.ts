import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAdmin, type TFakeAdmin } from '../../src/helpers/test-server.js';
import { createApp } from './server.js';

const KEY = 'express_site_1';
let admin: TFakeAdmin;
let site: Server;
let base = '';

beforeAll(async () => {
  admin = await startFakeAdmin((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<div class="smula-declaration" data-version="3"><p>_ga ${req.url}</p></div>`);
  });
  // The fake admin is plain http on 127.0.0.1, as a development admin is.
  site = createApp({
    adminUrl: admin.url,
    siteKey: KEY,
    allowHttpLocalhost: true,
    allowPrivateNetworks: true,
    revalidateSeconds: 0,
  }).listen(0, '127.0.0.1');
  await new Promise((r) => site.once('listening', r));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => site.close(r));
  await admin.stop();
});

describe('the Express example', () => {
  it('puts the banner first in <head> of its pages', async () => {
    const res = await fetch(base);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toMatch(
      new RegExp(
        `<head><script src="${admin.url}/b/${KEY}\\.js" data-smula-banner></script><meta charset="utf-8">`,
      ),
    );
  });

  it('renders the declaration on the server, and the last good copy when the admin is down', async () => {
    const live = await (await fetch(`${base}/cookie-policy`)).text();
    expect(live).toContain(
      `data-version="3"><p>_ga /api/v1/sites/${KEY}/declaration?locale=sv</p>`,
    );
    await admin.stop();
    try {
      const res = await fetch(`${base}/cookie-policy`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('data-version="3"');
    } finally {
      await admin.restart();
    }
  });

  it('leaves JSON alone', async () => {
    const app = createApp({ adminUrl: admin.url, siteKey: KEY, allowHttpLocalhost: true });
    app.get('/data', (_req, res) => {
      res.json({ head: '<head>' });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/data`);
      expect(await res.json()).toEqual({ head: '<head>' });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
