'use client';

import { useTranslations } from 'next-intl';
import { Button } from './ui/button';

/**
 * Shown when a save was refused because someone else saved first: their values, and a way to
 * load them into the form. Nothing is overwritten silently.
 */
export function ConflictNotice({
  message,
  values,
  onReload,
}: {
  message: string;
  values: [label: string, value: string][];
  onReload: () => void;
}) {
  const t = useTranslations('conflict');
  return (
    <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm">
      <p className="font-medium text-amber-950">{message}</p>
      {values.length > 0 && (
        <>
          <p className="mt-2 text-amber-950">{t('theirValues')}</p>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
            {values.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-700">{label}</dt>
                <dd className="break-words text-slate-900">{value || '—'}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <p className="mt-2 text-slate-800">{t('explain')}</p>
      <Button variant="secondary" className="mt-2" onClick={onReload}>
        {t('load')}
      </Button>
    </div>
  );
}
