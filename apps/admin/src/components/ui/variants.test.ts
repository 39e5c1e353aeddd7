import { describe, expect, it } from 'vitest';
import { badgeVariants } from './badge';
import { buttonVariants } from './button';
import { cn } from './cn';
import { controlVariants } from './field-frame';
import { toggleVariants } from './toggle';

const classes = (s: string) => s.split(/\s+/).filter(Boolean);

describe('cn', () => {
  it('lets a later Tailwind class replace a conflicting earlier one', () => {
    expect(cn('px-4 py-2 bg-brand', 'bg-red-700')).toBe('px-4 py-2 bg-red-700');
    expect(cn('text-sm text-slate-700', 'text-red-700')).toBe('text-sm text-red-700');
  });

  it('keeps classes that do not conflict and drops falsy ones', () => {
    expect(cn('rounded', false, undefined, { 'font-medium': true, italic: false }, 'mt-2')).toBe(
      'rounded font-medium mt-2',
    );
  });

  it('tells the brand colour apart from a font size', () => {
    expect(classes(cn('text-sm text-brand', 'text-white'))).toEqual(['text-sm', 'text-white']);
  });
});

describe('buttonVariants', () => {
  it('gives primary and md by default', () => {
    const c = classes(buttonVariants());
    expect(c).toContain('bg-brand');
    expect(c).toEqual(expect.arrayContaining(['px-4', 'py-2']));
  });

  it('leaves only the caller’s background when className overrides the variant', () => {
    const c = classes(cn(buttonVariants({ variant: 'primary' }), 'bg-red-700'));
    expect(c).toContain('bg-red-700');
    expect(c).not.toContain('bg-brand');
    // hover and disabled states of the variant stay: only the plain background conflicted.
    expect(c).toContain('hover:bg-brand-strong');
  });

  it('makes a ghost Delete red with a text colour override', () => {
    const c = classes(cn(buttonVariants({ variant: 'ghost', size: 'sm' }), 'text-red-700'));
    expect(c).toContain('text-red-700');
    expect(c).not.toContain('text-slate-700');
    expect(c).toEqual(expect.arrayContaining(['px-3', 'py-1']));
  });

  it.each([
    ['primary', 'bg-brand'],
    ['secondary', 'bg-white'],
    ['danger', 'bg-red-700'],
    ['ghost', 'hover:bg-slate-100'],
  ] as const)('combines variant %s with each size', (variant, marker) => {
    for (const [size, padding] of [
      ['sm', 'px-3'],
      ['md', 'px-4'],
      ['icon', 'px-2'],
    ] as const) {
      const c = classes(buttonVariants({ variant, size }));
      expect(c).toContain(marker);
      expect(c).toContain(padding);
      expect(c.filter((x) => /^px-/.test(x))).toHaveLength(1);
    }
  });

  it('lets a size override win over the size variant', () => {
    const c = classes(cn(buttonVariants({ size: 'md' }), 'px-2'));
    expect(c.filter((x) => /^px-/.test(x))).toEqual(['px-2']);
  });
});

describe('other variants', () => {
  it('colours a badge by tone, and a className border wins', () => {
    expect(classes(badgeVariants({ tone: 'danger' }))).toContain('text-red-800');
    expect(classes(badgeVariants())).toContain('bg-slate-100');
    const c = classes(cn(badgeVariants({ tone: 'warning' }), 'border-red-600'));
    expect(c).toContain('border-red-600');
    expect(c).not.toContain('border-amber-300');
  });

  it('marks an invalid control with a red border only', () => {
    expect(classes(controlVariants({ invalid: true }))).toContain('border-red-600');
    expect(classes(controlVariants({ invalid: true }))).not.toContain('border-slate-300');
    expect(classes(controlVariants({ invalid: false }))).toContain('border-slate-300');
  });

  it('fills the active toggle only', () => {
    expect(classes(toggleVariants({ active: true }))).toContain('bg-brand');
    expect(classes(toggleVariants({ active: false }))).not.toContain('bg-brand');
  });
});
