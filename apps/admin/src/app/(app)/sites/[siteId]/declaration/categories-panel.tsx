'use client';

import { GCM_SIGNALS, type TGcmSignal } from '@smula/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConflictNotice } from '~/components/conflict-notice';
import { EmptyState, LoadingRows } from '~/components/empty-state';
import { conflictCurrent, hasFieldErrors, serverFieldErrors } from '~/components/server-errors';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { CheckboxField } from '~/components/ui/checkbox-field';
import { Dialog } from '~/components/ui/dialog';
import { Field } from '~/components/ui/field';
import { Panel } from '~/components/ui/panel';
import { SelectField } from '~/components/ui/select-field';
import { TextareaField } from '~/components/ui/textarea-field';
import { useTRPC } from '~/trpc/react';
import { MissingBadges } from '../missing-badges';
import {
  firstText,
  localeTexts,
  missingIndex,
  type TCategoryRow,
  useInvalidateDeclaration,
  useSite,
} from '../use-site';

export function categoryLabel(c: Pick<TCategoryRow, 'name' | 'key'>, locales: readonly string[]) {
  return firstText(c.name, locales) || c.key;
}

/** How a category reads in a choice list: its name and its key, `Statistik (statistics)`. */
export function categoryOption(c: Pick<TCategoryRow, 'name' | 'key'>, locales: readonly string[]) {
  const label = categoryLabel(c, locales);
  return label === c.key ? label : `${label} (${c.key})`;
}

