'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
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
        toast.success(`Published version ${v.version}`);
        noteForm.reset();
        await refresh();
      },
      onError(err) {
        setConfirm(null);
        showErrorsIn(noteForm)(err);
      },
    }),
  );
  const discard = useMutation(
    trpc.publish.discardDraft.mutationOptions({
      async onSuccess(r) {
        setConfirm(null);
        toast.success(`The draft is live version ${r.version} again`);
        await Promise.all([refresh(), queryClient.invalidateQueries()]);
      },
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
  const nextVersion = (p.live?.version ?? 0) + 1;
  const changeCount = p.summary?.lines.length ?? 0;

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
        <ScanWarnings siteId={siteId} />
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
            noValidate
            className="flex flex-col gap-2"
            onSubmit={noteForm.handleSubmit(() => setConfirm('publish'))}
          >
            <TextareaField
              label="Note for this version"
              {...noteForm.register('note')}
              error={errorAt(noteForm.formState.errors, 'note')}
              maxLength={2000}
              placeholder="What changed and why"
            />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={publish.isPending || p.blocked || p.unchanged}>
                {publish.isPending ? 'Publishing…' : 'Publish'}
              </Button>
              {p.live && !p.unchanged && (
                <Button type="button" variant="ghost" onClick={() => setConfirm('discard')}>
                  Discard draft changes…
                </Button>
              )}
            </div>
          </form>
        ) : (
          <p className="text-sm text-slate-600">Viewers cannot publish.</p>
        )}
      </Card>

      {confirm === 'publish' && (
        <ConfirmDialog
          title={`Publish version ${nextVersion}?`}
          description="Every page with the Smula tag shows it within minutes."
          confirmLabel={`Publish version ${nextVersion}`}
          variant="primary"
          pending={publish.isPending}
          onConfirm={() => publish.mutate({ siteId, note: noteForm.getValues('note') })}
          onClose={() => setConfirm(null)}
        >
          <p>
            {changeCount === 0
              ? 'This is the first version of the site.'
              : `${changeCount} change${changeCount > 1 ? 's' : ''} since version ${p.live?.version}.`}
            {p.summary?.reconsent ? ` ${p.summary.reconsent}` : ''}
          </p>
          {noteForm.getValues('note') && (
            <p className="mt-2">Note: “{noteForm.getValues('note')}”</p>
          )}
        </ConfirmDialog>
      )}
      {confirm === 'discard' && p.live && (
        <ConfirmDialog
          title="Discard the draft changes?"
          description={`The draft goes back to live version ${p.live.version}.`}
          confirmLabel="Discard changes"
          pending={discard.isPending}
          error={discard.error?.message}
          onConfirm={() => discard.mutate({ siteId })}
          onClose={() => setConfirm(null)}
        >
          <p>These unpublished changes are lost (the audit log keeps that they were discarded):</p>
          <ul className="mt-2 list-disc pl-6">
            {p.summary?.lines.slice(0, 12).map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their order
              <li key={i}>{l.text}</li>
            ))}
          </ul>
          {(p.summary?.lines.length ?? 0) > 12 && (
            <p className="mt-1">…and {(p.summary?.lines.length ?? 0) - 12} more.</p>
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
