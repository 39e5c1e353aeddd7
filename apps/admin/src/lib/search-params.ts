/** A page's search params as Next hands them to a server component. */
export type TSearchParams = Record<string, string | string[] | undefined>;

/** One trimmed, non-empty value of a search param (repeats and blanks read as absent). */
export function param(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The named params, each as {@link param} reads it. */
export function pickParams<K extends string>(
  search: TSearchParams,
  keys: readonly K[],
): Record<K, string | undefined> {
  return Object.fromEntries(keys.map((k) => [k, param(search[k])])) as Record<
    K,
    string | undefined
  >;
}

/** `base?k=v&…` with the params that have a value, or `base` when none has. */
export function hrefWith(base: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const s = query.toString();
  return s ? `${base}?${s}` : base;
}
