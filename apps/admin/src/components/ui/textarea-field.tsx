import type { ComponentProps, ReactNode } from 'react';
import { FieldFrame } from './field-frame';

/** A labelled textarea with its error right below it; `marker` sits beside the label. */
export function TextareaField({
  label,
  error,
  hint,
  marker,
  className,
  ...props
}: ComponentProps<'textarea'> & {
  label: string;
  error?: string | undefined;
  hint?: string;
  marker?: ReactNode;
}) {
  return (
    <FieldFrame
      label={label}
      error={error}
      hint={hint}
      marker={marker}
      className={className}
      controlClassName="placeholder:text-slate-500"
    >
      {(control) => <textarea rows={3} {...control} {...props} />}
    </FieldFrame>
  );
}
