import { clsx } from 'clsx';
import { type ReactNode, type TextareaHTMLAttributes, useId } from 'react';

/** A labelled textarea with its error right below it; `marker` sits beside the label. */
export function TextareaField({
  label,
  error,
  hint,
  marker,
  className,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & {
  label: string;
  error?: string;
  hint?: string;
  marker?: ReactNode;
}) {
  const id = useId();
  const described =
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={clsx('flex flex-col gap-1', className)}>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {marker}
      </div>
      <textarea
        id={id}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={clsx(
          'rounded-md border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-500 disabled:bg-slate-100',
          error ? 'border-red-600' : 'border-slate-300 focus:border-brand',
        )}
        {...props}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
