import type { ComponentProps } from 'react';
import { cn } from './cn';

/** A white, padded surface for one group of content. */
export function Card({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      className={cn('rounded-lg border border-slate-200 bg-white p-6 shadow-sm', className)}
      {...props}
    />
  );
}