export function CategoriesPanel({ siteId }: { siteId: string }) {
  const trpc = useTRPC();
  const { site, canEdit } = useSite(siteId);
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  const missing = useQuery(trpc.declaration.missingTranslations.queryOptions({ siteId }));
  const invalidate = useInvalidateDeclaration();
  const [editing, setEditing] = useState<TCategoryRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TCategoryRow | null>(null);
  const reorder = useMutation(
    trpc.category.reorder.mutationOptions({
      onSuccess: () => invalidate(),
      onError: (err) => toast.error(err.message),
    }),
  );
  const locales = site?.settings.locales ?? [];
  const markers = missingIndex(missing.data);
  const rows = categories.data ?? [];

  const move = (index: number, by: -1 | 1) => {
    const ids = rows.map((c) => c.id);
    const [id] = ids.splice(index, 1);
    if (!id) return;
    ids.splice(index + by, 0, id);
    reorder.mutate({ siteId, ids });
  };

  return (
    <section aria-labelledby="categories-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h3 id="categories-heading" className="text-lg font-semibold">
            Categories
          </h3>
          <p className="text-sm text-slate-600">
            What visitors choose between. Required categories are always on.
          </p>
        </div>
        {canEdit && <Button onClick={() => setEditing('new')}>Add category</Button>}
      </div>
      {categories.isPending ? (
        <LoadingRows label="Loading categories…" rows={5} />
      ) : rows.length === 0 ? (
        <EmptyState title="No categories yet">
          Add the first category to sort items into.
        </EmptyState>
      ) : (
        <Panel>
          <ul aria-label="Categories" className="divide-y divide-slate-200">
            {rows.map((c, index) => {
              const label = categoryLabel(c, locales);
              return (
                <li
                  key={c.id}
                  data-category={c.key}
                  className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center"
                >
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{label}</span>
                      <code className="text-xs text-slate-600">{c.key}</code>
                      {c.required && <Badge tone="info">Required</Badge>}
                      <MissingBadges locales={markers.get(`category:${c.key}`)} />
                    </div>
                    <p className="text-xs text-slate-600">
                      <span data-testid="item-count">
                        {c.itemCount} {c.itemCount === 1 ? 'item' : 'items'}
                      </span>
                      {c.gcmSignals.length > 0 && <> · Consent Mode: {c.gcmSignals.join(', ')}</>}
                    </p>
                  </div>
                  {canEdit && (
                    <div className="flex flex-wrap items-center gap-1">
                      <Button
                        variant="ghost"
                        className="px-2"
                        aria-label={`Move ${label} up`}
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => move(index, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </Button>
                      <Button
                        variant="ghost"
                        className="px-2"
                        aria-label={`Move ${label} down`}
                        disabled={index === rows.length - 1 || reorder.isPending}
                        onClick={() => move(index, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </Button>
                      <Button
                        variant="secondary"
                        aria-label={`Edit category ${label}`}
                        onClick={() => setEditing(c)}
                      >
                        Edit
                      </Button>
                      <Button
                        variant="ghost"
                        className="text-red-700"
                        aria-label={`Delete category ${label}`}
                        onClick={() => setDeleting(c)}
                      >
                        Delete
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </Panel>
      )}
      {editing && (
        <CategoryDialog
          siteId={siteId}
          locales={locales}
          category={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <DeleteCategoryDialog
          siteId={siteId}
          category={deleting}
          others={rows.filter((c) => c.id !== deleting.id)}
          locales={locales}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

interface TCategoryForm {
  key: string;
  required: boolean;
  gcmSignals: TGcmSignal[];
  name: Record<string, string>;
  description: Record<string, string>;
}

function toForm(c: TCategoryRow | null, locales: readonly string[]): TCategoryForm {
  return {
    key: c?.key ?? '',
    required: c?.required ?? false,
    gcmSignals: [...(c?.gcmSignals ?? [])],
    name: localeTexts(locales, c?.name),
    description: localeTexts(locales, c?.description),
  };
}

function CategoryDialog({
  siteId,
  locales,
  category,
  onClose,
}: {
  siteId: string;
  locales: readonly string[];
  category: TCategoryRow | null;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateDeclaration();
  const [form, setForm] = useState(() => toForm(category, locales));
  const [revision, setRevision] = useState(category?.revision ?? 0);
  const onSuccess = () => {
    toast.success(category ? 'Category saved' : 'Category added');
    invalidate();
    onClose();
  };
  const onError = (err: Parameters<typeof serverFieldErrors>[0]) => {
    if (err && !hasFieldErrors(err) && !conflictCurrent(err)) toast.error(err.message);
  };
  const create = useMutation(trpc.category.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.category.update.mutationOptions({ onSuccess, onError }));
  const error = category ? update.error : create.error;
  const errors = serverFieldErrors(error);
  const current = conflictCurrent<TCategoryRow>(error);
  const pending = create.isPending || update.isPending;
  const set = <K extends keyof TCategoryForm>(k: K, v: TCategoryForm[K]) =>
    setForm((f) => ({ ...f, [k]: v }));

  return (
    <Dialog
      title={category ? `Edit category “${category.key}”` : 'Add category'}
      onClose={onClose}
      wide
    >
      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (category) update.mutate({ siteId, id: category.id, revision, ...form });
          else create.mutate({ siteId, ...form });
        }}
      >
        {current && error && (
          <ConflictNotice
            message={error.message}
            values={[
              ['Key', current.key],
              ['Required', current.required ? 'yes' : 'no'],
              ['Consent Mode', current.gcmSignals.join(', ')],
              ...locales.map((l): [string, string] => [`Name (${l})`, current.name[l] ?? '']),
            ]}
            onReload={() => {
              setForm(toForm(current, locales));
              setRevision(current.revision);
              update.reset();
            }}
          />
        )}
        <Field
          label="Key"
          name="key"
          value={form.key}
          onChange={(e) => set('key', e.target.value)}
          error={errors.key}
          hint="Lower-case letters, digits, - or _; used in the banner's API."
          required
        />
        <CheckboxField
          label="Required (strictly necessary, always on)"
          checked={form.required}
          onChange={(e) => set('required', e.target.checked)}
        />
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-slate-800">
            Google Consent Mode signals
          </legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {GCM_SIGNALS.map((s) => (
              <CheckboxField
                key={s}
                label={<code>{s}</code>}
                checked={form.gcmSignals.includes(s)}
                onChange={(e) =>
                  set(
                    'gcmSignals',
                    e.target.checked
                      ? [...form.gcmSignals, s]
                      : form.gcmSignals.filter((x) => x !== s),
                  )
                }
              />
            ))}
          </div>
          {errors.gcmSignals && <p className="text-sm text-red-700">{errors.gcmSignals}</p>}
        </fieldset>
        {locales.map((l) => (
          <fieldset key={l} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Texts ({l})</legend>
            <Field
              label={`Name (${l})`}
              value={form.name[l] ?? ''}
              onChange={(e) => set('name', { ...form.name, [l]: e.target.value })}
              error={errors[`name.${l}`]}
            />
            <TextareaField
              label={`Description (${l})`}
              value={form.description[l] ?? ''}
              onChange={(e) => set('description', { ...form.description, [l]: e.target.value })}
              error={errors[`description.${l}`]}
            />
          </fieldset>
        ))}
        {errors[''] && <p className="text-sm text-red-700">{errors['']}</p>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : category ? 'Save category' : 'Add category'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function DeleteCategoryDialog({
  siteId,
  category,
  others,
  locales,
  onClose,
}: {
  siteId: string;
  category: TCategoryRow;
  others: TCategoryRow[];
  locales: readonly string[];
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateDeclaration();
  const [target, setTarget] = useState(
    others.find((c) => c.key === 'unclassified')?.id ?? others[0]?.id ?? '',
  );
  const remove = useMutation(
    trpc.category.delete.mutationOptions({
      onSuccess(result) {
        toast.success(
          result.movedItems
            ? `Category deleted; ${result.movedItems} items moved`
            : 'Category deleted',
        );
        invalidate();
        onClose();
      },
    }),
  );
  const label = categoryLabel(category, locales);
  return (
    <Dialog title={`Delete category “${label}”?`} onClose={onClose}>
      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          remove.mutate({
            siteId,
            id: category.id,
            revision: category.revision,
            ...(category.itemCount > 0 ? { moveItemsTo: target } : {}),
          });
        }}
      >
        {category.itemCount > 0 ? (
          <SelectField
            label={`Move its ${category.itemCount} items to…`}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            required
          >
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryOption(c, locales)}
              </option>
            ))}
          </SelectField>
        ) : (
          <p className="text-sm text-slate-700">It holds no items. This cannot be undone.</p>
        )}
        {remove.error && (
          <p role="alert" className="text-sm text-red-700">
            {remove.error.message}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Delete category'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
