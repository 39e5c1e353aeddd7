import { categoryOption } from './category-label';
import type { TCategoryRow } from './use-site';

/** `<option>`s for a category select, valued by id (or by key where the input takes keys). */
export function CategoryOptions({
  categories,
  locales,
  value = 'id',
}: {
  categories: readonly TCategoryRow[] | undefined;
  locales: readonly string[];
  value?: 'id' | 'key';
}) {
  return (categories ?? []).map((c) => (
    <option key={c.id} value={c[value]}>
      {categoryOption(c, locales)}
    </option>
  ));
}
