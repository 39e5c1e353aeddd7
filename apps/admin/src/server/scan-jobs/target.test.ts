import { publicRequestGuard } from '@smula/scanner';
import { describe, expect, it } from 'vitest';
import { checkScanTarget, defaultScanUrl, onDeclaredDomain } from './target';

// The production policy: no private addresses, and the admin's own host denied.
const strict = { allowPrivate: false, deniedHosts: ['admin.example'] };

describe('what a server-side scan may start from (SSRF)', () => {
  it('accepts the declared domains and hosts below them, nothing else', () => {
    const domains = ['shop.se', '*.butik.se', 'staging.shop.se:8443'];
    expect(onDeclaredDomain('shop.se', domains)).toBe(true);
    expect(onDeclaredDomain('www.shop.se', domains)).toBe(true);
    expect(onDeclaredDomain('a.butik.se', domains)).toBe(true);
    expect(onDeclaredDomain('evilshop.se', domains)).toBe(false);
    expect(onDeclaredDomain('shop.se.evil.example', domains)).toBe(false);
    expect(onDeclaredDomain('anything.example', [])).toBe(false);
  });

  it('starts at the first domain’s home page by default', () => {
    expect(defaultScanUrl(['*.shop.se', 'b.se'])).toBe('https://shop.se/');
    expect(defaultScanUrl([])).toBeNull();
  });

  it.each([
    ['file:///etc/passwd', ['shop.se'], /Only http and https/],
    ['http://user:pw@shop.se/', ['shop.se'], /user name or password/],
    ['https://other.example/', ['shop.se'], /not on the site's domains/],
    ['http://admin.example/', ['admin.example'], /Smula's own host/],
    ['http://127.0.0.1:8080/', ['127.0.0.1'], /private or reserved/],
    ['http://169.254.169.254/latest/meta-data/', ['169.254.169.254'], /private or reserved/],
    ['http://[::1]/', ['[::1]', '::1'], /private or reserved/],
  ])('refuses %s', async (url, domains, message) => {
    await expect(checkScanTarget(url, domains, strict)).rejects.toThrow(message);
  });

  it('allows loopback only when private addresses are allowed (tests, intranets)', async () => {
    const url = await checkScanTarget('http://127.0.0.1:8080/x', ['127.0.0.1'], {
      ...strict,
      allowPrivate: true,
    });
    expect(url.href).toBe('http://127.0.0.1:8080/x');
  });
});

describe('the guard on every request the scanned pages make', () => {
  it('refuses private literals, the admin host and non-http(s); lets public ones through', async () => {
    const guard = publicRequestGuard(strict);
    expect(await guard('http://10.0.0.5/admin')).toMatch(/private or reserved/);
    expect(await guard('http://[fd00::1]/')).toMatch(/private or reserved/);
    expect(await guard('https://admin.example/api/trpc')).toMatch(/own host/);
    expect(await guard('ftp://files.example/')).toMatch(/Only http and https/);
    expect(await guard('https://93.184.216.34/pixel.gif')).toBeNull();
    const open = publicRequestGuard({ ...strict, allowPrivate: true });
    expect(await open('http://127.0.0.1:3000/')).toBeNull();
    expect(await open('https://admin.example/')).toMatch(/own host/);
  });
});
