import { describe, expect, it } from 'vitest';
import { parseCookieWrite } from './cookie-header.js';

const now = Date.parse('2026-12-06T12:00:00Z');

describe('parseCookieWrite', () => {
  it('reads attributes, Max-Age before Expires, the default path from the URL', () => {
    expect(
      parseCookieWrite(
        'sid=abc; Max-Age=60; Expires=Wed, 06 Dec 2028 12:00:00 GMT; HttpOnly; Secure; SameSite=lax',
        'https://www.shop.test/cart/view.html',
        now,
      ),
    ).toEqual({
      name: 'sid',
      domain: 'www.shop.test',
      path: '/cart',
      expires: 60,
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    });
    expect(
      parseCookieWrite('a=1; expires=Sun, 06 Dec 2026 13:00:00 GMT; path=/', 'http://x.test/', now)
        ?.expires,
    ).toBe(3600);
    expect(parseCookieWrite('a=1', 'http://x.test/', now)?.expires).toBeNull();
  });

  it('keeps a Domain the host belongs to, refuses one it does not', () => {
    expect(parseCookieWrite('a=1; domain=shop.test', 'http://www.shop.test/', now)?.domain).toBe(
      '.shop.test',
    );
    expect(
      parseCookieWrite('a=1; domain=other.test', 'http://www.shop.test/', now),
    ).toBeUndefined();
  });

  it('ignores writes without a name', () => {
    expect(parseCookieWrite('justvalue', 'http://x.test/', now)).toBeUndefined();
    expect(parseCookieWrite('=v', 'http://x.test/', now)).toBeUndefined();
  });
});
