import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card } from '~/components/ui/card';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditLabel } from '~/server/services/audit/constants';
import { serverApi } from '~/trpc/server';

export const metadata = { title: 'Audit log' };

const PAGE_SIZE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type TSearch = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' && v ? v : undefined);

/** `yyyy-mm-dd` from the date inputs, as the start of that day (UTC); `to` includes its day. */
function dayStart(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value || !DAY.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d;
}

const when = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

function json(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

/**
 * The site's audit log (checklist P-02): who changed what and when, with before and after,
 * filterable by entity, action and dates. Server-rendered with a plain GET form, so filters
 * and pages are links that work without JavaScript and can be shared.
 */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ siteId: string }>;
  searchParams: Promise<TSearch>;
}) {
  const { siteId } = await params;
  const search = await searchParams;
  const filters = {
    entity: one(search.entity),
    action: one(search.action),
    from: one(search.from),
    to: one(search.to),
  };
  const cursor = one(search.cursor);
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
    problem = err instanceof Error ? err.message : 'The audit log could not be read.';
  }

  const base = `/sites/${siteId}/audit`;
  const query = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="text-xl font-semibold">Audit log</h2>
        <p className="text-sm text-slate-600">
          Every change to this site’s declaration, settings and published versions: who, when, and
          the values before and after. Times are UTC.
        </p>
      </div>

      <form
        method="get"
        action={base}
        aria-label="Filter the audit log"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end"
      >
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          What
          <select
            name="entity"
            defaultValue={filters.entity ?? ''}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">Everything</option>
            {Object.entries(AUDIT_ENTITIES).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          Action
          <select
            name="action"
            defaultValue={filters.action ?? ''}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">Any action</option>
            {Object.entries(AUDIT_ACTIONS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          From
          <input
            type="date"
            name="from"
            defaultValue={filters.from}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-slate-800">
          To (inclusive)
          <input
            type="date"
            name="to"
            defaultValue={filters.to}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
        </label>
        <div className="flex gap-2">
          <button
            type="submit"
            className="inline-flex items-center justify-center rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-strong"
          >
            Filter
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
            Show the newest events
          </Link>
        </Card>
      ) : !result || result.events.length === 0 ? (
        <Card className="text-center">
          <p className="font-medium text-slate-900">
            {filtered || cursor ? 'No events match these filters.' : 'Nothing recorded yet.'}
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {filtered || cursor
              ? 'Try a wider date range or another kind of change.'
              : 'Changes to the declaration, settings and publishing appear here as they happen.'}
          </p>
        </Card>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">
              Audit events, newest first{cursor ? ' (older page)' : ''}
            </caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  When (UTC)
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Who
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  What
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Changed fields
                </th>
              </tr>
            </thead>
            <tbody>
              {result.events.map((e) => (
                <tr key={e.id} className="border-b border-slate-100 align-top last:border-0">
                  <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                    <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>
                  </td>
                  <td className="px-3 py-2">
                    {e.actorEmail ?? <span className="text-slate-600">Operator (CLI)</span>}
                  </td>
                  <td className="px-3 py-2">
                    <span className="font-medium">{auditLabel(AUDIT_ACTIONS, e.action)}</span>{' '}
                    {auditLabel(AUDIT_ENTITIES, e.entity).toLowerCase()}
                    {describe(e.after, e.before) && (
                      <span className="block text-slate-600">{describe(e.after, e.before)}</span>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {e.changes.length === 0 ? (
                      <span className="text-slate-600">—</span>
                    ) : (
                      <span className="break-words text-slate-800">
                        {e.changes.slice(0, 8).join(', ')}
                        {e.changes.length > 8 ? ` and ${e.changes.length - 8} more` : ''}
                      </span>
                    )}
                    {(e.before !== null || e.after !== null) && (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-brand underline">
                          Before and after
                        </summary>
                        <div className="mt-2 grid gap-2 md:grid-cols-2">
                          <div>
                            <p className="text-xs font-medium text-slate-600">Before</p>
                            <pre className="max-h-80 overflow-auto rounded bg-slate-100 p-2 text-xs">
                              {json(e.before)}
                            </pre>
                          </div>
                          <div>
                            <p className="text-xs font-medium text-slate-600">After</p>
                            <pre className="max-h-80 overflow-auto rounded bg-slate-100 p-2 text-xs">
                              {json(e.after)}
                            </pre>
                          </div>
                        </div>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {(cursor || result?.nextCursor) && (
        <nav aria-label="Audit log pages" className="flex justify-between gap-3 text-sm">
          {cursor ? (
            <Link href={query({})} className="text-brand underline">
              ← Newest events
            </Link>
          ) : (
            <span />
          )}
          {result?.nextCursor && (
            <Link href={query({ cursor: result.nextCursor })} className="text-brand underline">
              Older events →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

/** A name to recognise the row by: the item's, vendor's or category's, a version number. */
function describe(after: unknown, before: unknown): string | undefined {
  const row = (after ?? before) as Record<string, unknown> | null;
  if (!row || typeof row !== 'object') return undefined;
  for (const key of ['name', 'key', 'email', 'slug'] as const) {
    const v = row[key];
    if (typeof v === 'string' && v) return v;
  }
  if (typeof row.version === 'number') return `version ${row.version}`;
  return undefined;
}
