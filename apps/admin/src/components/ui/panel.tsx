import type { ComponentProps } from 'react';
import { cn } from './cn';

/** A card without padding, for lists and tables that run edge to edge. */
export function Panel({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn(
        'overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm',
        className,
      )}
      {...props}
    />
  );
}
