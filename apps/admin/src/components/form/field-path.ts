/**
 * The form field a message's path belongs to: the shortest prefix of `path` that holds a value
 * the form edits as one control (text, number, boolean, list), walking into nested groups.
 * `name.sv` → `name.sv` (a text per locale); `recipientCountries.2` → `recipientCountries` (one
 * text field holding the list); a path the form has no field for → undefined.
 *
 * `aliases` renames input paths the form calls differently (`domains` → `domain`); an alias
 * applies to the path and everything under it.
 */
export function fieldOf(
  values: unknown,
  path: string,
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  let named = path;
  for (const [from, to] of Object.entries(aliases)) {
    if (path === from || path.startsWith(`${from}.`)) {
      named = to + path.slice(from.length);
      break;
    }
  }
  const segments = named.split('.').filter(Boolean);
  let value = values;
  for (let i = 0; i < segments.length; i++) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const key = segments[i] as string;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
    const isGroup = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (!isGroup) return segments.slice(0, i + 1).join('.');
  }
  return undefined;
}
