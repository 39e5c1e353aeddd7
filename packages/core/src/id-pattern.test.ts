import { describe, expect, it } from 'vitest';
import { suggestIdPattern } from './id-pattern.js';
import { itemNameMatcher } from './item-match.js';

describe('suggestIdPattern', () => {
  it.each([
    ['_hjSessionUser_1234567', '_hjSessionUser_#'],
    ['_hjSession_123', '_hjSession_#'],
    ['_ga_2RZJ5K8V1N', '_ga_#'],
    ['ajs_user_9f1c2d3e4b5a69788a7b6c5d', 'ajs_user_#'],
    ['wp-settings-time-42', null],
    ['wp-settings-time-4242', 'wp-settings-time-#'],
    ['intercom-session-0f6c3c6e-2b0a-4c59-9d7e-4e2f5a1b7c3d', 'intercom-session-#'],
    ['_pk_id.12.a1b2', null],
    ['_pk_id.123.a1b2', '_pk_id.#.a1b2'],
  ])('%s → %s', (name, pattern) => {
    expect(suggestIdPattern(name)).toBe(pattern);
  });

  it.each([
    '_ga',
    '_gid',
    '1P_JAR',
    'NID',
    'CookieConsent',
    '_gat_UA',
    'AMP_TOKEN',
    'test_cookie',
    '_fbp',
    'li_gc',
    'utm_v2',
    'already_#',
  ])('leaves the ordinary name %s alone', (name) => {
    expect(suggestIdPattern(name)).toBeNull();
  });

  it('proposes a pattern that matches the name it came from and its siblings', () => {
    const pattern = suggestIdPattern('_hjSessionUser_1234567') ?? '';
    const matcher = itemNameMatcher({ name: pattern, matchKind: 'pattern' });
    expect(matcher.test('_hjSessionUser_1234567')).toBe(true);
    expect(matcher.test('_hjSessionUser_3141592')).toBe(true);
    expect(matcher.test('_hjSession_1234567')).toBe(false);
  });
});
