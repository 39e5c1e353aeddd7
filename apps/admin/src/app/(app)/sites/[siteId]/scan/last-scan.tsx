import Link from 'next/link';
import { Card } from '~/components/ui/card';
import { formatDateTime } from '~/lib/format-date';
import { serverApi } from '~/trpc/server';
import { FINDING_GROUPS } from './labels';

/** The Overview's scan card: the last finished scan's date and counts, and the install check. */
export async function LastScan({ siteId }: { siteId: string }) {
  const api = await serverApi();
  const last = await api.scan.latest({ siteId }).catch(() => null);
  return (
    <Card>
      <h2 className="text-lg font-medium">Last scan</h2>
      {!last?.summary ? (
        <p className="mt-1 text-sm text-slate-700">
          Not scanned yet.{' '}
          <Link href={`/sites/${siteId}/scan`} className="text-brand underline">
            Scan the site
          </Link>{' '}
          to see what it sets before and after consent.
        </p>
      ) : (
        <div className="mt-1 flex flex-col gap-1 text-sm text-slate-700" data-testid="last-scan">
          <p>
            {last.finishedAt ? formatDateTime(last.finishedAt) : ''}: {last.summary.pagesOk} pages,{' '}
            {last.summary.observations} things seen.{' '}
            <Link href={`/sites/${siteId}/scan/${last.id}`} className="text-brand underline">
              Report
            </Link>
          </p>
          <p className={last.summary.smulaFound ? 'text-green-800' : 'text-amber-900'}>
            {last.summary.smulaFound
              ? 'The Smula tag was found on the scanned pages.'
              : 'The Smula tag was not found on any scanned page: check the install.'}
          </p>
          <ul className="list-disc pl-5">
            {FINDING_GROUPS.filter((g) => last.summary?.findings[g.kind]).map((g) => (
              <li key={g.kind}>
                {g.title}: {last.summary?.findings[g.kind]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
