import type { TConsentAction } from '@smula/core';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ZodError } from 'zod';
import { CursorPager } from '~/components/cursor-pager';
import { EmptyState } from '~/components/empty-state';
import { LoadProblem } from '~/components/load-problem';
import { serverErrorText, type TErrorTranslator } from '~/i18n/service-errors';
import { hrefWith, pickParams, type TSearchParams } from '~/lib/search-params';
import { serverApi } from '~/trpc/server';
import { ConsentAdminTools } from './consent-admin-tools';
import { ConsentExport } from './consent-export';
import { CONSENT_FILTERS, ConsentSearchForm, type TConsentFilters } from './consent-search-form';
import { ConsentStatsPanel } from './consent-stats-panel';
import { ConsentTable } from './consent-table';

export async function generateMetadata() {
  return { title: (await getTranslations('siteNav'))('consents') };
}
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

/** A refusal as words: zod's own messages for bad filters, the service's for the rest. */
async function messageOf(err: unknown, fallback: string): Promise<string> {
  const cause = (err as { cause?: unknown })?.cause;
  if (cause instanceof ZodError) return cause.issues.map((i) => i.message).join(' ');
  const t = (await getTranslations('serviceErrors')) as unknown as TErrorTranslator;
  return serverErrorText(err, t, fallback);
}

/**
 * The consent log (proof of consent): find a visitor's history by the consent id on the
 * policy page, filter, page, export; statistics; retention and integrity for owners and
 * admins. Search and filters are a plain GET form, so results are links that can be shared.
 */
export default async function ConsentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ siteId: string }>;
  searchParams: Promise<TSearchParams>;
}) {
  const { siteId } = await params;
  const search = await searchParams;
  const filters: TConsentFilters = pickParams(search, CONSENT_FILTERS);
  const { cursor } = pickParams(search, ['cursor']);
  const t = await getTranslations('consents');
  const api = await serverApi();
  const site = await api.site.get({ siteId }).catch(() => null);
  if (!site) notFound();
  const versions = await api.publish.versions({ siteId });

  let result: Awaited<ReturnType<typeof api.consent.search>> | null = null;
  let problem: string | null = null;
  try {
    result = await api.consent.search({
      siteId,
      limit: PAGE_SIZE,
      consentId: filters.consentId,
      from: filters.from,
      to: filters.to,
      action: filters.action as TConsentAction | undefined,
      version: filters.version ? Number(filters.version) : undefined,
      cursor,
    });
  } catch (err) {
    problem = await messageOf(err, t('readFailed'));
  }
  const filtered = Object.values(filters).some(Boolean);
  // "Nothing yet" only when the unfiltered first page is empty: the site has no records at all.
  const noRecordsAtAll = !filtered && !cursor && result?.records.length === 0;
  const base = `/sites/${siteId}/consents`;
  const canAdmin = site.role === 'admin' || site.role === 'owner';

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>

      {noRecordsAtAll ? (
        <EmptyState title={t('none')}>
          {site.liveVersion ? t('noneLive') : t('noneDraft')}
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="consent-search-title" className="flex flex-col gap-4">
            <h3 id="consent-search-title" className="text-lg font-medium">
              {t('search')}
            </h3>
            <ConsentSearchForm action={base} filters={filters} versions={versions} />
            {problem ? (
              <LoadProblem message={problem} href={base} linkText={t('showNewest')} />
            ) : result && result.records.length === 0 ? (
              <EmptyState title={filters.consentId ? t('noId') : t('noMatch')}>
                {filters.consentId ? t('noIdHint') : t('noMatchHint')}
              </EmptyState>
            ) : result ? (
              <ConsentTable
                records={result.records}
                siteId={siteId}
                history={filters.consentId}
                searchHref={(consentId) => hrefWith(base, { consentId })}
                caption={
                  filters.consentId
                    ? t('historyCaption', {
                        id: filters.consentId.replace(/[\s-]/g, '').toLowerCase(),
                      })
                    : t('caption')
                }
              />
            ) : null}
            <CursorPager
              label={t('pages')}
              noun={t('records')}
              newestHref={cursor ? hrefWith(base, filters) : undefined}
              olderHref={
                result?.nextCursor
                  ? hrefWith(base, { ...filters, cursor: result.nextCursor })
                  : undefined
              }
            />
          </section>

          <ConsentExport siteId={siteId} filters={filters} />
          <ConsentStatsPanel siteId={siteId} />
        </>
      )}

      <ConsentAdminTools
        siteId={siteId}
        canAdmin={canAdmin}
        role={site.role}
        retentionMonths={site.consentRetentionMonths}
      />
    </div>
  );
}
