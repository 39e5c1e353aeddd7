import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** What a list shows when it has nothing yet, with the next step. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
      <p className="font-medium text-slate-900">{title}</p>
      {children && <div className="mt-1 text-sm text-slate-600">{children}</div>}
    </div>
  );
}

/** A placeholder while data loads. */
export function LoadingRows({ label, rows = 3 }: { label?: string; rows?: number }) {
  const t = useTranslations('common');
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-2">
      <span className="sr-only">{label ?? t('loading')}</span>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div key={i} className="h-10 animate-pulse rounded bg-slate-200" />
      ))}
    </div>
  );
}
