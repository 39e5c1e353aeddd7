'use client';

import { formatDuration } from '@smula/core';
import { ZLocaleSchema } from '@smula/core/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { showErrorsIn } from '~/components/form/apply-server-errors';
import { conflictCurrent } from '~/components/form/field-errors';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { ErrorText } from '~/components/ui/error-text';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { TableFrame, Td, THead, Th, Tr } from '~/components/ui/table';
import { TextareaField } from '~/components/ui/textarea-field';
import { IMPORT_FORMATS, type TImportFormat, ZImportText } from '~/lib/schemas/import';
import { useTRPC } from '~/trpc/react';
import { type TOutputs, useInvalidateDeclaration, useSite } from '../use-site';

type TPreview = TOutputs['declaration']['previewImport'];
// The formats' names and hints are `import.formats.<format>.label|hint`; the names of what core's
// `importDeclarationText` recognises are `import.recognisedFormats.<format>`.

interface TImportForm {
  format: TImportFormat;
  text: string;
  locale: string;
}

// The import service's own rules for the three fields; what the text holds is for the preview.
const resolver = zodFormResolver<TImportForm>(
  z.object({
    format: z.enum(IMPORT_FORMATS),
    text: ZImportText.refine((t) => t.trim() !== '', 'Paste or upload a declaration first'),
    locale: ZLocaleSchema.optional(),
  }),
  { toCandidate: (v) => ({ ...v, locale: v.locale || undefined }) },
);

