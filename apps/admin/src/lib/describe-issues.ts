import type { z } from 'zod';

/**
 * Turns core's schema messages into sentences an editor can act on, one per field:
 * `key: Key must be lower-case letters, digits, "-" or "_", starting with a letter (at most 40).`
 * The part before the first `: ` is the input field (so a form can put it next to that field),
 * the rest is the sentence.
 */
export interface TFieldNames {
  /** Human labels per top-level field; missing ones are derived from the camelCase name. */
  labels?: Record<string, string>;
  /** Schema path segment → input field name, where they differ (vendor `id` is its `slug`). */
  fields?: Record<string, string>;
}

// Core writes descriptive messages ("lower-case letters…", "an absolute http(s) URL", "at most
// 80 characters") that read well after "must be".
const DESCRIPTIVE = /^(?:a |an |lower-case|letters|at most|at least|one of)/;

function humanise(field: string): string {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function labelOf(path: readonly PropertyKey[], names: TFieldNames): string {
  const [first, ...rest] = path.map(String);
  if (first === undefined) return 'This';
  const base = names.labels?.[first] ?? humanise(first);
  if (rest.length === 0) return base;
  // `name.sv` → "Name (sv)"; `countries.1` → "Countries (entry 2)".
  const inner = rest.map((p) => (/^\d+$/.test(p) ? `entry ${Number(p) + 1}` : p)).join(', ');
  return `${base} (${inner})`;
}

function sentence(label: string, issue: z.core.$ZodIssue): string {
  const m = issue.message.replace(/\.$/, '');
  if (m === 'required') return `${label} is required.`;
  if (issue.code === 'invalid_value')
    return `${label} must be one of ${issue.values.map(String).join(', ')}.`;
  if (issue.code === 'too_big' && issue.origin === 'array')
    return `${label} may have at most ${String(issue.maximum)} entries.`;
  if (DESCRIPTIVE.test(m)) return `${label} must be ${m}.`;
  return `${label}: ${m}.`;
}

/** The `field: Sentence.` lines of a zod error, fields named as the input names them. */
export function describeIssues(error: z.ZodError, names: TFieldNames = {}): string[] {
  return error.issues.map((issue) => {
    const [first, ...rest] = issue.path.map(String);
    const field = [first === undefined ? '' : (names.fields?.[first] ?? first), ...rest]
      .filter(Boolean)
      .join('.');
    const text = sentence(labelOf(issue.path, names), issue);
    return field ? `${field}: ${text}` : text;
  });
}
