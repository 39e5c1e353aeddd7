import { clsx } from 'clsx';
import type { HTMLAttributes } from 'react';

/** A card without padding, for lists and tables that run edge to edge. */
export function Panel({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={clsx(
        'overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm',
        className,
      )}
      {...props}
    />
  );
}
