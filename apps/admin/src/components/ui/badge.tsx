import { clsx } from 'clsx';
import type { HTMLAttributes } from 'react';

const TONES = {
  neutral: 'border-slate-300 bg-slate-100 text-slate-800',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  danger: 'border-red-300 bg-red-50 text-red-800',
  success: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  info: 'border-blue-300 bg-blue-50 text-blue-900',
} as const;

/** A small label: "sv missing", "Required", "Too low". */
export function Badge({
  tone = 'neutral',
  className,
  ...props
}: HTMLAttributes<HTMLSpanElement> & { tone?: keyof typeof TONES }) {
  return (
    <span
      className={clsx(
        'inline-flex items-center whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium',
        TONES[tone],
        className,
      )}
      {...props}
    />
  );
}
