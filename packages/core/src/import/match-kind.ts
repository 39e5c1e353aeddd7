import type { TMatchKind } from '../model.js';

/**
 * How a declared name matches real keys, read from the name itself as declarations write it:
 * `#` (Cookiebot's `_ga_#`) or a run of three or more `X` (`amp.cookie.test.XXXXXX`) make a
 * `pattern`; one trailing `*` (`_hjSession_*`) makes a `prefix` and is removed from the name.
 * Anything else is `exact`.
 */
export function readMatchKind(name: string): { name: string; matchKind: TMatchKind } {
  if (name.includes('#') || /X{3,}/.test(name)) return { name, matchKind: 'pattern' };
  if (/^[^*]+\*$/.test(name)) return { name: name.slice(0, -1), matchKind: 'prefix' };
  return { name, matchKind: 'exact' };
}
