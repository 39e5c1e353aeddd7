'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { showErrorsIn } from '~/components/form/apply-server-errors';
import { errorAt } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { TextareaField } from '~/components/ui/textarea-field';
import { useFormError } from '~/i18n/form-errors';
import { blockingFindings, usePublishWording } from '~/i18n/publish-wording';
import { ZPublishNote } from '~/lib/schemas/publish';
import { useTRPC } from '~/trpc/react';
import { ScanWarnings } from '../scan/scan-warnings';
import { VersionHistory } from './version-history';

const TAB: Record<string, string> = {
  item: 'declaration',
  category: 'declaration',
  vendor: 'vendors',
  texts: 'texts',
  appearance: 'appearance',
  site: 'settings',
};

const noteResolver = zodFormResolver<{ note: string }>(z.object({ note: ZPublishNote }));

/** The compliance check, what changed since the live version, publishing, and the history. */
export function PublishPanel({ siteId }: { siteId: string }) {
  const t = useTranslations('publish');
  const formError = useFormError();
  const wording = usePublishWording();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useQuery(trpc.publish.preview.queryOptions({ siteId }));
  const versions = useQuery(trpc.publish.versions.queryOptions({ siteId }));
  const noteForm = useForm({ defaultValues: { note: '' }, resolver: noteResolver });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.publish.preview.queryKey({ siteId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.publish.versions.queryKey({ siteId }) }),
    ]);
  // Publishing and discarding change what visitors get or what editors lose: both confirm.
  const [confirm, setConfirm] = useState<'publish' | 'discard' | null>(null);
  const publish = useMutation(
    trpc.publish.publish.mutationOptions({
      async onSuccess(v) {
        setConfirm(null);
        toast.success(t('published', { version: v.version }));
        noteForm.reset();
        await refresh();
      },
      onError(err) {
        setConfirm(null);
        // Blocked by the lint (the draft changed since the check above): the findings in the
        // reader's language, as a toast; the note field has nothing to do with them.
        const findings = blockingFindings(err.data?.details);
        if (findings?.length) {
          toast.error(wording.blocked(err.message, findings));
          void refresh();
        } else showErrorsIn(noteForm)(err);
      },
    }),
  );
  const discard = useMutation(
    trpc.publish.discardDraft.mutationOptions({
      async onSuccess(r) {
        setConfirm(null);
        toast.success(t('discarded', { version: r.version }));
        await Promise.all([refresh(), queryClient.invalidateQueries()]);
      },
    }),
  );

  if (preview.isPending) return <p className="text-slate-600">{t('checking')}</p>;
  if (preview.error)
    return (
      <p role="alert" className="text-red-700">
        {preview.error.message}
      </p>
    );
  const p = preview.data;
  const errors = p.findings.filter((f) => f.severity === 'error');
  const warnings = p.findings.filter((f) => f.severity === 'warning');
  const nextVersion = (p.live?.version ?? 0) + 1;
  const changeCount = p.summary?.lines.length ?? 0;

  return (
    <div className="flex flex-col gap-6">
      <h2 className="text-xl font-semibold">{t('title')}</h2>
      <Card className="flex flex-col gap-3">
        <h3 className="text-lg font-medium">{t('check')}</h3>
        {errors.length === 0 && warnings.length === 0 && (
          <p className="text-green-800">{t('noProblems')}</p>
        )}
        {errors.length > 0 && (
          <div>
            <p className="font-medium text-red-800">{t('mustFix', { count: errors.length })}</p>
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
                    {wording.finding(f)}
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
              {t('warnings', { count: warnings.length })}
            </summary>
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-6 text-sm">
              {warnings.map((f) => (
                <li key={`${f.code}-${f.ref.id ?? ''}-${f.ref.field ?? ''}`}>
                  {wording.finding(f)}
                </li>
              ))}
            </ul>
          </details>
        )}
        <ScanWarnings siteId={siteId} />
      </Card>

      <Card className="flex flex-col gap-3">
        <h3 className="text-lg font-medium">{t('changes')}</h3>
        {!p.live && <p className="text-slate-700">{t('firstVersion')}</p>}
        {p.live && p.unchanged && (
          <p className="text-slate-700">{t('unchanged', { version: p.live.version })}</p>
        )}
        {p.summary && p.summary.lines.length > 0 && (
          <ul className="flex list-disc flex-col gap-1 pl-6 text-sm" data-testid="diff-lines">
            {p.summary.lines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their order
              <li key={i} className={l.material ? 'font-medium text-amber-900' : ''}>
                {wording.line(l)}
                {l.material && (
                  <span className="ml-2 rounded bg-amber-100 px-1 text-xs">{t('material')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
        {p.summary?.reconsent && (
          <p role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
            {wording.reconsent(p.summary)}
          </p>
        )}
        {p.canPublish ? (
          <form
            noValidate
            className="flex flex-col gap-2"
            onSubmit={noteForm.handleSubmit(() => setConfirm('publish'))}
          >
            <TextareaField
              label={t('note')}
              {...noteForm.register('note')}
              error={formError(errorAt(noteForm.formState.errors, 'note'))}
              maxLength={2000}
              placeholder={t('notePlaceholder')}
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={publish.isPending || p.blocked || p.unchanged}>
                {publish.isPending ? t('publishing') : t('publish')}
              </Button>
              {p.live && !p.unchanged && (
                <Button type="button" variant="ghost" onClick={() => setConfirm('discard')}>
                  {t('discard')}
                </Button>
              )}
            </div>
          </form>
        ) : (
          <p className="text-sm text-slate-600">{t('viewersCannot')}</p>
        )}
      </Card>

      {confirm === 'publish' && (
        <ConfirmDialog
          title={t('confirmTitle', { version: nextVersion })}
          description={t('confirmDescription')}
          confirmLabel={t('confirmLabel', { version: nextVersion })}
          variant="primary"
          pending={publish.isPending}
          onConfirm={() => publish.mutate({ siteId, note: noteForm.getValues('note') })}
          onClose={() => setConfirm(null)}
        >
          <p>
            {changeCount === 0
              ? t('confirmFirst')
              : t('confirmChanges', { count: changeCount, version: p.live?.version ?? 0 })}
            {p.summary?.reconsent ? ` ${wording.reconsent(p.summary)}` : ''}
          </p>
          {noteForm.getValues('note') && (
            <p className="mt-2">{t('confirmNote', { note: noteForm.getValues('note') })}</p>
          )}
        </ConfirmDialog>
      )}
      {confirm === 'discard' && p.live && (
        <ConfirmDialog
          title={t('discardTitle')}
          description={t('discardDescription', { version: p.live.version })}
          confirmLabel={t('discardLabel')}
          pending={discard.isPending}
          error={discard.error?.message}
          onConfirm={() => discard.mutate({ siteId })}
          onClose={() => setConfirm(null)}
        >
          <p>{t('discardLost')}</p>
          <ul className="mt-2 list-disc pl-6">
            {p.summary?.lines.slice(0, 12).map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their order
              <li key={i}>{wording.line(l)}</li>
            ))}
          </ul>
          {(p.summary?.lines.length ?? 0) > 12 && (
            <p className="mt-1">{t('andMore', { count: (p.summary?.lines.length ?? 0) - 12 })}</p>
          )}
        </ConfirmDialog>
      )}

      <VersionHistory
        siteId={siteId}
        versions={versions.data}
        canRollBack={p.canPublish}
        onChange={refresh}
      />
    </div>
  );
}
