import { buttonVariants } from '~/components/ui/button';
import type { TConsentFilters } from './consent-search-form';

/**
 * Downloads of the records as CSV or JSON: every record, or the date range searched for (the
 * other filters do not apply to an export).
 */
export function ConsentExport({ siteId, filters }: { siteId: string; filters: TConsentFilters }) {
  const href = (format: 'csv' | 'json') => {
    const q = new URLSearchParams({ format });
    if (filters.from) q.set('from', filters.from);
    if (filters.to) q.set('to', filters.to);
    return `/api/sites/${siteId}/consents/export?${q}`;
  };
  return (
    <section aria-labelledby="consent-export-title" className="flex flex-col gap-2">
      <h3 id="consent-export-title" className="text-lg font-medium">
        Export
      </h3>
      <p className="text-sm text-slate-600">
        {filters.from || filters.to
          ? `Every record from ${filters.from ?? 'the first'} to ${filters.to ?? 'today'} (the dates above; other filters do not apply).`
          : 'Every record the site has; set From and To above and search to export a date range.'}{' '}
        Exports contain truncated addresses and browser details: handle them as personal data. Each
        export is noted in the audit log.
      </p>
      <div className="flex flex-wrap gap-2">
        {(['csv', 'json'] as const).map((format) => (
          <a
            key={format}
            href={href(format)}
            download
            className={buttonVariants({ variant: 'secondary' })}
          >
            Download {format.toUpperCase()}
          </a>
        ))}
      </div>
    </section>
  );
}
