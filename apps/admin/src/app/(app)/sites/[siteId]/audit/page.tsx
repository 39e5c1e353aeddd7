import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CursorPager } from '~/components/cursor-pager';
import { DateTime } from '~/components/date-time';
import { LoadProblem } from '~/components/load-problem';
import { FilterInput, FilterSelect, LogFilterForm } from '~/components/log-filters';
import { Card } from '~/components/ui/card';
import { TableFrame, Td, THead, Th, Tr } from '~/components/ui/table';
import { messageKey } from '~/i18n/message-key';
import { serverErrorText, type TErrorTranslator } from '~/i18n/service-errors';
import { hrefWith, pickParams, type TSearchParams } from '~/lib/search-params';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '~/server/services/audit/constants';
import { auditSentence } from '~/server/services/audit/sentence';
import { serverApi } from '~/trpc/server';

export async function generateMetadata() {
  return { title: (await getTranslations('audit'))('title') };
}

const PAGE_SIZE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `yyyy-mm-dd` from the date inputs, as the start of that day (UTC); `to` includes its day. */
function dayStart(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value || !DAY.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d;
}

function json(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

/**
 * The site's audit log (compliance.md P-02): who changed what and when, with before and after,
 * filterable by entity, action and dates. Server-rendered with a plain GET form, so filters
 * and pages are links that work without JavaScript and can be shared.
 */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ siteId: string }>;
  searchParams: Promise<TSearchParams>;
}) {
  const { siteId } = await params;
  const search = await searchParams;
  const filters = pickParams(search, ['entity', 'action', 'from', 'to']);
  const { cursor } = pickParams(search, ['cursor']);
  const t = await getTranslations('audit');
  const words = { t: await getTranslations('auditSentence'), labels: t };
  const options = (group: 'entities' | 'actions', keys: string[]) =>
    keys.map((key) => [key, t(`${group}.${messageKey(key)}`)] as const);
  const api = await serverApi();
  const site = await api.site.get({ siteId }).catch(() => null);
  if (!site) notFound();

  let result: Awaited<ReturnType<typeof api.audit.list>> | null = null;
  let problem: string | null = null;
  try {
    result = await api.audit.list({
      siteId,
      limit: PAGE_SIZE,
      entity: filters.entity,
      action: filters.action,
      from: dayStart(filters.from),
      to: dayStart(filters.to, 1),
      cursor,
    });
  } catch (err) {
    problem = serverErrorText(
      err,
      (await getTranslations('serviceErrors')) as unknown as TErrorTranslator,
      t('readFailed'),
    );
  }

  const base = `/sites/${siteId}/audit`;
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>

      <LogFilterForm
        action={base}
        label={t('filterLabel')}
        submitLabel={t('filter')}
        filtered={filtered}
        className="sm:grid-cols-2 lg:grid-cols-5"
      >
        <FilterSelect
          label={t('what')}
          name="entity"
          value={filters.entity}
          anyLabel={t('everything')}
          options={options('entities', Object.keys(AUDIT_ENTITIES))}
        />
        <FilterSelect
          label={t('action')}
          name="action"
          value={filters.action}
          anyLabel={t('anyAction')}
          options={options('actions', Object.keys(AUDIT_ACTIONS))}
        />
        <FilterInput label={t('from')} type="date" name="from" defaultValue={filters.from} />
        <FilterInput label={t('to')} type="date" name="to" defaultValue={filters.to} />
      </LogFilterForm>

      {problem ? (
        <LoadProblem message={problem} href={base} linkText={t('showNewest')} />
      ) : !result || result.events.length === 0 ? (
        <Card className="text-center">
          <p className="font-medium text-slate-900">
            {filtered || cursor ? t('noMatch') : t('nothingYet')}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {filtered || cursor ? t('noMatchHint') : t('nothingYetHint')}
          </p>
        </Card>
      ) : (
        <TableFrame>
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">{cursor ? t('captionOlder') : t('caption')}</caption>
            <THead>
              <tr>
                <Th>{t('when')}</Th>
                <Th>{t('whatHappened')}</Th>
                <Th>{t('details')}</Th>
              </tr>
            </THead>
            <tbody>
              {result.events.map((e) => (
                <Tr key={e.id}>
                  <Td className="whitespace-nowrap text-slate-700">
                    <DateTime value={e.at} />
                  </Td>
                  <Td className="break-words">{auditSentence(e, words)}</Td>
                  <Td>
                    {e.before === null && e.after === null ? (
                      <span className="text-slate-600">—</span>
                    ) : (
                      <details>
                        <summary className="cursor-pointer text-brand underline">
                          {t('data')}
                        </summary>
                        <div className="mt-2 grid gap-2 md:grid-cols-2">
                          <div>
                            <p className="text-xs font-medium text-slate-600">{t('before')}</p>
                            <pre className="max-h-80 overflow-auto rounded bg-slate-100 p-2 text-xs">
                              {json(e.before)}
                            </pre>
                          </div>
                          <div>
                            <p className="text-xs font-medium text-slate-600">{t('after')}</p>
                            <pre className="max-h-80 overflow-auto rounded bg-slate-100 p-2 text-xs">
                              {json(e.after)}
                            </pre>
                          </div>
                        </div>
                      </details>
                    )}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}

      <CursorPager
        label={t('pages')}
        noun={t('events')}
        newestHref={cursor ? hrefWith(base, filters) : undefined}
        olderHref={
          result?.nextCursor ? hrefWith(base, { ...filters, cursor: result.nextCursor }) : undefined
        }
      />
    </div>
  );
}
