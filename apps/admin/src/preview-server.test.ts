import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module without types, exercised over real HTTP below.
import { buildPreviewConfigs, createPreviewServer } from './preview-server.mjs';

const configs = buildPreviewConfigs();
const server = createPreviewServer(configs);
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('preview server', () => {
  it('lists every example declaration with links to its policy and config', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(configs.size).toBeGreaterThan(0);
    for (const slug of configs.keys()) {
      expect(html).toContain(`/policy/${slug}?locale=`);
      expect(html).toContain(`/config/${slug}.json`);
    }
  });

  it('serves the published config JSON with its hash', async () => {
    const [slug, config] = [...configs][0];
    const res = await fetch(`${base}/config/${slug}.json`);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await res.json();
    expect(body.hash).toBe(config.hash);
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('renders a policy page in the asked locale and falls back to the default', async () => {
    const sv = await (await fetch(`${base}/policy/fjallbageriet?locale=sv`)).text();
    expect(sv).toContain('<html lang="sv">');
    expect(sv).toContain('_ga_#');
    const fallback = await (await fetch(`${base}/policy/fjallbageriet?locale=xx`)).text();
    expect(fallback).toContain('<html lang="sv">');
  });

  it('answers unknown paths and methods with clear statuses', async () => {
    expect((await fetch(`${base}/policy/nope`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
