/**
 * A list typed into one text field, split on commas, semicolons and whitespace:
 * `SE, us;DE` → `['SE', 'us', 'DE']`. Empty entries are dropped.
 */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