export function ImportPanel({ siteId }: { siteId: string }) {
  const t = useTranslations('import');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { site, canEdit } = useSite(siteId);
  const invalidate = useInvalidateDeclaration();
  const fileId = useId();
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [exporting, setExporting] = useState(false);
  const [address, setAddress] = useState('');
  const [fetchedFrom, setFetchedFrom] = useState<string | null>(null);
  const form = useForm<TImportForm>({
    defaultValues: { format: 'auto', text: '', locale: '' },
    resolver,
  });
  const field = useFieldProps(form);
  const [format, text] = useWatch({ control: form.control, name: ['format', 'text'] });
  const toInput = ({ format, text, locale }: TImportForm) => ({
    siteId,
    format,
    text,
    ...(locale ? { locale } : {}),
  });
  // Any change to what is imported makes the preview stale.
  const clearPreview = () => setPreview(null);

  const previewMutation = useMutation(
    trpc.declaration.previewImport.mutationOptions({
      onSuccess: setPreview,
      onError: showErrorsIn(form),
    }),
  );
  // The page is fetched server-side (SSRF rules there); its text lands in the paste box, so the
  // person sees what is imported and the preview and apply work as for pasted text.
  const fetchUrl = useMutation(
    trpc.declaration.fetchImportUrl.mutationOptions({
      onSuccess(fetched) {
        setFetchedFrom(fetched.url);
        form.setValue('format', 'auto');
        form.setValue('text', fetched.text, { shouldDirty: true });
        form.clearErrors();
        setPreview(null);
        previewMutation.mutate(toInput(form.getValues()));
      },
    }),
  );
  const apply = useMutation(
    trpc.declaration.applyImport.mutationOptions({
      onSuccess(result) {
        const c = result.counts;
        toast.success(
          t('imported', {
            added: c.items.create,
            updated: c.items.update,
            vendors: c.vendors.create,
          }),
        );
        setPreview(null);
        form.setValue('text', '');
        invalidate();
      },
      onError(err) {
        // The declaration changed since the preview: show the plan as it is now.
        const next = conflictCurrent<TPreview>(err);
        toast.error(err.message, { duration: 10_000 });
        if (next) setPreview(next);
      },
    }),
  );

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
      toast.error(err instanceof Error ? err.message : t('exportFailed'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <Card className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="text-lg font-semibold">{t('export')}</h2>
          <p className="text-sm text-slate-600">{t('exportHint')}</p>
        </div>
        <Button variant="secondary" onClick={download} disabled={exporting}>
          {exporting ? t('exporting') : t('exportCsv')}
        </Button>
      </Card>

      {canEdit ? (
        <Card className="flex flex-col gap-4">
          <div>
            <h2 className="text-lg font-semibold">{t('import')}</h2>
            <p className="text-sm text-slate-600">{t('importHint')}</p>
          </div>
          <form
            noValidate
            aria-label={t('import')}
            className="flex flex-col gap-4"
            onSubmit={form.handleSubmit((values) => {
              setPreview(null);
              previewMutation.mutate(toInput(values));
            })}
          >
            <fieldset className="flex flex-col gap-2">
              <legend className="text-sm font-medium text-slate-800">{t('format')}</legend>
              <div className="grid gap-2 sm:grid-cols-4">
                {IMPORT_FORMATS.map((value) => (
                  <label
                    key={value}
                    className="flex cursor-pointer gap-2 rounded-md border border-slate-300 p-3 text-sm has-[:checked]:border-brand has-[:checked]:bg-blue-50"
                  >
                    <input
                      type="radio"
                      value={value}
                      {...form.register('format', { onChange: clearPreview })}
                      className="mt-0.5 accent-brand"
                    />
                    <span>
                      <span className="font-medium">{t(`formats.${value}.label`)}</span>
                      <span className="block text-xs text-slate-600">
                        {t(`formats.${value}.hint`)}
                      </span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
              <Field
                label={t('fetchFrom')}
                hint={t('fetchHint')}
                type="url"
                name="url"
                inputMode="url"
                placeholder="https://example.com/cookies"
                value={address}
                onChange={(e) => setAddress(e.target.value)}
                error={fetchUrl.error?.message}
                className="grow"
              />
              <Button
                type="button"
                variant="secondary"
                disabled={!address.trim() || fetchUrl.isPending}
                onClick={() => {
                  setFetchedFrom(null);
                  fetchUrl.mutate({
                    siteId,
                    url: address.trim(),
                    ...(form.getValues('locale') ? { locale: form.getValues('locale') } : {}),
                  });
                }}
              >
                {fetchUrl.isPending ? t('fetching') : t('fetch')}
              </Button>
            </div>
            {fetchedFrom && (
              <p role="status" className="text-sm text-slate-700">
                {t.rich('fetched', {
                  code: () => <code className="break-all">{fetchedFrom}</code>,
                })}
              </p>
            )}
            <div className="flex flex-col gap-1">
              <label htmlFor={fileId} className="text-sm font-medium text-slate-800">
                {t('upload')}
              </label>
              <input
                id={fileId}
                type="file"
                accept=".txt,.csv,.tsv,.html,text/plain,text/csv"
                className="text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
                onChange={async (e) => {
                  const file = e.target.files?.[0];
                  if (!file) return;
                  form.setValue('text', await file.text(), { shouldDirty: true });
                  clearPreview();
                  if (/\.csv$/i.test(file.name)) form.setValue('format', 'csv');
                }}
              />
            </div>
            <TextareaField
              label={t('paste')}
              rows={10}
              {...field('text', { onChange: clearPreview })}
              spellCheck={false}
              onPaste={(e) => {
                // A page's tables survive a copy only as HTML: keep it when the clipboard has it
                // and the importer may recognise the format.
                const html = e.clipboardData.getData('text/html');
                if (form.getValues('format') !== 'auto' || !/<table\b/i.test(html)) return;
                e.preventDefault();
                form.setValue('text', html, { shouldDirty: true });
                clearPreview();
              }}
              style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
              required
            />
            {format !== 'csv' && (
              <SelectField label={t('language')} {...field('locale')} className="sm:max-w-xs">
                <option value="">
                  {t('automatic', { language: format === 'table' ? t('swedish') : t('english') })}
                </option>
                {(site?.settings.locales ?? []).map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </SelectField>
            )}
            <ErrorText>{form.formState.errors.root?.server?.message}</ErrorText>
            <div>
              <Button type="submit" disabled={!text.trim() || previewMutation.isPending}>
                {previewMutation.isPending ? t('reading') : t('preview')}
              </Button>
            </div>
          </form>
        </Card>
      ) : (
        <p className="text-sm text-slate-700">{t('viewers')}</p>
      )}

      {preview && (
        <ImportPreview
          preview={preview}
          applying={apply.isPending}
          onApply={() => apply.mutate({ ...toInput(form.getValues()), planHash: preview.planHash })}
          onCancel={clearPreview}
          siteId={siteId}
        />
      )}
      {apply.isSuccess && !preview && (
        <p role="status" className="text-sm">
          {t.rich('applied', {
            link: (c) => (
              <Link className="text-brand underline" href={`/sites/${siteId}/declaration`}>
                {c}
              </Link>
            ),
          })}
        </p>
      )}
    </div>
  );
}

/** The warnings about one row: those quoting its name (the importers name the item they warn about). */
function warningsOf(preview: TPreview, name: string) {
  const escaped = name.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  const quoted = new RegExp(`(?:^|[\\s"“(])${escaped}(?:[\\s"”:;,.)]|$)`);
  return preview.warnings.filter((w) => w.text === name || quoted.test(w.message));
}

export function ImportPreview({
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
  const t = useTranslations('import');
  const tc = useTranslations('common');
  const locale = useLocale();
  const c = preview.counts;
  const byCategory = new Map<string, number>();
  for (const i of preview.items) byCategory.set(i.category, (byCategory.get(i.category) ?? 0) + 1);
  const nothing = preview.categories.length + preview.vendors.length + preview.items.length === 0;
  return (
    <section aria-labelledby="preview-heading" className="flex flex-col gap-4">
      <Card className="flex flex-col gap-4">
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t('previewTitle')}
        </h2>
        {preview.recognised && (
          <p role="status" className="text-sm text-slate-700">
            {t.rich('recognised', {
              b: (chunks) => <strong>{chunks}</strong>,
              format: t.has(`recognisedFormats.${preview.recognised.format}`)
                ? t(`recognisedFormats.${preview.recognised.format}`)
                : preview.recognised.format,
            })}
            {preview.recognised.confidence < 0.5 && t('unsure')}
          </p>
        )}
        <TableFrame>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <THead>
              <tr>
                <Th>
                  <span className="sr-only">{t('kind')}</span>
                </Th>
                <Th>{t('new')}</Th>
                <Th>{t('updated')}</Th>
                <Th>{t('unchanged')}</Th>
              </tr>
            </THead>
            <tbody>
              {(
                [
                  ['Categories', 'categories', c.categories],
                  ['Vendors', 'vendors', c.vendors],
                  ['Items', 'items', c.items],
                ] as const
              ).map(([kind, key, n]) => (
                <Tr key={kind} data-kind={kind}>
                  <Th scope="row">{t(key)}</Th>
                  <Td data-count="create">{n.create}</Td>
                  <Td data-count="update">{n.update}</Td>
                  <Td>{n.unchanged}</Td>
                </Tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
        {byCategory.size > 0 && (
          <p className="text-sm text-slate-700">
            {t('byCategory', {
              items: preview.items.length,
              categories: byCategory.size,
              list: [...byCategory].map(([k, n]) => `${k} ${n}`).join(', '),
            })}
          </p>
        )}
        {preview.warnings.length > 0 && (
          <div>
            <h3 className="flex items-center gap-2 font-medium">
              {t('warnings')} <Badge tone="warning">{preview.warnings.length}</Badge>
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
              {t('itemsCount', { count: preview.items.length })}
            </summary>
            <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
              {preview.items.map((i) => (
                <li
                  key={`${i.name}|${i.host}|${i.type}`}
                  className="flex flex-wrap gap-1"
                  data-item={i.name}
                >
                  <Badge tone={i.action === 'create' ? 'success' : 'info'}>
                    {i.action === 'create' ? t('actionNew') : t('actionUpdate')}
                  </Badge>
                  <span className="break-all">{i.name}</span>
                  <span className="text-slate-600">
                    {i.host ?? ''} · {i.category} ·{' '}
                    {i.after.duration.kind === 'unknown' && i.after.duration.raw
                      ? t('unread', { raw: i.after.duration.raw })
                      : formatDuration(i.after.duration, locale)}
                    {i.vendor &&
                      ` · ${preview.vendors.find((v) => v.slug === i.vendor)?.name ?? i.vendor}`}
                  </span>
                  {warningsOf(preview, i.name).map((w, n) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: warnings have no id
                    <span key={n} className="basis-full text-xs text-amber-900" data-warning>
                      ⚠ {w.message}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </details>
        )}
        <div className="flex flex-wrap gap-2">
          <Button onClick={onApply} disabled={applying || nothing}>
            {applying ? t('applying') : nothing ? t('nothing') : t('apply')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {tc('cancel')}
          </Button>
          <Link
            href={`/sites/${siteId}/declaration`}
            className="self-center text-sm text-brand underline"
          >
            {t('back')}
          </Link>
        </div>
      </Card>
    </section>
  );
}
