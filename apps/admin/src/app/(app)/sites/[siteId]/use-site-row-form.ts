'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type DefaultValues, type FieldValues, type Resolver, useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { applyServerErrors } from '~/components/form/apply-server-errors';
import { conflictCurrent } from '~/components/form/field-errors';
import type { TSaveMutation } from '~/components/form/save-mutation';
import { useUnsavedChangesWarning } from '~/components/form/use-unsaved-changes';
import { useTRPC } from '~/trpc/react';
import type { TSite } from './use-site';

/**
 * A form over part of the site row (settings, texts, appearance), which share one revision.
 * Untouched, the form follows the site (a save here or in another tab); edited, it keeps the
 * editor's values and the revision they started from, so a stale save is a conflict, shown with
 * their values and a way to continue from them. Field messages from the server land next to
 * their fields. Leaving with unsaved changes asks first.
 */
export function useSiteRowForm<TForm extends FieldValues, TVariables>({
  site,
  toForm,
  resolver,
  save,
  toInput,
  saved,
  onSaved,
}: {
  site: TSite;
  toForm: (site: Pick<TSite, 'settings' | 'texts' | 'appearance'>) => TForm;
  resolver: Resolver<TForm>;
  save: TSaveMutation<TVariables, { revision: number }>;
  toInput: (values: TForm, revision: number) => TVariables;
  /** The success toast. */
  saved: string;
  onSaved?: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [revision, setRevision] = useState(site.revision);
  const form = useForm<TForm>({
    defaultValues: toForm(site) as DefaultValues<TForm>,
    resolver,
  });
  // Read during render, so the form keeps `isDirty` up to date; the effect below runs only when
  // the site itself changes (a refetch), never merely because the form became clean.
  const dirty = useRef(false);
  dirty.current = form.formState.isDirty;
  useUnsavedChangesWarning(form.formState.isDirty);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the site, not the callbacks
  useEffect(() => {
    if (dirty.current) return;
    form.reset(toForm(site));
    setRevision(site.revision);
  }, [site]);
  const refetch = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.site.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.declaration.pathKey() }),
    ]);

  const onSubmit = form.handleSubmit((values) =>
    save.mutate(toInput(values, revision), {
      onSuccess(updated) {
        toast.success(saved);
        setRevision(updated.revision);
        // What was saved is the new untouched state; the refetch then brings the site's own.
        form.reset(values);
        refetch();
        onSaved?.();
      },
      onError(err) {
        if (!conflictCurrent(err) && !applyServerErrors(form, err)) toast.error(err.message);
      },
    }),
  );

  const current = conflictCurrent<TSite>(save.error);
  const conflict =
    current && save.error
      ? {
          message: save.error.message,
          current,
          reload() {
            form.reset(toForm(current));
            setRevision(current.revision);
            save.reset();
            refetch();
          },
        }
      : null;
  return { form, onSubmit, conflict, pending: save.isPending, dirty: form.formState.isDirty };
}
