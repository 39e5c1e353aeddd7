/**
 * Names that carry a per-visitor or per-account id (`_hjSessionUser_1234567`, `_ga_2RZJ5K8V1N`,
 * `ajs_user_9f1c…`) match only the one browser they were copied from. Declared as exact names,
 * the banner cannot clear them and the scanner reports them as undeclared on every visit. This
 * finds the id part and proposes the Smula pattern (`#` = an id) that matches them all.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** One `_`/`-`/`.`-separated part of a name that reads as an id rather than a word. */
function isIdPart(part: string): boolean {
  if (/^\d{3,}$/.test(part)) return true; // 123, 1712345678
  if (/^[0-9a-f]{16,}$/i.test(part)) return true; // hex tokens
  // Mixed letters and digits, long enough not to be a word or a version ("v2", "ua3").
  if (part.length >= 8 && /^[A-Za-z0-9]+$/.test(part)) {
    const digits = part.replace(/\D/g, '').length;
    return digits >= 2 && digits < part.length && !/^[a-z]+\d{1,2}$/i.test(part);
  }
  return false;
}

/**
 * The pattern for an exact name that carries an id, or null when it does not look like one.
 * Only the id parts become `#`; the rest of the name is kept as written.
 */
export function suggestIdPattern(name: string): string | null {
  if (!name || name.includes('#')) return null;
  let out = name.replace(UUID, '#');
  // Split keeping the separators, so the name is rebuilt exactly.
  const pieces = out.split(/([_.-])/);
  let changed = out !== name;
  out = pieces
    .map((piece, i) => {
      // The first piece is the name's stem (`1P_JAR` is a name, not an id).
      if (i === 0 || /^[_.-]$/.test(piece) || !isIdPart(piece)) return piece;
      changed = true;
      return '#';
    })
    .join('');
  return changed && out !== '#' ? out : null;
}
