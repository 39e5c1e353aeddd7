import type { TDuration } from '@smula/core';

/** Escapes text for HTML content and double-quoted attributes. */
export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const UNITS: [Intl.NumberFormatOptions['unit'], number][] = [
  ['year', 31556952],
  ['month', 2629746],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * A duration in words in the visitor's language through `Intl` (no word lists in the bundle):
 * the largest unit that fits, rounded. `labels` are the policy texts for the non-numeric kinds.
 */
export function duration(
  d: TDuration,
  locale: string,
  labels: { session: string; persistent: string; unknown: string },
): string {
  if (d.kind !== 'seconds') return labels[d.kind];
  const [unit, size] = UNITS.find(([, size]) => d.seconds >= size) ?? ['second', 1];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(
    Math.round(d.seconds / size),
  );
}

/** Country names in the visitor's language: `['US']` → `USA` in Swedish. */
export function countries(codes: string[] | undefined, locale: string, unknown: string): string {
  if (!codes?.length) return unknown;
  try {
    const names = new Intl.DisplayNames(locale, { type: 'region' });
    return codes.map((c) => names.of(c)).join(', ');
  } catch {
    return codes.join(', ');
  }
}
