import { cva } from 'class-variance-authority';
import { type ReactNode, useId } from 'react';
import { cn } from './cn';

/** What a control inside a {@link FieldFrame} must carry to be labelled and described. */
export interface TControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  className: string;
}

/** An input's, select's or textarea's classes; red border while it holds an error. */
export const controlVariants = cva(
  'rounded-md border bg-white px-3 py-2 text-sm shadow-sm disabled:bg-slate-100',
  {
    variants: {
      invalid: { true: 'border-red-600', false: 'border-slate-300 focus:border-brand' },
    },
    defaultVariants: { invalid: false },
  },
);

/**
 * The label, hint and error around one form control, wired with `htmlFor`, `aria-invalid` and
 * `aria-describedby`: the one place that gets this right for inputs, selects and textareas.
 */
export function FieldFrame({
  label,
  error,
  hint,
  marker,
  className,
  controlClassName,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Beside the label, e.g. a "missing translation" badge. */
  marker?: ReactNode;
  className?: string | undefined;
  controlClassName?: string;
  children: (control: TControlProps) => ReactNode;
}) {
  const id = useId();
  const described =
    [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1', className)}>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {marker}
      </div>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described,
        className: cn(controlVariants({ invalid: Boolean(error) }), controlClassName),
      })}
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
