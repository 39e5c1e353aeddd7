import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ComponentProps, ReactNode } from 'react';
import { buttonVariants } from './ui/button';
import { cn } from './ui/cn';
import { controlVariants } from './ui/field-frame';

/**
 * A log's filters as a plain GET form: results are links that work without JavaScript and can
 * be shared. Clear appears once a filter is set.
 */
export function LogFilterForm({
  action,
  label,
  submitLabel,
  filtered,
  className,
  actionsClassName,
  children,
}: {
  action: string;
  label: string;
  submitLabel: string;
  filtered: boolean;
  /** The grid's columns per breakpoint. */
  className: string;
  actionsClassName?: string;
  children: ReactNode;
}) {
  const t = useTranslations('common');
  return (
    <form
      method="get"
      action={action}
      aria-label={label}
      className={cn(
        'grid gap-3 rounded-lg border border-slate-200 bg-white p-4 lg:items-end',
        className,
      )}
    >
      {children}
      <div className={cn('flex gap-2', actionsClassName)}>
        <button type="submit" className={buttonVariants()}>
          {submitLabel}
        </button>
        {filtered && (
          <Link href={action} className={buttonVariants({ variant: 'secondary' })}>
            {t('clear')}
          </Link>
        )}
      </div>
    </form>
  );
}

const labelClass = 'flex flex-col gap-1 text-sm font-medium text-slate-800';

/** A filter's text or date input, labelled by wrapping. */
export function FilterInput({
  label,
  className,
  inputClassName,
  ...props
}: ComponentProps<'input'> & { label: string; inputClassName?: string }) {
  return (
    <label className={cn(labelClass, className)}>
      {label}
      <input className={cn(controlVariants(), inputClassName)} {...props} />
    </label>
  );
}

/** A filter's choice: "any" first, then the options as [value, text]. */
export function FilterSelect({
  label,
  name,
  value,
  anyLabel,
  options,
}: {
  label: string;
  name: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly (readonly [value: string, text: string])[];
}) {
  return (
    <label className={labelClass}>
      {label}
      <select name={name} defaultValue={value ?? ''} className={controlVariants()}>
        <option value="">{anyLabel}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
