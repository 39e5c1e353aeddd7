import { toNestErrors } from '@hookform/resolvers';
import { formatIssues } from '@smula/core/schema';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldErrorsFromLines } from './field-errors';
import { fieldOf } from './field-path';

interface TZodFormOptions<TForm> {
  /**
   * What the schema checks, made from the form's values: the value the submit handler sends
   * (settings from their text fields), or the entity a dialog edits. Defaults to the values.
   */
  toCandidate?: (values: TForm) => unknown;
  /**
   * Words the issues as `field: message` lines, the way the server words the same rule
   * (core's `formatIssues` by default; `describeIssues` for declaration entities).
   */
  describe?: (error: z.ZodError) => string[];
  /** Candidate paths the form names differently: `{ domains: 'domain' }`. */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * A react-hook-form resolver over a zod schema (core's, from `@smula/core/schema`, or a small
 * form schema built from them). Unlike `zodResolver`, it words each issue exactly as the server
 * does for the same rule and puts it on the field the form edits (a list typed in one text field
 * gets its entry's message), so a message reads the same whichever side caught it. Issues on
 * values the form has no field for are left to the server, which stays authoritative.
 */
export function zodFormResolver<TForm extends FieldValues>(
  schema: z.ZodType,
  options: TZodFormOptions<TForm> = {},
): Resolver<TForm> {
  return async (values, _context, resolverOptions) => {
    const candidate = options.toCandidate ? options.toCandidate(values) : values;
    const parsed = await schema.safeParseAsync(candidate);
    if (parsed.success) return { values, errors: {} };
    const messages = fieldErrorsFromLines((options.describe ?? formatIssues)(parsed.error));
    const flat: Record<string, FieldError> = {};
    for (const [path, message] of Object.entries(messages)) {
      const name = path ? fieldOf(values, path, options.aliases) : undefined;
      if (name && !flat[name]) flat[name] = { type: 'validate', message };
    }
    if (Object.keys(flat).length === 0) return { values, errors: {} };
    return { values: {}, errors: toNestErrors(flat, resolverOptions) };
  };
}
