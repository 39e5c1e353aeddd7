import { describe, expect, it } from 'vitest';
import { hrefWith, param, pickParams } from './search-params';

describe('search params', () => {
  it('reads one trimmed value, and blanks and repeats as absent', () => {
    expect(param(' 2026-01-01 ')).toBe('2026-01-01');
    expect(param('   ')).toBeUndefined();
    expect(param(['a', 'b'])).toBeUndefined();
    expect(param(undefined)).toBeUndefined();
  });

  it('picks the named params only', () => {
    expect(pickParams({ from: '2026-01-01', to: '', other: 'x' }, ['from', 'to'])).toEqual({
      from: '2026-01-01',
      to: undefined,
    });
  });

  it('links to the same filters with a cursor, leaving out empty ones', () => {
    expect(hrefWith('/log', { action: 'accept_all', to: undefined, cursor: 'abc' })).toBe(
      '/log?action=accept_all&cursor=abc',
    );
    expect(hrefWith('/log', { action: undefined })).toBe('/log');
    expect(hrefWith('/log', { q: 'a b&c' })).toBe('/log?q=a+b%26c');
  });
});
