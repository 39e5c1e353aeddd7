'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { ConflictNotice } from '../conflict-notice';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { DialogActions } from '../ui/dialog-actions';
import { ErrorText } from '../ui/error-text';
import { useUnsavedChangesWarning } from './use-unsaved-changes';

/** What {@link EntityFormDialog} needs of `useEntityDialog`. */
interface TDialogState<TRow, TForm extends FieldValues> {
  form: UseFormReturn<TForm>;
  onSubmit: (e?: React.BaseSyntheticEvent) => Promise<void>;
  conflict: { message: string; current: TRow; reload: () => void } | null;
  pending: boolean;
}

/**
 * A create/edit dialog: the conflict notice when someone saved first, the fields, a message
 * for the form as a whole, then Cancel and the save button.
 */
export function EntityFormDialog<TRow, TForm extends FieldValues>({
  title,
  formLabel,
  state,
  conflictValues,
  submitLabel,
  onClose,
  children,
}: {
  title: string;
  formLabel?: string;
  state: TDialogState<TRow, TForm>;
  /** Their values, as label and text, for the conflict notice. */
  conflictValues: (current: TRow) => [label: string, value: string][];
  submitLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useTranslations('common');
  const { form, onSubmit, conflict, pending } = state;
  const dirty = form.formState.isDirty;
  useUnsavedChangesWarning(dirty);
  // Cancel, Escape and × drop what was typed: ask first when there is something to lose.
  const close = () => {
    if (dirty && !window.confirm(t('discardForm'))) return;
    onClose();
  };
  return (
    <Dialog title={title} onClose={close} wide>
      <form noValidate aria-label={formLabel} className="flex flex-col gap-4" onSubmit={onSubmit}>
        {conflict && (
          <ConflictNotice
            message={conflict.message}
            values={conflictValues(conflict.current)}
            onReload={conflict.reload}
          />
        )}
        {children}
        <ErrorText>{form.formState.errors.root?.server?.message}</ErrorText>
        <DialogActions onCancel={close}>
          <Button type="submit" disabled={pending}>
            {pending ? t('saving') : submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
