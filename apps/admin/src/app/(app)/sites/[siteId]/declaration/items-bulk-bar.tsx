'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { SelectField } from '~/components/ui/select-field';
import { useTRPC } from '~/trpc/react';
import { CategoryOptions } from '../category-options';
import type { TCategoryRow, TItemRow } from '../use-site';

const resolver = zodFormResolver<{ moveTo: string }>(
  z.object({ moveTo: z.string().min(1, 'Choose a category') }),
);

/** What to do with the selected rows: move them all to one category. */
export function ItemsBulkBar({
  siteId,
  selected,
  categories,
  locales,
  onDone,
  onClear,
}: {
  siteId: string;
  selected: readonly TItemRow[];
  categories: readonly TCategoryRow[] | undefined;
  locales: readonly string[];
  /** After a move, or a refusal that changed what the list shows: refetch. */
  onDone: () => void;
  onClear: () => void;
}) {
  const t = useTranslations('bulk');
  const trpc = useTRPC();
  const form = useForm({ defaultValues: { moveTo: '' }, resolver });
  const bulkMove = useMutation(
    trpc.storageItem.bulkMove.mutationOptions({
      onSuccess(result) {
        toast.success(t('moved', { count: result.moved }));
        onClear();
        onDone();
      },
      onError(err) {
        toast.error(err.message, { duration: 10_000 });
        if (err.data?.code === 'CONFLICT') onDone();
      },
    }),
  );
  return (
    <form
      noValidate
      aria-label={t('label')}
      className="flex flex-col gap-2 rounded-md border border-brand bg-blue-50 p-3 sm:flex-row sm:items-end"
      onSubmit={form.handleSubmit(({ moveTo }) =>
        bulkMove.mutate({
          siteId,
          categoryId: moveTo,
          items: selected.map((r) => ({ id: r.id, revision: r.revision })),
        }),
      )}
    >
      <p className="text-sm font-medium sm:flex-1 sm:self-center">
        {t('selected', { count: selected.length })}
      </p>
      <SelectField
        label={t('moveTo')}
        {...form.register('moveTo')}
        error={form.formState.errors.moveTo ? t('chooseCategory') : undefined}
        required
      >
        <option value="">{t('choose')}</option>
        <CategoryOptions categories={categories} locales={locales} />
      </SelectField>
      <Button type="submit" disabled={bulkMove.isPending}>
        {bulkMove.isPending ? t('moving') : t('move')}
      </Button>
      <Button variant="ghost" onClick={onClear}>
        {t('clear')}
      </Button>
    </form>
  );
}
