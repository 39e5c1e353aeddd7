import { CONSENT_ACTIONS } from '@smula/core';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ZodError } from 'zod';
import { EmptyState } from '~/components/empty-state';
import { Card } from '~/components/ui/card';
import { serverApi } from '~/trpc/server';
import { ConsentAdminTools } from './consent-admin-tools';
import { ConsentStatsPanel } from './consent-stats-panel';
import { ACTION_LABELS } from './labels';

export const metadata = { title: 'Consent log' };
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

type TSearch = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

const inputClass = 'rounded-md border border-slate-300 bg-white px-3 py-2 text-sm';
const labelClass = 'flex flex-col gap-1 text-sm font-medium text-slate-800';

/** A refusal as words: zod's own messages for bad filters, the service's for the rest. */
function messageOf(err: unknown): string {
  const cause = (err as { cause?: unknown })?.cause;
  if (cause instanceof ZodError) return cause.issues.map((i) => i.message).join(' ');
  return err instanceof Error ? err.message : 'The consent log could not be read.';
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
  searchParams: Promise<TSearch>;
}) {
  const { siteId } = await params;
  const search = await searchParams;
  const filters = {
    consentId: one(search.consentId),
    from: one(search.from),
    to: one(search.to),
    action: one(search.action),
    version: one(search.version),
  };
  const cursor = one(search.cursor);
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
      action: filters.action as (typeof CONSENT_ACTIONS)[number] | undefined,
      version: filters.version ? Number(filters.version) : undefined,
      cursor,
    });
  } catch (err) {
    problem = messageOf(err);
  }
  const filtered = Object.values(filters).some(Boolean);
  // "Nothing yet" only when the unfiltered first page is empty: the site has no records at all.
  const noRecordsAtAll = !filtered && !cursor && result?.records.length === 0;

  const base = `/sites/${siteId}/consents`;
  const query = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const exportHref = (format: 'csv' | 'json') => {
    const q = new URLSearchParams({ format });
    if (filters.from) q.set('from', filters.from);
    if (filters.to) q.set('to', filters.to);
    return `/api/sites/${siteId}/consents/export?${q}`;
  };
  const canAdmin = site.role === 'admin' || site.role === 'owner';

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h2 className="text-xl font-semibold">Consent log</h2>
        <p className="text-sm text-slate-600">
          Every decision visitors made on the banner, as proof of consent: when, what they chose,
          and the exact published version they saw. Times are UTC; addresses are truncated.
        </p>
      </div>

      {noRecordsAtAll ? (
        <EmptyState title="No consent records yet — they appear when visitors decide on the banner">
          {site.liveVersion
            ? 'The banner is published; each accept, reject or custom choice is recorded here.'
            : 'Publish the site and add its banner script to your pages first.'}
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="consent-search-title" className="flex flex-col gap-4">
            <h3 id="consent-search-title" className="text-lg font-medium">
              Search
            </h3>
            <form
              method="get"
              action={base}
              aria-label="Search the consent log"
              className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
            >
              <label className={`${labelClass} sm:col-span-2`}>
                Consent id
                <input
                  type="search"
                  name="consentId"
                  defaultValue={filters.consentId}
                  placeholder="32 characters, from the policy page"
                  autoComplete="off"
                  spellCheck={false}
                  className={`${inputClass} font-mono`}
                />
              </label>
              <label className={labelClass}>
                From
                <input type="date" name="from" defaultValue={filters.from} className={inputClass} />
              </label>
              <label className={labelClass}>
                To (inclusive)
                <input type="date" name="to" defaultValue={filters.to} className={inputClass} />
              </label>
              <label className={labelClass}>
                Action
                <select name="action" defaultValue={filters.action ?? ''} className={inputClass}>
                  <option value="">Any action</option>
                  {CONSENT_ACTIONS.map((a) => (
                    <option key={a} value={a}>
                      {ACTION_LABELS[a]}
                    </option>
                  ))}
                </select>
              </label>
              <label className={labelClass}>
                Version
                <select name="version" defaultValue={filters.version ?? ''} className={inputClass}>
                  <option value="">Any version</option>
                  {versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      {v.version}
                    </option>
                  ))}
                </select>
              </label>
              <div className="flex gap-2 lg:col-span-6">
                <button
                  type="submit"
                  className="inline-flex items-center justify-center rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-strong"
                >
                  Search
                </button>
                {filtered && (
                  <Link
                    href={base}
                    className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100"
                  >
                    Clear
                  </Link>
                )}
              </div>
            </form>

            {problem ? (
              <Card role="alert" className="border-red-300 bg-red-50">
                <p className="text-red-800">{problem}</p>
                <Link href={base} className="mt-2 inline-block text-sm text-brand underline">
                  Show the newest records
                </Link>
              </Card>
            ) : result && result.records.length === 0 ? (
              <EmptyState
                title={
                  filters.consentId
                    ? 'No records with this consent id.'
                    : 'No records match these filters.'
                }
              >
                {filters.consentId
                  ? 'Check the id on the visitor’s policy page, or widen the dates and filters.'
                  : 'Try a wider date range, another action or any version.'}
              </EmptyState>
            ) : result ? (
              <ConsentTable
                records={result.records}
                siteId={siteId}
                history={filters.consentId}
                searchHref={(id) => `${base}?consentId=${id}`}
                caption={
                  filters.consentId
                    ? `History of consent id ${filters.consentId.replace(/[\s-]/g, '').toLowerCase()}, newest first`
                    : 'Consent records, newest first'
                }
              />
            ) : null}

            {(cursor || result?.nextCursor) && (
              <nav aria-label="Consent log pages" className="flex justify-between gap-3 text-sm">
                {cursor ? (
                  <Link href={query({})} className="text-brand underline">
                    ← Newest records
                  </Link>
                ) : (
                  <span />
                )}
                {result?.nextCursor && (
                  <Link
                    href={query({ cursor: result.nextCursor })}
                    className="text-brand underline"
                  >
                    Older records →
                  </Link>
                )}
              </nav>
            )}
          </section>

          <section aria-labelledby="consent-export-title" className="flex flex-col gap-2">
            <h3 id="consent-export-title" className="text-lg font-medium">
              Export
            </h3>
            <p className="text-sm text-slate-600">
              {filters.from || filters.to
                ? `Every record from ${filters.from ?? 'the first'} to ${filters.to ?? 'today'} (the dates above; other filters do not apply).`
                : 'Every record the site has; set From and To above and search to export a date range.'}{' '}
              Exports contain truncated addresses and browser details: handle them as personal data.
              Each export is noted in the audit log.
            </p>
            <div className="flex flex-wrap gap-2">
              <a
                href={exportHref('csv')}
                download
                className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100"
              >
                Download CSV
              </a>
              <a
                href={exportHref('json')}
                download
                className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100"
              >
                Download JSON
              </a>
            </div>
          </section>

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

