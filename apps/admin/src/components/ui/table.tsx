import type { ComponentProps } from 'react';
import { cn } from './cn';

/**
 * A table's pieces with the admin's one look: a bordered frame that scrolls sideways on narrow
 * screens, a tinted header row, and cells with the same padding everywhere.
 */
export function TableFrame({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn('overflow-x-auto rounded-lg border border-slate-200 bg-white', className)}
      {...props}
    />
  );
}

/** The header row group. */
export function THead({ className, ...props }: ComponentProps<'thead'>) {
  return (
    <thead
      className={cn('border-b border-slate-200 bg-slate-50 text-slate-700', className)}
      {...props}
    />
  );
}

/** A header cell; a column header unless `scope` says otherwise. */
export function Th({ className, scope = 'col', ...props }: ComponentProps<'th'>) {
  return <th scope={scope} className={cn('px-3 py-2 font-medium', className)} {...props} />;
}

/** A data cell. */
export function Td({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-3 py-2', className)} {...props} />;
}

/** A body row with a hairline between rows. */
export function Tr({ className, ...props }: ComponentProps<'tr'>) {
  return (
    <tr className={cn('border-b border-slate-100 align-top last:border-0', className)} {...props} />
  );
}
