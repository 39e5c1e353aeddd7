'use client';

import { CONSENT_ACTIONS } from '@smula/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type ComponentProps, type ReactNode, useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { EmptyState, LoadingRows } from '~/components/empty-state';
import { cn } from '~/components/ui/cn';
import { TableFrame, Td, THead, Th } from '~/components/ui/table';
import { toggleVariants } from '~/components/ui/toggle';
import { useTRPC } from '~/trpc/react';
import { ACTION_COLOURS } from './labels';

const PERIODS = [7, 30, 90] as const;
type TPeriod = (typeof PERIODS)[number];

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** A number cell: figures line up. */
const Num = ({ className, ...props }: ComponentProps<'td'>) => (
  <Td className={cn('tabular-nums', className)} {...props} />
);

/** A chart with its caption; the table after it gives the same numbers in words. */
function ChartFigure({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 text-sm font-medium text-slate-800">{caption}</figcaption>
      {children}
    </figure>
  );
}

/** A statistics table, captioned with the period its numbers cover. */
function StatsTable({
  caption,
  testId,
  children,
}: {
  caption: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <TableFrame>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <caption className="px-3 pt-3 text-left font-medium text-slate-800">{caption}</caption>
        {children}
      </table>
    </TableFrame>
  );
}

/**
 * Consent statistics for 7, 30 or 90 days: decisions per day by action and the share granting
 * each category, drawn with Recharts and given again as tables, which are what screen readers
 * and keyboard users read (the charts are a picture of the same numbers).
 */
export function ConsentStatsPanel({ siteId }: { siteId: string }) {
  const t = useTranslations('consentStats');
  const ta = useTranslations('consents');
  const trpc = useTRPC();
  const [days, setDays] = useState<TPeriod>(30);
  const stats = useQuery({
    ...trpc.consent.stats.queryOptions({ siteId, days }),
    placeholderData: keepPreviousData,
  });
  const name = useId();
  const data = stats.data;

  return (
    <section aria-labelledby="consent-stats-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h3 id="consent-stats-title" className="text-lg font-medium">
          {t('title')}
        </h3>
        <fieldset className="flex items-center gap-1 text-sm">
          <legend className="sr-only">{t('period')}</legend>
          {PERIODS.map((p) => (
            <label
              key={p}
              className={cn(
                toggleVariants({ active: p === days }),
                'cursor-pointer has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand',
              )}
            >
              <input
                type="radio"
                name={name}
                value={p}
                checked={p === days}
                onChange={() => setDays(p)}
                className="sr-only"
              />
              {t('days', { days: p })}
            </label>
          ))}
        </fieldset>
      </div>

      {stats.isPending ? (
        <LoadingRows label={t('loading')} rows={4} />
      ) : stats.isError ? (
        <p role="alert" className="text-red-800">
          {stats.error.message}
        </p>
      ) : data && data.totals.total === 0 ? (
        <EmptyState title={t('none', { days: data.days })}>{t('noneHint')}</EmptyState>
      ) : data ? (
        // While another period loads, the previous numbers stay (no flash) and say which
        // period they are: every caption below reads `data.days`, never the new choice.
        <div className="flex flex-col gap-6" aria-busy={stats.isPlaceholderData}>
          <p role="status" className="text-sm text-slate-600">
            {stats.isPlaceholderData
              ? t('loadingDays', { days })
              : t('summary', { total: data.totals.total, from: data.from, to: data.to })}
          </p>

          <ChartFigure caption={t('perDay')}>
            <BarChart
              responsive
              style={{ width: '100%', height: 280 }}
              data={data.perDay}
              margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
              title={t('perDayTitle', { days: data.days })}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} width={40} />
              <Tooltip />
              <Legend />
              {CONSENT_ACTIONS.map((a) => (
                <Bar
                  key={a}
                  dataKey={a}
                  name={ta(`actions.${a}`)}
                  stackId="actions"
                  fill={ACTION_COLOURS[a]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ChartFigure>

          <StatsTable testId="consent-stats-days" caption={t('perDayCaption', { days: data.days })}>
            <THead>
              <tr>
                <Th>{t('day')}</Th>
                {CONSENT_ACTIONS.map((a) => (
                  <Th key={a}>{ta(`actions.${a}`)}</Th>
                ))}
                <Th>{t('total')}</Th>
              </tr>
            </THead>
            <tbody>
              {data.perDay
                .filter((d) => d.total > 0)
                .reverse()
                .map((d) => (
                  <tr key={d.day} className="border-b border-slate-100">
                    <Th scope="row" className="whitespace-nowrap">
                      {d.day}
                    </Th>
                    {CONSENT_ACTIONS.map((a) => (
                      <Num key={a}>{d[a]}</Num>
                    ))}
                    <Num>{d.total}</Num>
                  </tr>
                ))}
            </tbody>
            <tfoot className="border-t border-slate-300 font-medium">
              <tr>
                <Th scope="row">{t('total')}</Th>
                {CONSENT_ACTIONS.map((a) => (
                  <Num key={a}>{data.totals[a]}</Num>
                ))}
                <Num>{data.totals.total}</Num>
              </tr>
            </tfoot>
          </StatsTable>

          <ChartFigure caption={t('share')}>
            <BarChart
              responsive
              layout="vertical"
              style={{ width: '100%', height: 48 + data.categories.length * 36 }}
              data={data.categories.map((c) => ({
                name: c.label ?? c.key,
                share: Math.round(c.share * 1000) / 10,
              }))}
              margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
              title={t('shareTitle', { days: data.days })}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} unit="%" fontSize={12} />
              <YAxis type="category" dataKey="name" width={120} fontSize={12} />
              <Tooltip formatter={(v) => `${v}%`} />
              <Bar dataKey="share" name={t('granted')} fill="#1d4ed8" isAnimationActive={false} />
            </BarChart>
          </ChartFigure>

          <StatsTable
            testId="consent-stats-categories"
            caption={t('shareTitle', { days: data.days })}
          >
            <THead>
              <tr>
                <Th>{t('category')}</Th>
                <Th>{t('granted')}</Th>
                <Th>{t('decisions')}</Th>
                <Th>{t('shareColumn')}</Th>
              </tr>
            </THead>
            <tbody>
              {data.categories.map((c) => (
                <tr key={c.key} className="border-b border-slate-100 last:border-0">
                  <Th scope="row">
                    {c.label ?? c.key}
                    {c.label && (
                      <span className="ml-1 font-mono text-xs text-slate-500">{c.key}</span>
                    )}
                    {c.required && (
                      <span className="ml-1 text-xs text-slate-600">{t('required')}</span>
                    )}
                  </Th>
                  <Num>{c.granted}</Num>
                  <Num>{c.decisions}</Num>
                  <Num>{c.decisions ? percent(c.share) : '—'}</Num>
                </tr>
              ))}
            </tbody>
          </StatsTable>
        </div>
      ) : null}
    </section>
  );
}
