import { firstText, type TCategoryRow } from './use-site';

/** A category's name in the first site locale that has one, else its key. */
export function categoryLabel(c: Pick<TCategoryRow, 'name' | 'key'>, locales: readonly string[]) {
  return firstText(c.name, locales) || c.key;
}

/** How a category reads in a choice list: its name and its key, `Statistik (statistics)`. */
export function categoryOption(c: Pick<TCategoryRow, 'name' | 'key'>, locales: readonly string[]) {
  const label = categoryLabel(c, locales);
  return label === c.key ? label : `${label} (${c.key})`;
}
