import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps } from 'react';
import { cn } from './cn';

/** A badge's classes by tone. */
export const badgeVariants = cva(
  'inline-flex items-center whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium',
  {
    variants: {
      tone: {
        neutral: 'border-slate-300 bg-slate-100 text-slate-800',
        warning: 'border-amber-300 bg-amber-50 text-amber-900',
        danger: 'border-red-300 bg-red-50 text-red-800',
        success: 'border-emerald-300 bg-emerald-50 text-emerald-900',
        info: 'border-blue-300 bg-blue-50 text-blue-900',
      },
    },
    defaultVariants: { tone: 'neutral' },
  },
);

export type TBadgeTone = NonNullable<VariantProps<typeof badgeVariants>['tone']>;

/** A small label: "sv missing", "Required", "Too low". */
export function Badge({
  tone,
  className,
  ...props
}: ComponentProps<'span'> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
