'use client';

import { CONSENT_ACTIONS } from '@smula/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { EmptyState, LoadingRows } from '~/components/empty-state';
import { useTRPC } from '~/trpc/react';
import { ACTION_COLOURS, ACTION_LABELS } from './labels';

const PERIODS = [7, 30, 90] as const;
type TPeriod = (typeof PERIODS)[number];

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
const th = 'px-3 py-2 font-medium';
const td = 'px-3 py-2 tabular-nums';

/**
 * Consent statistics for 7, 30 or 90 days: decisions per day by action and the share granting
 * each category, drawn with Recharts and given again as tables, which are what screen readers
 * and keyboard users read (the charts are a picture of the same numbers).
 */
export function ConsentStatsPanel({ siteId }: { siteId: string }) {
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
          Statistics
        </h3>
        <fieldset className="flex items-center gap-1 text-sm">
          <legend className="sr-only">Period</legend>
          {PERIODS.map((p) => (
            <label
              key={p}
              className={clsx(
                'cursor-pointer rounded-md border px-3 py-1.5 font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand',
                p === days
                  ? 'border-brand bg-brand text-white'
                  : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
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
              {p} days
            </label>
          ))}
        </fieldset>
      </div>

      {stats.isPending ? (
        <LoadingRows label="Loading statistics…" rows={4} />
      ) : stats.isError ? (
        <p role="alert" className="text-red-800">
          {stats.error.message}
        </p>
      ) : data && data.totals.total === 0 ? (
        <EmptyState title={`No decisions in the last ${data.days} days.`}>
          Choose a longer period, or wait for visitors to decide on the banner.
        </EmptyState>
      ) : data ? (
        // While another period loads, the previous numbers stay (no flash) and say which
        // period they are: every caption below reads `data.days`, never the new choice.
        <div className="flex flex-col gap-6" aria-busy={stats.isPlaceholderData}>
          <p role="status" className="text-sm text-slate-600">
            {stats.isPlaceholderData
              ? `Loading the last ${days} days…`
              : `${data.totals.total} decisions from ${data.from} to ${data.to} (UTC).`}
          </p>

          <figure className="rounded-lg border border-slate-200 bg-white p-4">
            <figcaption className="mb-2 text-sm font-medium text-slate-800">
              Decisions per day by action
            </figcaption>
            <BarChart
              responsive
              style={{ width: '100%', height: 280 }}
              data={data.perDay}
              margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
              title={`Decisions per day by action, last ${data.days} days`}
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
                  name={ACTION_LABELS[a]}
                  stackId="actions"
                  fill={ACTION_COLOURS[a]}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </figure>

          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm" data-testid="consent-stats-days">
              <caption className="px-3 pt-3 text-left font-medium text-slate-800">
                Decisions per day (UTC), last {data.days} days; days without decisions are left out
              </caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={th}>
                    Day
                  </th>
                  {CONSENT_ACTIONS.map((a) => (
                    <th key={a} scope="col" className={th}>
                      {ACTION_LABELS[a]}
                    </th>
                  ))}
                  <th scope="col" className={th}>
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.perDay
                  .filter((d) => d.total > 0)
                  .reverse()
                  .map((d) => (
                    <tr key={d.day} className="border-b border-slate-100">
                      <th scope="row" className={`${th} whitespace-nowrap`}>
                        {d.day}
                      </th>
                      {CONSENT_ACTIONS.map((a) => (
                        <td key={a} className={td}>
                          {d[a]}
                        </td>
                      ))}
                      <td className={td}>{d.total}</td>
                    </tr>
                  ))}
              </tbody>
              <tfoot className="border-t border-slate-300 font-medium">
                <tr>
                  <th scope="row" className={th}>
                    Total
                  </th>
                  {CONSENT_ACTIONS.map((a) => (
                    <td key={a} className={td}>
                      {data.totals[a]}
                    </td>
                  ))}
                  <td className={td}>{data.totals.total}</td>
                </tr>
              </tfoot>
            </table>
          </div>

          <figure className="rounded-lg border border-slate-200 bg-white p-4">
            <figcaption className="mb-2 text-sm font-medium text-slate-800">
              Share of decisions granting each category
            </figcaption>
            <BarChart
              responsive
              layout="vertical"
              style={{ width: '100%', height: 48 + data.categories.length * 36 }}
              data={data.categories.map((c) => ({
                name: c.label ?? c.key,
                share: Math.round(c.share * 1000) / 10,
              }))}
              margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
              title={`Share of decisions granting each category, last ${data.days} days`}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} unit="%" fontSize={12} />
              <YAxis type="category" dataKey="name" width={120} fontSize={12} />
              <Tooltip formatter={(v) => `${v}%`} />
              <Bar dataKey="share" name="Granted" fill="#1d4ed8" isAnimationActive={false} />
            </BarChart>
          </figure>

          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm" data-testid="consent-stats-categories">
              <caption className="px-3 pt-3 text-left font-medium text-slate-800">
                Share of decisions granting each category, last {data.days} days
              </caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={th}>
                    Category
                  </th>
                  <th scope="col" className={th}>
                    Granted
                  </th>
                  <th scope="col" className={th}>
                    Decisions
                  </th>
                  <th scope="col" className={th}>
                    Share
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.categories.map((c) => (
                  <tr key={c.key} className="border-b border-slate-100 last:border-0">
                    <th scope="row" className={th}>
                      {c.label ?? c.key}
                      {c.label && (
                        <span className="ml-1 font-mono text-xs text-slate-500">{c.key}</span>
                      )}
                      {c.required && (
                        <span className="ml-1 text-xs text-slate-600">(required)</span>
                      )}
                    </th>
                    <td className={td}>{c.granted}</td>
                    <td className={td}>{c.decisions}</td>
                    <td className={td}>{c.decisions ? percent(c.share) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
    </section>
  );
}
