import { useTranslations } from 'next-intl';
import { buttonVariants } from '~/components/ui/button';
import type { TConsentFilters } from './consent-search-form';

/**
 * Downloads of the records as CSV or JSON: every record, or the date range searched for (the
 * other filters do not apply to an export).
 */
export function ConsentExport({ siteId, filters }: { siteId: string; filters: TConsentFilters }) {
  const t = useTranslations('consents');
  const href = (format: 'csv' | 'json') => {
    const q = new URLSearchParams({ format });
    if (filters.from) q.set('from', filters.from);
    if (filters.to) q.set('to', filters.to);
    return `/api/sites/${siteId}/consents/export?${q}`;
  };
  return (
    <section aria-labelledby="consent-export-title" className="flex flex-col gap-2">
      <h3 id="consent-export-title" className="text-lg font-medium">
        {t('export')}
      </h3>
      <p className="text-sm text-slate-600">
        {filters.from || filters.to
          ? t('exportRange', {
              from: filters.from ?? t('exportFirst'),
              to: filters.to ?? t('exportToday'),
            })
          : t('exportAll')}{' '}
        {t('exportPersonal')}
      </p>
      <div className="flex flex-wrap gap-2">
        {(['csv', 'json'] as const).map((format) => (
          <a
            key={format}
            href={href(format)}
            download
            className={buttonVariants({ variant: 'secondary' })}
          >
            {t('download', { format: format.toUpperCase() })}
          </a>
        ))}
      </div>
    </section>
  );
}
