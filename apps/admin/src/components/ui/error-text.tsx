import type { ComponentProps } from 'react';
import { cn } from './cn';

/** A message in the error colour; renders nothing without one. */
export function ErrorText({ className, children, ...props }: ComponentProps<'p'>) {
  if (!children) return null;
  return (
    <p className={cn('text-sm text-red-700', className)} {...props}>
      {children}
    </p>
  );
}
