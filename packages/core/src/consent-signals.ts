import type { TConfigContent } from './model.js';

/**
 * The categories (space-separated, sorted) that must all be granted before each enabled
 * signal reports consent: the vendor's default category, else the categories of its items.
 * Empty when no vendor enables a signal; the delivery then sends no signal code at all.
 *
 * @example
 * consentSignalGates(content) // { "meta-pixel": "marketing", "microsoft-clarity": "statistics" }
 */
export function consentSignalGates(content: TConfigContent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of content.vendors) {
    if (!v.consentSignal) continue;
    const cats = v.defaultCategory
      ? [v.defaultCategory]
      : content.items.filter((i) => i.vendor === v.id).map((i) => i.category);
    const all = new Set([...(out[v.consentSignal]?.split(' ') ?? []), ...cats]);
    all.delete('');
    out[v.consentSignal] = [...all].sort().join(' ');
  }
  return out;
}
