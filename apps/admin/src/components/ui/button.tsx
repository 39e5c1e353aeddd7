import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps } from 'react';
import { cn } from './cn';

/**
 * A button's classes by variant and size; also for links that look like buttons
 * (`<Link className={buttonVariants({ variant: 'secondary' })}>`).
 */
export const buttonVariants = cva(
  'inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium transition-colors disabled:cursor-not-allowed',
  {
    variants: {
      variant: {
        primary: 'bg-brand text-white hover:bg-brand-strong disabled:bg-slate-400',
        secondary: 'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100',
        danger: 'bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400',
        ghost: 'text-slate-700 hover:bg-slate-100',
      },
      size: {
        sm: 'px-3 py-1',
        md: 'px-4 py-2',
        /** Square-ish, for a one-character label such as an arrow. */
        icon: 'px-2 py-2',
      },
    },
    defaultVariants: { variant: 'primary', size: 'md' },
  },
);

type TButtonVariants = VariantProps<typeof buttonVariants>;

/** A `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({
  variant,
  size,
  className,
  ...props
}: ComponentProps<'button'> & TButtonVariants) {
  return (
    <button type="button" className={cn(buttonVariants({ variant, size }), className)} {...props} />
  );
}
