// Issue 13: "Test connection" made the server fetch any URL a CMS user typed, following
// redirects. These are the rules every request to an admin now goes through, against a real
// HTTP server on this machine.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  isPublicAddress,
  requestAdmin,
  SmulaBlockedAddressError,
  type TResolver,
} from './admin-request.js';
import { startFakeAdmin, type TFakeAdmin } from './test-server.js';

let admin: TFakeAdmin;
let port = 0;
beforeAll(async () => {
  admin = await startFakeAdmin((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('internal');
  });
  port = Number(new URL(admin.url).port);
});
afterAll(() => admin.stop());

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata
    '100.64.0.1',
    '192.0.2.1',
    '198.18.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '240.0.0.1',
    '::',
    '::1',
    'fe80::1',
    'fe80::1%eth0',
    'fc00::1',
    'fd12:3456::1',
    'fec0::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '::7f00:1', // IPv4-compatible
    '64:ff9b::7f00:1', // NAT64
    '64:ff9b:1::a00:1',
    '2002:7f00:1::1', // 6to4 around 127.0.0.1
    '2001::1', // Teredo
    '2001:db8::1',
    '100::1',
    'not an address',
    'localhost',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '193.10.12.1',
    '::ffff:8.8.8.8',
    '2606:4700:4700::1111',
    '2a00:1450:4001:80b::200e',
  ])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('requestAdmin', () => {
  const get = (url: string, extra: Partial<Parameters<typeof requestAdmin>[1]> = {}) =>
    requestAdmin(url, { timeoutMs: 2000, ...extra });

  it.each([
    () => `http://127.0.0.1:${port}/x`,
    () => `http://localhost:${port}/x`, // a name that resolves to loopback
    () => `http://[::1]:${port}/x`,
    () => `http://[::ffff:127.0.0.1]:${port}/x`,
    () => `http://0x7f.1:${port}/x`,
    () => `http://2130706433:${port}/x`,
  ])('sends nothing to a non-public address (%#)', async (url) => {
    admin.requests.length = 0;
    await expect(get(url())).rejects.toBeInstanceOf(SmulaBlockedAddressError);
    expect(admin.requests).toHaveLength(0);
  });

  it('checks every address a name resolves to, not just the first', async () => {
    const resolve = vi.fn<TResolver>(async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ]);
    await expect(get(`http://mixed.example:${port}/x`, { resolve })).rejects.toBeInstanceOf(
      SmulaBlockedAddressError,
    );
    expect(resolve).toHaveBeenCalledWith('mixed.example');
  });

  it('connects to the address it checked, resolving once (no second lookup to rebind)', async () => {
    admin.requests.length = 0;
    // A name no DNS knows: the request can only arrive if it used the checked answer.
    const resolve = vi.fn<TResolver>(async () => [{ address: '127.0.0.1', family: 4 }]);
    const res = await get(`http://smula-admin.test:${port}/x`, {
      resolve,
      allowPrivateNetworks: true,
    });
    expect(res).toMatchObject({ status: 200, body: 'internal' });
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(admin.requests[0]?.headers.host).toBe(`smula-admin.test:${port}`);
  });

  it('reaches this machine only with allowPrivateNetworks', async () => {
    const res = await get(`http://localhost:${port}/x`, { allowPrivateNetworks: true });
    expect(res).toMatchObject({ status: 200, body: 'internal' });
  });

  it('never follows a redirect', async () => {
    admin.requests.length = 0;
    admin.handle((req, res) => {
      if (req.url === '/start') {
        res.writeHead(302, { location: '/secret' });
        return res.end();
      }
      res.end('secret');
    });
    const res = await get(`http://127.0.0.1:${port}/start`, { allowPrivateNetworks: true });
    expect(res.status).toBe(302);
    expect(admin.requests.map((r) => r.url)).toEqual(['/start']);
  });

  it('gives up after timeoutMs', async () => {
    admin.handle(() => {}); // never answers
    const started = Date.now();
    await expect(
      get(`http://127.0.0.1:${port}/slow`, { allowPrivateNetworks: true, timeoutMs: 200 }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops reading an answer larger than maxBytes', async () => {
    admin.handle((_req, res) => {
      res.writeHead(200);
      res.end('x'.repeat(100_000));
    });
    await expect(
      get(`http://127.0.0.1:${port}/big`, { allowPrivateNetworks: true, maxBytes: 10_000 }),
    ).rejects.toThrow(/larger than 10000 bytes/);
  });
});
