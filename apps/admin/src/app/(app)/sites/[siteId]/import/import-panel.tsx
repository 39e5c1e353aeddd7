'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TRPCClientErrorLike } from '@trpc/client';
import Link from 'next/link';
import { useId, useState } from 'react';
import { toast } from 'sonner';
import { conflictCurrent, serverFieldErrors } from '~/components/server-errors';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { SelectField } from '~/components/ui/select-field';
import { TextareaField } from '~/components/ui/textarea-field';
import type { AppRouter } from '~/server/api/root';
import { useTRPC } from '~/trpc/react';
import { type TOutputs, useInvalidateDeclaration, useSite } from '../use-site';

type TFormat = 'cookiebot' | 'table' | 'csv';
type TPreview = TOutputs['declaration']['previewImport'];
const FORMATS: [TFormat, string, string][] = [
  ['cookiebot', 'Cookiebot declaration', 'Text copied from a Cookiebot cookie declaration page.'],
  ['table', 'Cookie table', 'A table pasted from a policy page or a spreadsheet.'],
  ['csv', 'Smula CSV', 'A file exported from Smula.'],
];

export function ImportPanel({ siteId }: { siteId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { site, canEdit } = useSite(siteId);
  const invalidate = useInvalidateDeclaration();
  const fileId = useId();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<TFormat>('cookiebot');
  const [locale, setLocale] = useState('');
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [exporting, setExporting] = useState(false);
  const input = { siteId, format, text, ...(locale ? { locale } : {}) };

  const previewMutation = useMutation(
    trpc.declaration.previewImport.mutationOptions({
      onSuccess: setPreview,
      onError(err) {
        if (!serverFieldErrors(err).text) toast.error(err.message);
      },
    }),
  );
  const apply = useMutation(
    trpc.declaration.applyImport.mutationOptions({
      onSuccess(result) {
        const c = result.counts;
        toast.success(
          `Imported: ${c.items.create} items added, ${c.items.update} updated, ${c.vendors.create} vendors added`,
        );
        setPreview(null);
        setText('');
        invalidate();
      },
      onError(err: TRPCClientErrorLike<AppRouter>) {
        const next = conflictCurrent<TPreview>(err);
        toast.error(err.message, { duration: 10_000 });
        if (next) setPreview(next);
      },
    }),
  );
  const errors = serverFieldErrors(previewMutation.error);

  const download = async () => {
    setExporting(true);
    try {
      const { csv, filename } = await queryClient.fetchQuery({
        ...trpc.declaration.exportCsv.queryOptions({ siteId }),
        staleTime: 0,
      });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (err) {
      toast.error(err instanceof Error ? err.message : 'Export failed');
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <Card className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">Export</h2>
          <p className="text-sm text-slate-600">
            Every item as Smula CSV, one purpose column per language. Import it back here or into
            another site.
          </p>
        </div>
        <Button variant="secondary" onClick={download} disabled={exporting}>
          {exporting ? 'Exporting…' : 'Export CSV'}
        </Button>
      </Card>

      {canEdit ? (
        <Card className="flex flex-col gap-4">
          <div>
            <h2 className="text-lg font-semibold">Import</h2>
            <p className="text-sm text-slate-600">
              Paste or upload a declaration, check the preview, then apply it. Nothing changes until
              you apply; an import adds and updates but never deletes what you wrote.
            </p>
          </div>
          <form
            aria-label="Import"
            className="flex flex-col gap-4"
            onSubmit={(e) => {
              e.preventDefault();
              setPreview(null);
              previewMutation.mutate(input);
            }}
          >
            <fieldset className="flex flex-col gap-2">
              <legend className="text-sm font-medium text-slate-800">Format</legend>
              <div className="grid gap-2 sm:grid-cols-3">
                {FORMATS.map(([value, label, hint]) => (
                  <label
                    key={value}
                    className="flex cursor-pointer gap-2 rounded-md border border-slate-300 p-3 text-sm has-[:checked]:border-brand has-[:checked]:bg-blue-50"
                  >
                    <input
                      type="radio"
                      name="format"
                      value={value}
                      checked={format === value}
                      onChange={() => {
                        setFormat(value);
                        setPreview(null);
                      }}
                      className="mt-0.5 accent-brand"
                    />
                    <span>
                      <span className="font-medium">{label}</span>
                      <span className="block text-xs text-slate-600">{hint}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="flex flex-col gap-1">
              <label htmlFor={fileId} className="text-sm font-medium text-slate-800">
                Upload a file
              </label>
              <input
                id={fileId}
                type="file"
                accept=".txt,.csv,.tsv,.html,text/plain,text/csv"
                className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  if (!file) return;
                  setText(await file.text());
                  setPreview(null);
                  if (/\.csv$/i.test(file.name)) setFormat('csv');
                }}
              />
            </div>
            <TextareaField
              label="Or paste the text"
              rows={10}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setPreview(null);
              }}
              error={errors.text}
              spellCheck={false}
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
              required
            />
            {format !== 'csv' && (
              <SelectField
                label="Language of the texts"
                value={locale}
                onChange={(e) => setLocale(e.target.value)}
                error={errors.locale}
                className="sm:max-w-xs"
              >
                <option value="">
                  Automatic ({format === 'cookiebot' ? 'English' : 'Swedish'})
                </option>
                {(site?.settings.locales ?? []).map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </SelectField>
            )}
            <div>
              <Button type="submit" disabled={!text.trim() || previewMutation.isPending}>
                {previewMutation.isPending ? 'Reading…' : 'Preview'}
              </Button>
            </div>
          </form>
        </Card>
      ) : (
        <p className="text-sm text-slate-700">
          Viewers can export; importing needs the editor role.
        </p>
      )}

      {preview && (
        <ImportPreview
          preview={preview}
          applying={apply.isPending}
          onApply={() => apply.mutate({ ...input, planHash: preview.planHash })}
          onCancel={() => setPreview(null)}
          siteId={siteId}
        />
      )}
      {apply.isSuccess && !preview && (
        <p role="status" className="text-sm">
          Import applied.{' '}
          <Link className="text-brand underline" href={`/sites/${siteId}/declaration`}>
            See the declaration
          </Link>
        </p>
      )}
    </div>
  );
}

function ImportPreview({
  preview,
  applying,
  onApply,
  onCancel,
  siteId,
}: {
  preview: TPreview;
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
  siteId: string;
}) {
  const c = preview.counts;
  const byCategory = new Map<string, number>();
  for (const i of preview.items) byCategory.set(i.category, (byCategory.get(i.category) ?? 0) + 1);
  const nothing = preview.categories.length + preview.vendors.length + preview.items.length === 0;
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
      <Card className="flex flex-col gap-4">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview
        </h2>
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">What the import will do</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">Kind</span>
                </th>
                <th scope="col" className="px-3 py-2">
                  New
                </th>
                <th scope="col" className="px-3 py-2">
                  Updated
                </th>
                <th scope="col" className="px-3 py-2">
                  Unchanged
                </th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  ['Categories', c.categories],
                  ['Vendors', c.vendors],
                  ['Items', c.items],
                ] as const
              ).map(([label, t]) => (
                <tr key={label} className="border-t border-slate-200" data-kind={label}>
                  <th scope="row" className="px-3 py-2 font-medium">
                    {label}
                  </th>
                  <td className="px-3 py-2" data-count="create">
                    {t.create}
                  </td>
                  <td className="px-3 py-2" data-count="update">
                    {t.update}
                  </td>
                  <td className="px-3 py-2">{t.unchanged}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {byCategory.size > 0 && (
          <p className="text-sm text-slate-700">
            {preview.items.length} items in {byCategory.size} categories:{' '}
            {[...byCategory].map(([k, n]) => `${k} ${n}`).join(', ')}
          </p>
        )}
        {preview.warnings.length > 0 && (
          <div>
            <h3 className="flex items-center gap-2 font-medium">
              Warnings <Badge tone="warning">{preview.warnings.length}</Badge>
            </h3>
            <ul className="mt-1 list-disc pl-5 text-sm text-amber-950">
              {preview.warnings.slice(0, 50).map((w, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id
                <li key={i}>
                  {w.text && <code className="mr-1">{w.text.slice(0, 80)}</code>}
                  {w.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {preview.items.length > 0 && (
          <details>
            <summary className="cursor-pointer text-sm font-medium">
              Items ({preview.items.length})
            </summary>
            <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
              {preview.items.map((i) => (
                <li key={`${i.name}|${i.host}|${i.type}`} className="flex flex-wrap gap-1">
                  <Badge tone={i.action === 'create' ? 'success' : 'info'}>
                    {i.action === 'create' ? 'new' : 'update'}
                  </Badge>
                  <span className="break-all">{i.name}</span>
                  <span className="text-slate-600">
                    {i.host ?? ''} · {i.category}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="flex flex-wrap gap-2">
          <Button onClick={onApply} disabled={applying || nothing}>
            {applying ? 'Applying…' : nothing ? 'Nothing to apply' : 'Apply import'}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Link
            href={`/sites/${siteId}/declaration`}
            className="self-center text-sm text-brand underline"
          >
            Back to the declaration
          </Link>
        </div>
      </Card>
    </section>
  );
}
