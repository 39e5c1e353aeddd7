import type { ComponentProps } from 'react';
import { FieldFrame } from './field-frame';

/**
 * A labelled input with its error right below it, wired with aria-describedby. Takes
 * react-hook-form's `register(name)` props (its `ref` included) as they are.
 */
export function Field({
  label,
  error,
  hint,
  className,
  ...props
}: ComponentProps<'input'> & { label: string; error?: string | undefined; hint?: string }) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {(control) => <input {...control} {...props} />}
    </FieldFrame>
  );
}
