import { describe, expect, it } from 'vitest';
import { ZDomainSchema } from './index.js';

describe('ZDomainSchema', () => {
  it.each([
    ['https://www.example.se/', 'www.example.se'],
    ['https://www.example.se/om-kakor?x=1#top', 'www.example.se'],
    ['HTTP://Shop.Example.SE.', 'shop.example.se'],
    ['  example.se  ', 'example.se'],
    ['https://user:pw@example.se:8443/x', 'example.se:8443'],
    ['*.example.se', '*.example.se'],
    ['localhost:3000', 'localhost:3000'],
  ])('%s → %s', (raw, host) => {
    expect(ZDomainSchema.parse(raw)).toBe(host);
  });

  it.each(['', 'https://', 'exa mple.se', 'exa$mple.se', 'ex_ample.se'])(
    'refuses %j with the host-name message',
    (raw) => {
      const result = ZDomainSchema.safeParse(raw);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('a host name such as example.se');
    },
  );
});