type TRecord = Awaited<
  ReturnType<Awaited<ReturnType<typeof serverApi>>['consent']['search']>
>['records'][number];

function ConsentTable({
  records,
  siteId,
  history,
  searchHref,
  caption,
}: {
  records: TRecord[];
  siteId: string;
  history: string | undefined;
  searchHref: (consentId: string) => string;
  caption: string;
}) {
  const th = 'px-3 py-2 font-medium';
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[56rem] text-left text-sm" data-testid="consent-records">
        <caption className="px-3 pt-3 text-left font-medium text-slate-800">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={th}>
              Time (UTC)
            </th>
            {!history && (
              <th scope="col" className={th}>
                Consent id
              </th>
            )}
            <th scope="col" className={th}>
              Action
            </th>
            <th scope="col" className={th}>
              Choices
            </th>
            <th scope="col" className={th}>
              Version
            </th>
            <th scope="col" className={th}>
              Locale
            </th>
            <th scope="col" className={th}>
              Page
            </th>
            <th scope="col" className={th}>
              IP (truncated)
            </th>
            <th scope="col" className={th}>
              GPC
            </th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => {
            const entries = Object.entries(r.choices);
            const granted = entries.filter(([, v]) => v).map(([k]) => k);
            const refused = entries.filter(([, v]) => !v).map(([k]) => k);
            return (
              <tr key={r.id} className="border-b border-slate-100 align-top last:border-0">
                <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                  <time dateTime={r.createdAt.toISOString()}>{when.format(r.createdAt)}</time>
                </td>
                {!history && (
                  <td className="px-3 py-2">
                    <Link
                      href={searchHref(r.consentId)}
                      className="font-mono text-xs text-brand underline"
                      aria-label={`History of consent id ${r.consentId}`}
                      title={r.consentId}
                    >
                      {r.consentId.slice(0, 8)}…
                    </Link>
                  </td>
                )}
                <td className="whitespace-nowrap px-3 py-2 font-medium">
                  {ACTION_LABELS[r.action as keyof typeof ACTION_LABELS] ?? r.action}
                </td>
                <td className="px-3 py-2">
                  <span className="block">
                    <span className="text-slate-600">Granted: </span>
                    {granted.join(', ') || 'none'}
                  </span>
                  {refused.length > 0 && (
                    <span className="block">
                      <span className="text-slate-600">Refused: </span>
                      {refused.join(', ')}
                    </span>
                  )}
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  {/* The exact, immutable version this decision was made under. */}
                  <Link
                    href={`/sites/${siteId}/publish#version-${r.configVersion}`}
                    className="text-brand underline"
                    title={`Config hash ${r.configHash}`}
                  >
                    Version {r.configVersion}
                  </Link>
                  <code className="block text-xs text-slate-500">{r.configHash.slice(0, 12)}</code>
                </td>
                <td className="px-3 py-2">{r.locale}</td>
                <td className="min-w-[8rem] max-w-[16rem] break-words px-3 py-2 font-mono text-xs">
                  {r.pagePath}
                </td>
                <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">
                  {r.ipTruncated ?? '—'}
                </td>
                <td className="px-3 py-2">{r.gpc ? 'Yes' : 'No'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
