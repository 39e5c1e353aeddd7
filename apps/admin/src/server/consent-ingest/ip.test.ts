import { describe, expect, it } from 'vitest';
import { peerOf } from '../security/client-address';
import { canonicalIpv6, clientAddress, parseTrustedProxies, truncateIp } from './ip';
import { RateLimiter } from './rate-limit';

describe('truncateIp', () => {
  it.each([
    ['192.0.2.123', '192.0.2.0'],
    ['::ffff:198.51.100.7', '198.51.100.0'],
    ['2001:db8:abcd:12:1::7', '2001:db8:abcd::'],
    // Canonical (RFC 5952): the zero hextets of the prefix fold into the `::`.
    ['2001:db8::1', '2001:db8::'],
    ['2001:DB8:0:0:8:800:200C:417A', '2001:db8::'],
    ['2001:0db8:00a0::1', '2001:db8:a0::'],
    ['::1', '::'],
    ['fe80::1%eth0', 'fe80::'],
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
  it('without a known peer believes no header: the address is unknown', () => {
    // A client-sent X-Forwarded-For used to be taken at its word here (issue 13).
    expect(clientAddress(null, '6.6.6.6, 192.0.2.9', parseTrustedProxies(''))).toBeNull();
    expect(clientAddress(null, '192.0.2.9', proxies)).toBeNull();
    expect(clientAddress(null, null, proxies)).toBeNull();
  });
  it('with no trusted proxies ignores X-Forwarded-For altogether', () => {
    expect(clientAddress('127.0.0.1', '192.0.2.9', parseTrustedProxies(''))).toBe('127.0.0.1');
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

describe('canonicalIpv6', () => {
  it('writes RFC 5952 text: the longest zero run (the first on a tie) as ::, single zeros kept', () => {
    expect(canonicalIpv6([0x2001, 0xdb8, 0, 0, 1, 0, 0, 0])).toBe('2001:db8:0:0:1::');
    expect(canonicalIpv6([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1])).toBe('2001:db8::1:0:0:1');
    expect(canonicalIpv6([0x2001, 0xdb8, 0, 1, 1, 1, 1, 1])).toBe('2001:db8:0:1:1:1:1:1');
    expect(canonicalIpv6([0, 0, 0, 0, 0, 0, 0, 0])).toBe('::');
    expect(canonicalIpv6([1, 0, 0, 0, 0, 0, 0, 0])).toBe('1::');
  });
});

describe('peerOf', () => {
  const token = 'a-secret-made-by-server-mjs';
  it('believes the peer only under the server’s own secret', () => {
    expect(peerOf(`${token} 203.0.113.5`, token)).toBe('203.0.113.5');
    expect(peerOf(`${token} ::ffff:127.0.0.1`, token)).toBe('::ffff:127.0.0.1');
    expect(peerOf('forged 203.0.113.5', token)).toBeNull();
    expect(peerOf('203.0.113.5', token)).toBeNull();
    expect(peerOf(`${token} 203.0.113.5`, undefined)).toBeNull();
    expect(peerOf(null, token)).toBeNull();
  });
});
