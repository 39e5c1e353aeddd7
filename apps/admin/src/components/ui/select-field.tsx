import type { ComponentProps } from 'react';
import { FieldFrame } from './field-frame';

/** A labelled select with its error right below it, wired with aria-describedby. */
export function SelectField({
  label,
  error,
  hint,
  className,
  children,
  ...props
}: ComponentProps<'select'> & { label: string; error?: string | undefined; hint?: string }) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {(control) => (
        <select {...control} {...props}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
