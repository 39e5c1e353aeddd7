import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Card } from '~/components/ui/card';
import type { TTagCheck } from '~/server/services/site/get-site-overview';

interface TCheck {
  id: string;
  done: boolean;
  text: string;
  fix: { href: string; label: string } | null;
}

/**
 * What stands between the site and a working banner (issue 18), each with a link to where it is
 * fixed: domains declared, a published version, the tag found by the last scan, a cookie-policy
 * URL. The status is also said in words (not only a mark) for screen readers.
 */
export async function GoLiveChecklist({
  siteId,
  checklist,
  domains,
  liveVersion,
}: {
  siteId: string;
  checklist: { domains: boolean; published: boolean; tag: TTagCheck; cookiePolicy: boolean };
  domains: readonly string[];
  liveVersion: number | null;
}) {
  const t = await getTranslations('overview');
  const base = `/sites/${siteId}`;
  const checks: TCheck[] = [
    {
      id: 'domains',
      done: checklist.domains,
      text: checklist.domains
        ? t('checkDomainsDone', { domains: domains.join(', ') })
        : t('checkDomainsTodo'),
      fix: checklist.domains ? null : { href: `${base}/settings`, label: t('fixDomains') },
    },
    {
      id: 'published',
      done: checklist.published,
      text:
        checklist.published && liveVersion !== null
          ? t('checkPublishedDone', { version: liveVersion })
          : t('checkPublishedTodo'),
      fix: checklist.published ? null : { href: `${base}/publish`, label: t('fixPublish') },
    },
    {
      id: 'tag',
      done: checklist.tag === 'found',
      text:
        checklist.tag === 'found'
          ? t('checkTagFound')
          : checklist.tag === 'missing'
            ? t('checkTagMissing')
            : t('checkTagUnknown'),
      fix:
        checklist.tag === 'found'
          ? null
          : {
              href: `${base}/scan`,
              label: checklist.tag === 'missing' ? t('fixScanAgain') : t('fixScan'),
            },
    },
    {
      id: 'cookie-policy',
      done: checklist.cookiePolicy,
      text: checklist.cookiePolicy ? t('checkPolicyDone') : t('checkPolicyTodo'),
      fix: checklist.cookiePolicy ? null : { href: `${base}/settings`, label: t('fixPolicy') },
    },
  ];
  const left = checks.filter((c) => !c.done).length;
  return (
    <Card>
      <h2 className="text-lg font-medium">{t('checklistTitle')}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {left === 0 ? t('checklistAllDone') : t('checklistLeft', { count: left })}
      </p>
      <ul aria-label={t('checklistTitle')} className="mt-3 flex flex-col gap-2 text-sm">
        {checks.map((c) => (
          <li
            key={c.id}
            data-check={c.id}
            data-done={c.done}
            className="flex flex-wrap items-baseline gap-x-2"
          >
            <span aria-hidden="true" className={c.done ? 'text-green-700' : 'text-amber-800'}>
              {c.done ? '✓' : '○'}
            </span>
            <span className="sr-only">{c.done ? t('done') : t('todo')}</span>
            <span>{c.text}</span>
            {c.fix && (
              <Link href={c.fix.href} className="text-brand underline">
                {c.fix.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
