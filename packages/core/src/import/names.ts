import type { TMatchKind } from '../model.js';
import { readMatchKind } from './match-kind.js';

/**
 * A declared name as Smula matches it. Declarations write the variable part of a name in many
 * ways; Smula's patterns know `#` (an id) and a run of `X` (anything), and prefixes:
 * - `[User ID]`, `<id>`, `{id}` → `#` (`_ga_<container-id>` → `_ga_#`);
 * - a run of three or more lower-case `x` → the same run of `X` (`_hjSession_xxxx`);
 * - `*` inside the name → `XXX`; one trailing `*` → prefix (as before);
 * - a trailing `_` or `-` (`_gat_UA-`, `wp-settings-`) → prefix, the name kept as written.
 */
export function readDeclaredName(text: string): { name: string; matchKind: TMatchKind } {
  let name = text
    .trim()
    .replace(/^["'`‘’“”]+|["'`‘’“”]+$/g, '')
    .trim();
  name = name.replace(/\s*(?:\[[^\]]{1,40}\]|<[^>]{1,40}>|\{[^}]{1,40}\})/g, (m) =>
    /^\s*\[x\d+\]$/i.test(m) ? m : '#',
  );
  name = name.replace(/(?<![A-Za-z])x{3,}(?![A-Za-z])/g, (m) => 'X'.repeat(m.length));
  if (/\*./.test(name)) name = name.replace(/\*/g, 'XXX');
  const read = readMatchKind(name);
  if (read.matchKind === 'exact' && /[^_-][_-]$/.test(name)) {
    return { name, matchKind: 'prefix' };
  }
  return read;
}

/**
 * Whether a token looks like a cookie or storage key rather than a word of prose: no spaces,
 * and something words rarely have (an `_`, a digit, a `.`, inner capitals, all capitals).
 */
export function isCookieLikeToken(token: string): boolean {
  if (token.length < 2 || token.length > 80) return false;
  if (!/^[A-Za-z0-9_.\-#$:|%@*]+$/.test(token)) return false;
  if (/^\d+$/.test(token) || /^[a-z]+$/.test(token) || /^[A-Z][a-z]+$/.test(token)) return false;
  // All capitals is an acronym (GDPR, USA) unless it reads like a key (JSESSIONID, XSRF-TOKEN).
  if (/^[A-Z]+$/.test(token)) return /ID|SESS|TOKEN|AUTH|CONSENT|XSRF|CSRF/.test(token);
  return /[_#*.$:|%@0-9]|[a-z][A-Z]|^__/.test(token);
}

/**
 * Whether a table cell holds cookie names (one or a comma-separated list): loose, for cells
 * already known to be in the name column.
 */
export function isNameCell(cell: string): boolean {
  const parts = cell.split(/\s*[,;]\s*/).filter(Boolean);
  return (
    parts.length > 0 &&
    parts.every((p) => p.length <= 100 && !/\s\S+\s\S+\s/.test(p.replace(/\[[^\]]*\]/g, '#')))
  );
}
