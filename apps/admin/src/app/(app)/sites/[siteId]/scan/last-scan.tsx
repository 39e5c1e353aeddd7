import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { Card } from '~/components/ui/card';
import { formatDateTime } from '~/lib/format-date';
import { serverApi } from '~/trpc/server';
import { FINDING_GROUPS } from './labels';

/** The Overview's scan card: the last finished scan's date and counts, and the install check. */
export async function LastScan({ siteId }: { siteId: string }) {
  const t = await getTranslations('lastScan');
  const labels = await getTranslations('scanLabels');
  const locale = await getLocale();
  const api = await serverApi();
  const last = await api.scan.latest({ siteId }).catch(() => null);
  return (
    <Card>
      <h2 className="text-lg font-medium">{t('title')}</h2>
      {!last?.summary ? (
        <p className="mt-1 text-sm text-slate-700">
          {t.rich('notYet', {
            link: (c) => (
              <Link href={`/sites/${siteId}/scan`} className="text-brand underline">
                {c}
              </Link>
            ),
          })}
        </p>
      ) : (
        <div className="mt-1 flex flex-col gap-1 text-sm text-slate-700" data-testid="last-scan">
          <p>
            {t('summary', {
              when: last.finishedAt ? formatDateTime(last.finishedAt, locale) : '',
              pages: last.summary.pagesOk,
              things: last.summary.observations,
            })}{' '}
            <Link href={`/sites/${siteId}/scan/${last.id}`} className="text-brand underline">
              {t('report')}
            </Link>
          </p>
          <p className={last.summary.smulaFound ? 'text-green-800' : 'text-amber-900'}>
            {last.summary.smulaFound ? t('tagFound') : t('tagMissing')}
          </p>
          <ul className="list-disc pl-5">
            {FINDING_GROUPS.filter((g) => last.summary?.findings[g.kind]).map((g) => (
              <li key={g.kind}>
                {labels(`findings.${g.kind}.title`)}: {last.summary?.findings[g.kind]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
