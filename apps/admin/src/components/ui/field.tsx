import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame';

/** A labelled input with its error right below it, wired with aria-describedby. */
export function Field({
  label,
  error,
  hint,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string; hint?: string }) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {(control) => <input {...control} {...props} />}
    </FieldFrame>
  );
}
