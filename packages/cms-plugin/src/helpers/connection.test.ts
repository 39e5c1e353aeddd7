// Issue 13: the admin URL becomes a <script src> on every page, so it must be https (plain
// http only for an admin on the developer's own machine, and only when the code says so).
import { describe, expect, it } from 'vitest';
import { bannerScriptUrl, normalizeAdminUrl } from './connection.js';

describe('normalizeAdminUrl', () => {
  it.each([
    ['https://consent.example.se/', 'https://consent.example.se'],
    ['  https://consent.example.se/smula// ', 'https://consent.example.se/smula'],
    ['https://127.0.0.1:8443', 'https://127.0.0.1:8443'],
  ])('accepts %j', (url, normalised) => {
    expect(normalizeAdminUrl(url)).toBe(normalised);
  });

  it.each([
    'http://consent.example.se',
    'HTTP://consent.example.se',
    'http://localhost:3000',
    'javascript:alert(1)',
    'data:text/javascript,alert(1)',
    'ftp://consent.example.se',
    '//consent.example.se',
    'https://user:pw@consent.example.se',
    'https://consent.example.se/?x=1',
  ])('refuses %j', (url) => {
    expect(() => normalizeAdminUrl(url)).toThrow(/must|not a valid URL/);
  });

  it('accepts plain http only on this machine, and only with allowHttpLocalhost', () => {
    const dev = { allowHttpLocalhost: true };
    for (const [url, out] of [
      ['http://localhost:3000/', 'http://localhost:3000'],
      ['http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
      ['http://127.1:3000', 'http://127.0.0.1:3000'],
      ['http://[::1]:3000', 'http://[::1]:3000'],
    ] as const) {
      expect(normalizeAdminUrl(url, dev)).toBe(out);
      expect(() => normalizeAdminUrl(url)).toThrow(/allowHttpLocalhost/);
    }
    for (const url of [
      'http://consent.example.se',
      'http://localhost.consent.example.se',
      'http://0.0.0.0:3000',
      'http://10.0.0.5',
      'http://[::ffff:127.0.0.1]:3000',
    ])
      expect(() => normalizeAdminUrl(url, dev), url).toThrow(/must start with https:\/\//);
  });

  it('is applied again when a URL is built, with the flag passed along', () => {
    const site = { siteKey: 'AbCdEf_123-xyz' };
    expect(() => bannerScriptUrl({ ...site, adminUrl: 'http://consent.example.se' })).toThrow(
      /https/,
    );
    expect(
      bannerScriptUrl({ ...site, adminUrl: 'http://localhost:3000', allowHttpLocalhost: true }),
    ).toBe('http://localhost:3000/b/AbCdEf_123-xyz.js');
  });
});
