'use client';

import { useTranslations } from 'next-intl';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Dialog } from '~/components/ui/dialog';
import { DialogActions } from '~/components/ui/dialog-actions';
import { SelectField } from '~/components/ui/select-field';
import { CategoryOptions } from '../category-options';
import type { TCategoryRow } from '../use-site';

const ZMoveTo = z.object({ target: z.string().min(1, 'Choose where its items go') });
const resolver = zodFormResolver<{ target: string }>(ZMoveTo);

/**
 * Deleting a category asks where its items go (required categories and the rest alike), so no
 * item is ever left without one.
 */
export function DeleteCategoryDialog({
  category,
  label,
  others,
  locales,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  category: TCategoryRow;
  label: string;
  others: readonly TCategoryRow[];
  locales: readonly string[];
  pending: boolean;
  error: string | undefined;
  onConfirm: (extra: { moveItemsTo?: string }) => void;
  onClose: () => void;
}) {
  const t = useTranslations('deleteCategory');
  const tc = useTranslations('common');
  const hasItems = category.itemCount > 0;
  const form = useForm({
    defaultValues: {
      target: others.find((c) => c.key === 'unclassified')?.id ?? others[0]?.id ?? '',
    },
    // Only a category holding items asks where they go.
    ...(hasItems ? { resolver } : {}),
  });
  return (
    <Dialog title={t('title', { label })} onClose={onClose}>
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={form.handleSubmit(({ target }) =>
          onConfirm(hasItems ? { moveItemsTo: target } : {}),
        )}
      >
        {hasItems ? (
          <SelectField
            label={t('moveTo', { count: category.itemCount })}
            {...form.register('target')}
            error={form.formState.errors.target ? t('chooseTarget') : undefined}
            required
          >
            <CategoryOptions categories={others} locales={locales} />
          </SelectField>
        ) : (
          <p className="text-sm text-slate-700">{t('empty')}</p>
        )}
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <DialogActions onCancel={onClose}>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? tc('deleting') : t('submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
