import { describe, expect, it } from 'vitest';
import { itemNameMatcher } from './item-match.js';

const m = (name: string, matchKind: 'exact' | 'prefix' | 'pattern', key: string) =>
  itemNameMatcher({ name, matchKind }).test(key);

describe('itemNameMatcher', () => {
  it('matches exact names whole, with regex characters taken literally', () => {
    expect(m('_ga', 'exact', '_ga')).toBe(true);
    expect(m('_ga', 'exact', '_gat')).toBe(false);
    expect(m('a.b', 'exact', 'axb')).toBe(false);
  });
  it('matches a prefix at the start only', () => {
    expect(m('_hjSession_', 'prefix', '_hjSession_123')).toBe(true);
    expect(m('_hjSession_', 'prefix', 'x_hjSession_123')).toBe(false);
  });
  it('reads # as an alphanumeric id and a run of X as anything', () => {
    expect(m('_ga_#', 'pattern', '_ga_HFVYCJEN26')).toBe(true);
    expect(m('_ga_#', 'pattern', '_ga_')).toBe(false);
    expect(m('_ga_#', 'pattern', '_ga_AB-1')).toBe(false);
    expect(m('amp.cookie.test.XXXXXX', 'pattern', 'amp.cookie.test.a-b.c')).toBe(true);
  });
});
