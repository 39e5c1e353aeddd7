'use client';

import { useCallback, useState } from 'react';
import { toast } from 'sonner';
import type { TSaveMutation } from './save-mutation';

interface TRevisioned {
  id: string;
  revision: number;
}

/**
 * The wiring every delete confirmation of the declaration shares: which row is asked about,
 * the delete call with the revision it was read at, a toast and a refetch on success, and the
 * refusal shown in the dialog (a conflict refetches, so the list shows what changed).
 */
export function useEntityDelete<TRow extends TRevisioned, TData, TExtra extends object = object>({
  siteId,
  remove,
  deleted,
  onDeleted,
}: {
  siteId: string;
  remove: TSaveMutation<{ siteId: string; id: string; revision: number } & TExtra, TData>;
  /** The success toast, from the call's answer. */
  deleted: (data: TData) => string;
  /** Refetch what the deletion changed. */
  onDeleted: () => void;
}) {
  const [target, setTarget] = useState<TRow | null>(null);
  const { reset } = remove;
  // Stable, so a table's memoised columns can hold it.
  const ask = useCallback(
    (row: TRow) => {
      reset();
      setTarget(row);
    },
    [reset],
  );
  return {
    target,
    ask,
    cancel() {
      setTarget(null);
    },
    confirm(extra: TExtra) {
      if (!target) return;
      remove.mutate(
        { siteId, id: target.id, revision: target.revision, ...extra },
        {
          onSuccess(data) {
            toast.success(deleted(data));
            setTarget(null);
            onDeleted();
          },
          onError(err) {
            if (err.data?.code === 'CONFLICT') onDeleted();
          },
        },
      );
    },
    pending: remove.isPending,
    error: remove.error?.message,
  };
}
