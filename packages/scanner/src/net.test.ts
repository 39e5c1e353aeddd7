import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertPublicHost,
  checkUrl,
  fetchPublic,
  isPublicAddress,
  postPublic,
  UnsafeUrlError,
} from './net.js';

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true],
    ['193.10.1.1', true],
    ['2a00:1450:4001:80b::200e', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.31.255.255', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['::', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:8.8.8.8', true],
    ['[::1]', false],
    ['not-an-ip', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('checkUrl', () => {
  it('accepts http(s) on public names and refuses everything else with a reason', () => {
    expect(checkUrl('https://example.com/cookies').hostname).toBe('example.com');
    expect(() => checkUrl('file:///etc/passwd')).toThrow(/Only http and https/);
    expect(() => checkUrl('gopher://example.com')).toThrow(/Only http and https/);
    expect(() => checkUrl('nonsense')).toThrow(/Not a URL/);
    expect(() => checkUrl('http://user:pw@example.com/')).toThrow(/user name or password/);
    expect(() => checkUrl('http://127.0.0.1:5432/')).toThrow(/private or reserved/);
    expect(() => checkUrl('http://[::1]/')).toThrow(/private or reserved/);
    expect(checkUrl('http://127.0.0.1/', { allowPrivate: true }).hostname).toBe('127.0.0.1');
  });

  it('applies allowed and denied host lists', () => {
    expect(() => checkUrl('https://evil.example/', { allowedHosts: ['shop.se'] })).toThrow(
      /not one of the site's domains/,
    );
    expect(checkUrl('https://SHOP.se/x', { allowedHosts: ['shop.se'] }).hostname).toBe('shop.se');
    expect(() =>
      checkUrl('https://admin.smula.test/', { deniedHosts: ['admin.smula.test'] }),
    ).toThrow(/own host/);
  });
});

describe('fetchPublic', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/page') {
        response.setHeader('content-type', 'text/html; charset=windows-1252');
        response.end(
          Buffer.from([0x3c, 0x70, 0x3e, 0x6b, 0x61, 0x6b, 0x6f, 0x72, 0x20, 0xe5, 0xe4, 0xf6]),
        ); // "<p>kakor åäö"
      } else if (request.url === '/same-host') {
        response.writeHead(302, { location: '/page' }).end();
      } else if (request.url === '/other-host') {
        response.writeHead(302, { location: `http://127.0.0.1:${port}/page` }).end();
      } else if (request.url === '/big') {
        response.end('x'.repeat(10_000));
      } else if (request.url === '/slow') {
        setTimeout(() => response.end('late'), 2_000);
      } else {
        response.writeHead(404).end();
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses a name that resolves to loopback unless private addresses are allowed', async () => {
    await expect(fetchPublic(`http://localhost:${port}/page`)).rejects.toThrow(
      /resolves to .*private or reserved/,
    );
    await expect(assertPublicHost('localhost')).rejects.toBeInstanceOf(UnsafeUrlError);
    const page = await fetchPublic(`http://localhost:${port}/page`, { allowPrivate: true });
    expect(page.status).toBe(200);
    expect(page.body).toBe('<p>kakor åäö');
  });

  it('follows redirects on the same host only', async () => {
    const page = await fetchPublic(`http://localhost:${port}/same-host`, { allowPrivate: true });
    expect(page.url).toBe(`http://localhost:${port}/page`);
    await expect(
      fetchPublic(`http://localhost:${port}/other-host`, { allowPrivate: true }),
    ).rejects.toThrow(/redirects to another host \(127\.0\.0\.1\)/);
  });

  it('enforces the size and time limits and names a non-2xx status', async () => {
    await expect(
      fetchPublic(`http://localhost:${port}/big`, { allowPrivate: true, maxBytes: 1_000 }),
    ).rejects.toThrow(/limit/);
    await expect(
      fetchPublic(`http://localhost:${port}/slow`, { allowPrivate: true, timeoutMs: 200 }),
    ).rejects.toThrow(/Timed out/);
    await expect(
      fetchPublic(`http://localhost:${port}/missing`, { allowPrivate: true }),
    ).rejects.toThrow(/HTTP 404/);
  });
});

describe('postPublic', () => {
  let server: Server;
  let port: number;
  const seen: { method?: string; headers: Record<string, unknown>; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        seen.push({
          method: request.method,
          headers: request.headers,
          body: Buffer.concat(chunks).toString(),
        });
        if (request.url === '/moved') response.writeHead(301, { location: '/hook' }).end();
        else if (request.url === '/big') response.end('y'.repeat(10_000));
        else response.writeHead(500).end('down for now');
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses loopback by name unless private addresses are allowed', async () => {
    await expect(postPublic(`http://localhost:${port}/hook`, { body: '{}' })).rejects.toThrow(
      /private or reserved/,
    );
    expect(seen).toEqual([]);
  });

  it('sends the body and headers and resolves with any status, without following redirects', async () => {
    const answer = await postPublic(`http://localhost:${port}/hook`, {
      allowPrivate: true,
      body: '{"a":1}',
      headers: { 'content-type': 'application/json', 'x-test': 'yes' },
    });
    expect(answer).toEqual({ status: 500, body: 'down for now' });
    expect(seen.at(-1)).toMatchObject({
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json', 'x-test': 'yes', 'content-length': '7' },
    });
    const moved = await postPublic(`http://localhost:${port}/moved`, {
      allowPrivate: true,
      body: '',
    });
    expect(moved.status).toBe(301);
    expect(seen.at(-1)?.body).toBe('');
    const big = await postPublic(`http://localhost:${port}/big`, {
      allowPrivate: true,
      body: '',
      keepBytes: 100,
    });
    expect(big).toEqual({ status: 200, body: 'y'.repeat(100) });
  });
});
