import { type ClassValue, clsx } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Joins class names (clsx) and resolves Tailwind conflicts so the last one wins (tailwind-merge):
 * a caller's `className="bg-red-700"` replaces a variant's `bg-brand` instead of sitting beside
 * it, where the stylesheet's order, not the caller, would decide.
 *
 * @example cn('px-4 py-2 bg-brand', 'bg-red-700') // 'px-4 py-2 bg-red-700'
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
