'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { formatDateTime } from '~/lib/format-date';
import { useTRPC } from '~/trpc/react';

/**
 * Publish-lint warnings from the last scan: what it saw on the site that the draft does not
 * declare. Warnings, not errors: a scan sees a sample of pages, and publishing stays allowed.
 */
export function ScanWarnings({ siteId }: { siteId: string }) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.scan.publishWarnings.queryOptions({ siteId }));
  if (!data?.scanId || data.warnings.length === 0) return null;
  return (
    <div data-testid="scan-warnings">
      <p className="text-sm font-medium text-amber-900">
        {data.warnings.length} seen on the site but not declared (scan of{' '}
        {data.finishedAt ? formatDateTime(data.finishedAt) : '?'}; publishing is allowed):
      </p>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-6 text-sm">
        {data.warnings.map((w) => (
          <li key={w.observation}>
            {w.message}{' '}
            <Link className="text-brand underline" href={`/sites/${siteId}/scan/${data.scanId}`}>
              Review in the scan
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
