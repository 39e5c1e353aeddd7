'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { DateTime } from '~/components/date-time';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { cn } from '~/components/ui/cn';
import { controlVariants } from '~/components/ui/field-frame';
import { Td, THead, Th } from '~/components/ui/table';
import { blockingFindings, usePublishWording } from '~/i18n/publish-wording';
import { useTRPC } from '~/trpc/react';
import type { TOutputs } from '../use-site';

type TVersion = TOutputs['publish']['versions'][number];
interface TPair {
  from: number;
  to: number;
}

/**
 * Published versions, newest (live) first: each links to its exact config, can be compared
 * with the one before it or with any other, and (for publishers) republished as a rollback or
 * restored into the draft to edit. Both ask first: one changes the live site, the other
 * replaces the draft.
 */
export function VersionHistory({
  siteId,
  versions,
  canRollBack,
  onChange,
}: {
  siteId: string;
  versions: readonly TVersion[] | undefined;
  canRollBack: boolean;
  /** After a rollback: refetch the preview and the versions. */
  onChange: () => Promise<unknown>;
}) {
  const t = useTranslations('versionHistory');
  const wording = usePublishWording();
  const trpc = useTRPC();
  const [compare, setCompare] = useState<TPair | null>(null);
  const compared = useQuery({
    ...trpc.publish.compare.queryOptions({
      siteId,
      from: compare?.from ?? 1,
      to: compare?.to ?? 1,
    }),
    enabled: compare !== null,
  });
  const [asking, setAsking] = useState<{ kind: 'rollback' | 'restore'; version: number } | null>(
    null,
  );
  const rollback = useMutation(
    trpc.publish.rollback.mutationOptions({
      async onSuccess(v) {
        setAsking(null);
        toast.success(t('rolledBack', { version: v.version, of: v.rollbackOf ?? '?' }));
        await onChange();
      },
    }),
  );
  const restore = useMutation(
    trpc.publish.restore.mutationOptions({
      async onSuccess(r) {
        setAsking(null);
        toast.success(t('restored', { version: r.version }));
        await onChange();
      },
    }),
  );
  const live = versions?.[0]?.version;
  return (
    <Card className="overflow-x-auto p-0">
      <h3 className="px-6 pt-4 text-lg font-medium">{t('title')}</h3>
      {versions?.length === 0 && <p className="px-6 pb-4 text-slate-700">{t('none')}</p>}
      {versions && versions.length > 0 && (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <THead>
            <tr>
              <Th>{t('version')}</Th>
              <Th>{t('published')}</Th>
              <Th>{t('note')}</Th>
              <Th>
                <span className="sr-only">{t('actions')}</span>
              </Th>
            </tr>
          </THead>
          <tbody>
            {versions.map((v, i) => {
              const previous = versions[i + 1];
              return (
                <tr
                  key={v.version}
                  id={`version-${v.version}`}
                  className="scroll-mt-4 border-t border-slate-200 align-top target:bg-amber-50"
                >
                  <Td>
                    <Link
                      className="text-brand underline"
                      href={`/sites/${siteId}/publish/${v.version}`}
                      aria-label={t('versionNumber', { version: v.version })}
                    >
                      {v.version}
                    </Link>
                    {i === 0 && (
                      <span className="ml-2 rounded bg-green-100 px-1 text-xs">{t('live')}</span>
                    )}
                    <code className="block text-xs text-slate-500">{v.hash.slice(0, 12)}</code>
                  </Td>
                  <Td>
                    <DateTime value={v.createdAt} />
                    <span className="block text-xs text-slate-600">
                      {v.author ?? t('unknownAuthor')}
                    </span>
                  </Td>
                  <Td>{v.note}</Td>
                  <Td className="flex flex-wrap gap-2">
                    {previous && (
                      <Button
                        variant="ghost"
                        onClick={() => setCompare({ from: previous.version, to: v.version })}
                      >
                        {t('compareWith', { version: previous.version })}
                      </Button>
                    )}
                    {i > 0 && canRollBack && (
                      <Button
                        variant="secondary"
                        onClick={() => setAsking({ kind: 'rollback', version: v.version })}
                      >
                        {t('rollBack')}
                      </Button>
                    )}
                    {canRollBack && (
                      <Button
                        variant="ghost"
                        onClick={() => setAsking({ kind: 'restore', version: v.version })}
                      >
                        {t('restore')}
                      </Button>
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {asking?.kind === 'rollback' && (
        <ConfirmDialog
          title={t('rollbackTitle', { version: asking.version })}
          description={t('rollbackDescription', { version: asking.version, live: live ?? '?' })}
          confirmLabel={t('rollbackLabel', { version: asking.version })}
          pending={rollback.isPending}
          // A rollback runs the compliance check again, so an old version holding an
          // unclassified item is refused: its findings in the reader's language.
          error={
            rollback.error
              ? wording.blocked(
                  rollback.error.message,
                  blockingFindings(rollback.error.data?.details),
                )
              : undefined
          }
          onConfirm={() => rollback.mutate({ siteId, version: asking.version, note: '' })}
          onClose={() => setAsking(null)}
        >
          {t('rollbackBody')}
        </ConfirmDialog>
      )}
      {asking?.kind === 'restore' && (
        <ConfirmDialog
          title={t('restoreTitle', { version: asking.version })}
          description={t('restoreDescription')}
          confirmLabel={t('restoreLabel')}
          pending={restore.isPending}
          error={restore.error?.message}
          onConfirm={() => restore.mutate({ siteId, version: asking.version })}
          onClose={() => setAsking(null)}
        >
          {t('restoreBody', { version: asking.version })}
        </ConfirmDialog>
      )}
      {versions && versions.length > 1 && (
        <CompareForm versions={versions} onCompare={setCompare} />
      )}
      {compare && (
        <div className="border-t border-slate-200 p-4 text-sm" aria-live="polite">
          <h4 className="font-medium">{t('comparing', { from: compare.from, to: compare.to })}</h4>
          {compared.data && (
            <>
              {compared.data.lines.length === 0 && <p>{t('noDifferences')}</p>}
              <ul className="mt-1 list-disc pl-6">
                {compared.data.lines.map((l, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their order
                  <li key={i}>{wording.line(l)}</li>
                ))}
              </ul>
              {compared.data.reconsent && (
                <p className="mt-1 text-amber-900">{wording.reconsent(compared.data)}</p>
              )}
            </>
          )}
        </div>
      )}
    </Card>
  );
}

const ZVersionNumber = z.coerce.number().int().positive();
const resolver = zodFormResolver<{ from: string; to: string }>(
  z.object({ from: ZVersionNumber, to: ZVersionNumber }),
);

/** Any two versions side by side, in words. */
function CompareForm({
  versions,
  onCompare,
}: {
  versions: readonly TVersion[];
  onCompare: (pair: TPair) => void;
}) {
  const t = useTranslations('versionHistory');
  const form = useForm({
    defaultValues: {
      from: String(versions[1]?.version ?? ''),
      to: String(versions[0]?.version ?? ''),
    },
    resolver,
  });
  return (
    <form
      noValidate
      aria-label={t('compareForm')}
      className="flex flex-wrap items-end gap-2 border-t border-slate-200 px-4 py-3 text-sm"
      onSubmit={form.handleSubmit(({ from, to }) =>
        onCompare({ from: Number(from), to: Number(to) }),
      )}
    >
      {(
        [
          ['from', t('compareFrom')],
          ['to', t('compareTo')],
        ] as const
      ).map(([name, label]) => (
        <label key={name} className="flex flex-col gap-1">
          {label}
          <select {...form.register(name)} className={cn(controlVariants(), 'py-1')}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                {v.version}
              </option>
            ))}
          </select>
        </label>
      ))}
      <Button type="submit" variant="secondary">
        {t('compare')}
      </Button>
    </form>
  );
}
