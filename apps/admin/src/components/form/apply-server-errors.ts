import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form';
import { toast } from 'sonner';
import { serverFieldErrors, type TServerError } from './field-errors';
import { fieldOf } from './field-path';

/**
 * Puts a refused save's messages into the form: each next to its field (the first one focused,
 * so keyboard users land on it), anything without a field in `errors.root.server`. The server's
 * check is the authoritative one; this is how its verdict reaches the same places as the
 * browser's own. Returns whether the form now shows something (else the caller toasts).
 */
export function applyServerErrors<TForm extends FieldValues>(
  form: Pick<UseFormReturn<TForm>, 'getValues' | 'setError'>,
  error: TServerError,
  aliases: Readonly<Record<string, string>> = {},
): boolean {
  const messages = serverFieldErrors(error);
  const values = form.getValues();
  const placed = new Set<string>();
  let rootMessage: string | undefined;
  for (const [path, message] of Object.entries(messages)) {
    const name = path ? fieldOf(values, path, aliases) : undefined;
    if (!name) {
      rootMessage ??= message;
      continue;
    }
    if (placed.has(name)) continue;
    form.setError(
      name as FieldPath<TForm>,
      { type: 'server', message },
      { shouldFocus: placed.size === 0 },
    );
    placed.add(name);
  }
  if (rootMessage) form.setError('root.server', { type: 'server', message: rootMessage });
  return placed.size > 0 || rootMessage !== undefined;
}

/**
 * A form mutation's `onError`: the server's messages into the form (see
 * {@link applyServerErrors}), and a toast when none of them belongs there.
 */
export function showErrorsIn<TForm extends FieldValues>(
  form: Pick<UseFormReturn<TForm>, 'getValues' | 'setError'>,
  aliases?: Readonly<Record<string, string>>,
) {
  return (error: NonNullable<TServerError>) => {
    if (!applyServerErrors(form, error, aliases)) toast.error(error.message);
  };
}
