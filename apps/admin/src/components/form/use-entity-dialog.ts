'use client';

import { useState } from 'react';
import { type DefaultValues, type FieldValues, type Resolver, useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { applyServerErrors } from './apply-server-errors';
import { conflictCurrent } from './field-errors';
import type { TSaveMutation, TTRPCError } from './save-mutation';

/** A row a dialog edits: saved against the revision it was read at. */
interface TRevisioned {
  id: string;
  revision: number;
}

interface TEntityDialogOptions<
  TRow extends TRevisioned,
  TForm extends FieldValues,
  TFields extends object,
> {
  siteId: string;
  /** The row being edited, or null to create one. */
  row: TRow | null;
  /** The success toasts, in the reader's language ("Category added" / "Category saved"). */
  toasts: { added: string; saved: string };
  toForm: (row: TRow | null) => TForm;
  /** The mutation's fields from the form (`base` is the row the edit started from). */
  toFields: (values: TForm, base: TRow | null) => TFields;
  resolver: Resolver<TForm>;
  create: TSaveMutation<{ siteId: string } & TFields>;
  update: TSaveMutation<{ siteId: string; id: string; revision: number } & TFields>;
  /** After a save: refetch and close. */
  onSaved: () => void;
  /** Input paths the form names differently (see `fieldOf`). */
  aliases?: Readonly<Record<string, string>>;
}

/**
 * The wiring every create/update dialog of the declaration shares: a react-hook-form form, the
 * create or update call with the revision the edit started from, a toast on success, the
 * server's field messages next to their fields (a toast for anything else), and on a conflict
 * the row as it is now with a way to continue from it.
 */
export function useEntityDialog<
  TRow extends TRevisioned,
  TForm extends FieldValues,
  TFields extends object,
>(options: TEntityDialogOptions<TRow, TForm, TFields>) {
  const { siteId, row, toasts, toForm, toFields, create, update, onSaved } = options;
  const [base, setBase] = useState(row);
  const form = useForm<TForm>({
    defaultValues: toForm(row) as DefaultValues<TForm>,
    resolver: options.resolver,
  });
  const callbacks = {
    onSuccess() {
      toast.success(row ? toasts.saved : toasts.added);
      onSaved();
    },
    onError(err: TTRPCError) {
      if (!conflictCurrent(err) && !applyServerErrors(form, err, options.aliases))
        toast.error(err.message);
    },
  };
  const onSubmit = form.handleSubmit((values) => {
    const fields = toFields(values, base);
    if (base) update.mutate({ siteId, id: base.id, revision: base.revision, ...fields }, callbacks);
    else create.mutate({ siteId, ...fields }, callbacks);
  });
  const error = row ? update.error : create.error;
  const current = conflictCurrent<TRow>(error);
  const conflict =
    current && error
      ? {
          message: error.message,
          current,
          /** Continues from their values: the form and the revision become theirs. */
          reload() {
            setBase(current);
            form.reset(toForm(current));
            update.reset();
          },
        }
      : null;
  return { form, base, onSubmit, conflict, pending: create.isPending || update.isPending };
}
