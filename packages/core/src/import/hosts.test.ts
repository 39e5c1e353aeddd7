import { describe, expect, it } from 'vitest';
import { firstHost, hostOfUrl, isHostLike, registrableDomain, sameSite } from './hosts.js';

describe('hosts', () => {
  it('finds the first host in provider text', () => {
    expect(firstHost('community.kicks.se tokywoky.com(for chat only)')).toBe('community.kicks.se');
    expect(firstHost('cookiebot.com (3rd party)')).toBe('cookiebot.com');
    expect(firstHost('.bing.com (3rd party) or .microsoft.com')).toBe('.bing.com');
    expect(firstHost('Google')).toBeUndefined();
    expect(firstHost('')).toBeUndefined();
  });

  it('tells hosts from prose', () => {
    expect(isHostLike('files.imbox.io')).toBe(true);
    expect(isHostLike('t.ex.')).toBe(false);
    expect(isHostLike('1.5')).toBe(false);
  });

  it('reads the host of a URL', () => {
    expect(hostOfUrl('https://Etjanster.almi.se/sida?x=1')).toBe('etjanster.almi.se');
    expect(hostOfUrl('not a url')).toBeUndefined();
  });

  it('finds registrable domains, including under second-level labels', () => {
    expect(registrableDomain('.etjanster.almi.se')).toBe('almi.se');
    expect(registrableDomain('shop.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('almi.se')).toBe('almi.se');
    expect(sameSite('gtm.almi.se', 'almi.se')).toBe(true);
    expect(sameSite('files.imbox.io', 'almi.se')).toBe(false);
  });
});
