import {
  type FieldErrors,
  type FieldPath,
  type FieldValues,
  get,
  type RegisterOptions,
  type UseFormReturn,
} from 'react-hook-form';
import { useFormError } from '~/i18n/form-errors';

/** The message of a field's error (nested paths such as `name.sv` included). */
export function errorAt(errors: FieldErrors, name: string): string | undefined {
  const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message ? message : undefined;
}

/**
 * Props for a `Field`, `SelectField` or `TextareaField` bound to a form field: what `register`
 * gives (name, ref, handlers) plus its current error. Call during render, so the form knows the
 * component reads its errors.
 */
export function useFieldProps<TForm extends FieldValues>(form: UseFormReturn<TForm>) {
  const { errors } = form.formState;
  const translate = useFormError();
  return <TName extends FieldPath<TForm>>(
    name: TName,
    options?: RegisterOptions<TForm, TName>,
  ) => ({ ...form.register(name, options), error: translate(errorAt(errors, name)) });
}
