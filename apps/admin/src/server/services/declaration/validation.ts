import type { TLocalizedText } from '@smula/core';
import type { z } from 'zod';
import { describeIssues, type TFieldNames } from '../../../lib/describe-issues';
import { ValidationError } from '../errors';

// The sentences live beside the forms that show them too (client-safe), so a rule reads the
// same whether the browser or the server catches it.
export { describeIssues, type TFieldNames } from '../../../lib/describe-issues';

/** Throws the ValidationError a form shows next to its fields. */
export function invalid(what: string, issues: string[]): never {
  const first = issues[0] ?? '';
  const at = first.indexOf(': ');
  const field = at > 0 && !first.slice(0, at).includes(' ') ? first.slice(0, at) : undefined;
  const sentences = issues.map((i) => {
    const j = i.indexOf(': ');
    return j > 0 && !i.slice(0, j).includes(' ') ? i.slice(j + 2) : i;
  });
  throw new ValidationError(`Check the ${what}: ${sentences.join(' ')}`, {
    issues,
    ...(field ? { field } : {}),
  });
}

/**
 * Parses an entity with one of core's schemas (the same ones publishing uses), throwing a
 * {@link ValidationError} with per-field `details.issues` when it does not pass.
 */
export function parseEntity<T>(
  schema: z.ZodType<T>,
  value: unknown,
  what: string,
  names: TFieldNames = {},
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) invalid(what, describeIssues(parsed.error, names));
  return parsed.data;
}

/** Text per locale with blank entries dropped: an empty field means "not translated". */
export function cleanText(text: TLocalizedText | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [locale, value] of Object.entries(text ?? {})) {
    const v = value.trim();
    if (v) out[locale] = v;
  }
  return out;
}

/** Optional text: trimmed, and undefined when blank or null (null clears a field on update). */
export function optionalText(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}
