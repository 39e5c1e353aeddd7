import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies, truncateIp } from './ip';
import { RateLimiter } from './rate-limit';

describe('truncateIp', () => {
  it.each([
    ['192.0.2.123', '192.0.2.0'],
    ['::ffff:198.51.100.7', '198.51.100.0'],
    ['2001:db8:abcd:12:1::7', '2001:db8:abcd::'],
    ['2001:db8::1', '2001:db8:0::'],
    ['::1', '0:0:0::'],
    ['fe80::1%eth0', 'fe80:0:0::'],
  ])('%s → %s', (address, truncated) => {
    expect(truncateIp(address)).toBe(truncated);
  });
  it('keeps nothing of what is not an address', () => {
    expect(truncateIp('not-an-ip')).toBeNull();
    expect(truncateIp('')).toBeNull();
    expect(truncateIp(null)).toBeNull();
  });
});

describe('clientAddress', () => {
  const proxies = parseTrustedProxies('127.0.0.1, 10.0.0.0/8, fd00::/8');
  it('uses the TCP peer and ignores X-Forwarded-For from anyone else', () => {
    expect(clientAddress('203.0.113.5', '1.2.3.4', proxies)).toBe('203.0.113.5');
  });
  it('walks X-Forwarded-For from the right through trusted proxies only', () => {
    expect(clientAddress('127.0.0.1', '6.6.6.6, 192.0.2.9, 10.1.1.1', proxies)).toBe('192.0.2.9');
    expect(clientAddress('fd00::5', '192.0.2.9', proxies)).toBe('192.0.2.9');
  });
  it('without a known peer starts from the rightmost entry (behind Next)', () => {
    expect(clientAddress(null, '6.6.6.6, 192.0.2.9', parseTrustedProxies(''))).toBe('192.0.2.9');
    expect(clientAddress(null, null, proxies)).toBeNull();
  });
});

describe('parseTrustedProxies', () => {
  it('names the entry it cannot read', () => {
    expect(() => parseTrustedProxies('127.0.0.1, proxy.local')).toThrow(/proxy\.local/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/10\.0\.0\.0\/33/);
  });
});

describe('RateLimiter', () => {
  it('allows the limit per window, then says how long to wait, then forgets', () => {
    let now = 60_000 * 10 + 15_000;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.hit('a')).toBeNull();
    expect(limiter.hit('a')).toBeNull();
    expect(limiter.hit('a')).toBe(45);
    expect(limiter.hit('b')).toBeNull();
    now += 45_000;
    expect(limiter.hit('a')).toBeNull();
  });
  it('does not limit at 0', () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limiter.hit('a')).toBeNull();
  });
});
