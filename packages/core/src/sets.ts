/** Small ordering helpers shared by normalisation, hashing and diffing: one definition of order. */

/** Code-unit order, the same in every JS engine (unlike `localeCompare`). */
export const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const sortedUnique = (xs: readonly string[] | undefined) =>
  [...new Set(xs ?? [])].sort(byKey);
export const upperCodes = (xs: readonly string[] | undefined) =>
  sortedUnique((xs ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean));
