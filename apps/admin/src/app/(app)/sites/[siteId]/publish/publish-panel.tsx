'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { useTRPC } from '~/trpc/react';

const TAB: Record<string, string> = {
  item: 'declaration',
  category: 'declaration',
  vendor: 'vendors',
  texts: 'texts',
  appearance: 'appearance',
  site: 'settings',
};

export function PublishPanel({ siteId, siteKey }: { siteId: string; siteKey: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useQuery(trpc.publish.preview.queryOptions({ siteId }));
  const versions = useQuery(trpc.publish.versions.queryOptions({ siteId }));
  const [note, setNote] = useState('');
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);
  const compared = useQuery({
    ...trpc.publish.compare.queryOptions({
      siteId,
      from: compare?.from ?? 1,
      to: compare?.to ?? 1,
    }),
    enabled: compare !== null,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.publish.preview.queryKey({ siteId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.publish.versions.queryKey({ siteId }) }),
    ]);
  const publish = useMutation(
    trpc.publish.publish.mutationOptions({
      async onSuccess(v) {
        toast.success(`Published version ${v.version}`);
        setNote('');
        await refresh();
      },
      onError: (err) => toast.error(err.message),
    }),
  );
  const rollback = useMutation(
    trpc.publish.rollback.mutationOptions({
      async onSuccess(v) {
        toast.success(`Version ${v.version} republishes version ${v.rollbackOf ?? ''}`.trim());
        await refresh();
      },
      onError: (err) => toast.error(err.message),
    }),
  );

  if (preview.isPending) return <p className="text-slate-600">Checking the draft…</p>;
  if (preview.error)
    return (
      <p role="alert" className="text-red-700">
        {preview.error.message}
      </p>
    );
  const p = preview.data;
  const errors = p.findings.filter((f) => f.severity === 'error');
  const warnings = p.findings.filter((f) => f.severity === 'warning');

  return (
    <div className="flex flex-col gap-6">
      <h2 className="text-xl font-semibold">Publish</h2>
      <Card className="flex flex-col gap-3">
        <h3 className="text-lg font-medium">Compliance check</h3>
        {errors.length === 0 && warnings.length === 0 && (
          <p className="text-green-800">No problems found.</p>
        )}
        {errors.length > 0 && (
          <div>
            <p className="font-medium text-red-800">
              {errors.length} problem{errors.length > 1 ? 's' : ''} must be fixed before publishing:
            </p>
            <ul
              className="mt-2 flex list-disc flex-col gap-1 pl-6 text-sm"
              data-testid="lint-errors"
            >
              {errors.map((f) => (
                <li key={`${f.code}-${f.ref.entity}-${f.ref.id ?? ''}-${f.ref.field ?? ''}`}>
                  <Link
                    className="text-red-800 underline"
                    href={`/sites/${siteId}/${TAB[f.ref.entity] ?? 'declaration'}${f.ref.id ? `?${f.ref.entity}=${encodeURIComponent(f.ref.id)}${f.ref.label ? `&q=${encodeURIComponent(f.ref.label)}` : ''}` : ''}`}
                  >
                    {f.message}
                  </Link>{' '}
                  <span className="text-xs text-slate-500">({f.checklist})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {warnings.length > 0 && (
          <details>
            <summary className="cursor-pointer text-sm text-amber-800">
              {warnings.length} warning{warnings.length > 1 ? 's' : ''} (publishing is allowed)
            </summary>
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-6 text-sm">
              {warnings.map((f) => (
                <li key={`${f.code}-${f.ref.id ?? ''}-${f.ref.field ?? ''}`}>{f.message}</li>
              ))}
            </ul>
          </details>
        )}
      </Card>

      <Card className="flex flex-col gap-3">
        <h3 className="text-lg font-medium">Changes since the live version</h3>
        {!p.live && (
          <p className="text-slate-700">Nothing is published yet: this will be version 1.</p>
        )}
        {p.live && p.unchanged && (
          <p className="text-slate-700">The draft is the same as live version {p.live.version}.</p>
        )}
        {p.summary && p.summary.lines.length > 0 && (
          <ul className="flex list-disc flex-col gap-1 pl-6 text-sm" data-testid="diff-lines">
            {p.summary.lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their order
              <li key={i} className={l.material ? 'font-medium text-amber-900' : ''}>
                {l.text}
                {l.material && (
                  <span className="ml-2 rounded bg-amber-100 px-1 text-xs">material</span>
                )}
              </li>
            ))}
          </ul>
        )}
        {p.summary?.reconsent && (
          <p role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
            {p.summary.reconsent}
          </p>
        )}
        {p.canPublish ? (
          <form
            className="flex flex-col gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              publish.mutate({ siteId, note });
            }}
          >
            <label htmlFor="publish-note" className="text-sm font-medium">
              Note for this version
            </label>
            <textarea
              id="publish-note"
              className="min-h-20 rounded-md border border-slate-300 p-2 text-sm"
              value={note}
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
              placeholder="What changed and why"
            />
            <Button type="submit" disabled={publish.isPending || p.blocked || p.unchanged}>
              {publish.isPending ? 'Publishing…' : 'Publish'}
            </Button>
          </form>
        ) : (
          <p className="text-sm text-slate-600">Viewers cannot publish.</p>
        )}
      </Card>

      <Card className="overflow-x-auto p-0">
        <h3 className="px-6 pt-4 text-lg font-medium">History</h3>
        {versions.data?.length === 0 && (
          <p className="px-6 pb-4 text-slate-700">No versions yet.</p>
        )}
        {versions.data && versions.data.length > 0 && (
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">Published versions</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Version
                </th>
                <th scope="col" className="px-4 py-2">
                  Published
                </th>
                <th scope="col" className="px-4 py-2">
                  Note
                </th>
                <th scope="col" className="px-4 py-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((v, i) => (
                <tr
                  key={v.version}
                  id={`version-${v.version}`}
                  className="scroll-mt-4 border-t border-slate-200 align-top target:bg-amber-50"
                >
                  <td className="px-4 py-2">
                    <a
                      className="text-brand underline"
                      href={`/api/v1/sites/${siteKey}/config?version=${v.version}`}
                    >
                      {v.version}
                    </a>
                    {i === 0 && (
                      <span className="ml-2 rounded bg-green-100 px-1 text-xs">live</span>
                    )}
                    <code className="block text-xs text-slate-500">{v.hash.slice(0, 12)}</code>
                  </td>
                  <td className="px-4 py-2">
                    {new Date(v.createdAt).toLocaleString()}
                    <span className="block text-xs text-slate-600">{v.author ?? 'unknown'}</span>
                  </td>
                  <td className="px-4 py-2">{v.note}</td>
                  <td className="flex flex-wrap gap-2 px-4 py-2">
                    {versions.data[i + 1] && (
                      <Button
                        variant="ghost"
                        onClick={() =>
                          setCompare({ from: versions.data[i + 1]!.version, to: v.version })
                        }
                      >
                        Compare with {versions.data[i + 1]!.version}
                      </Button>
                    )}
                    {i > 0 && p.canPublish && (
                      <Button
                        variant="secondary"
                        disabled={rollback.isPending}
                        onClick={() => rollback.mutate({ siteId, version: v.version, note: '' })}
                      >
                        Roll back to this
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {versions.data && versions.data.length > 1 && (
          <form
            aria-label="Compare two versions"
            className="flex flex-wrap items-end gap-2 border-t border-slate-200 px-4 py-3 text-sm"
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              setCompare({ from: Number(data.get('from')), to: Number(data.get('to')) });
            }}
          >
            {(['from', 'to'] as const).map((k, idx) => (
              <label key={k} className="flex flex-col gap-1">
                {k === 'from' ? 'Compare version' : 'with version'}
                <select
                  name={k}
                  defaultValue={versions.data[idx === 0 ? 1 : 0]!.version}
                  className="rounded border border-slate-300 bg-white px-2 py-1"
                >
                  {versions.data.map((v) => (
                    <option key={v.version} value={v.version}>
                      {v.version}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <Button type="submit" variant="secondary">
              Compare
            </Button>
          </form>
        )}
        {compare && (
          <div className="border-t border-slate-200 p-4 text-sm" aria-live="polite">
            <h4 className="font-medium">
              Version {compare.from} → {compare.to}
            </h4>
            {compared.data && (
              <>
                {compared.data.lines.length === 0 && <p>No differences.</p>}
                <ul className="mt-1 list-disc pl-6">
                  {compared.data.lines.map((l, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their order
                    <li key={i}>{l.text}</li>
                  ))}
                </ul>
                {compared.data.reconsent && (
                  <p className="mt-1 text-amber-900">{compared.data.reconsent}</p>
                )}
              </>
            )}
          </div>
        )}
      </Card>
    </div>
  );
}
