import type { TStorageItem } from './model.js';

/**
 * A declared item's name as a RegExp over real keys: `exact` whole names; `prefix` their start;
 * `pattern` where `#` stands for an id and a run of `X` for any characters.
 *
 * @remarks
 * `#` matches letters and digits, not only digits as the model's wording might suggest: GA4's
 * `_ga_<id>` ids are alphanumeric. The banner deletes by this rule (so deleting too much of a
 * refused category is the safe side) and the scanner matches by it, so both read a declaration
 * the same way.
 */
export function itemNameMatcher(item: Pick<TStorageItem, 'name' | 'matchKind'>): RegExp {
  let src = item.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (item.matchKind === 'pattern') src = src.replace(/#/g, '\\w+').replace(/X+/g, '.*');
  return new RegExp(`^${src}${item.matchKind === 'prefix' ? '' : '$'}`);
}
