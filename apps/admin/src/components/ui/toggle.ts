import { cva } from 'class-variance-authority';

/**
 * One choice of a small set shown side by side (a period, a language tab): filled while it is
 * the chosen one.
 */
export const toggleVariants = cva('rounded-md border px-3 py-1.5 text-sm font-medium', {
  variants: {
    active: {
      true: 'border-brand bg-brand text-white',
      false: 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
    },
  },
  defaultVariants: { active: false },
});
