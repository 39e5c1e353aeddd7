'use client';

import {
  countryName,
  formatDuration,
  MATCH_KINDS,
  parseDuration,
  STORAGE_TYPES,
  type TDuration,
  type TMatchKind,
  type TStorageType,
} from '@smula/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConflictNotice } from '~/components/conflict-notice';
import {
  conflictCurrent,
  errorUnder,
  hasFieldErrors,
  serverFieldErrors,
} from '~/components/server-errors';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Dialog } from '~/components/ui/dialog';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { TextareaField } from '~/components/ui/textarea-field';
import { useTRPC } from '~/trpc/react';
import { localeTexts, type TItemRow, useInvalidateDeclaration, useSite } from '../use-site';
import { categoryLabel, categoryOption } from './categories-panel';
import { TYPE_LABELS } from './items-table';
import { OcdSuggestions, type TOcdPick } from './ocd-suggestions';

/** The fields of a storage item row the form edits (a list row or a conflict's current row). */
type TItemLike = Pick<
  TItemRow,
  | 'id'
  | 'revision'
  | 'name'
  | 'matchKind'
  | 'type'
  | 'host'
  | 'party'
  | 'duration'
  | 'purpose'
  | 'categoryId'
  | 'vendorId'
  | 'necessityJustification'
  | 'recipientCountries'
>;

interface TItemForm {
  name: string;
  matchKind: TMatchKind;
  type: TStorageType;
  host: string;
  party: 'first' | 'third';
  duration: string;
  purpose: Record<string, string>;
  categoryId: string;
  vendorId: string;
  necessityJustification: string;
  recipientCountries: string;
}

const durationText = (d: TDuration) => d.raw ?? formatDuration(d, 'en');

function toForm(i: TItemLike | null, locales: readonly string[], categoryId: string): TItemForm {
  return {
    name: i?.name ?? '',
    matchKind: i?.matchKind ?? 'exact',
    type: i?.type ?? 'cookie',
    host: i?.host ?? '',
    party: i?.party ?? 'first',
    duration: i ? durationText(i.duration) : '',
    purpose: localeTexts(locales, i?.purpose),
    categoryId: i?.categoryId ?? categoryId,
    vendorId: i?.vendorId ?? '',
    necessityJustification: i?.necessityJustification ?? '',
    recipientCountries: (i?.recipientCountries ?? []).join(', '),
  };
}

const splitCodes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export function ItemDialog({
  siteId,
  item,
  onClose,
}: {
  siteId: string;
  item: TItemLike | null;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const { site } = useSite(siteId);
  const locales = site?.settings.locales ?? [];
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  const vendors = useQuery(trpc.vendor.list.queryOptions({ siteId }));
  const invalidate = useInvalidateDeclaration();
  const fallbackCategory =
    categories.data?.find((c) => c.key === 'unclassified')?.id ?? categories.data?.[0]?.id ?? '';
  const [base, setBase] = useState<TItemLike | null>(item);
  const [form, setForm] = useState(() => toForm(item, locales, fallbackCategory));
  const set = <K extends keyof TItemForm>(k: K, v: TItemForm[K]) =>
    setForm((f) => ({ ...f, [k]: v }));

  const onSuccess = () => {
    toast.success(item ? 'Item saved' : 'Item added');
    invalidate();
    onClose();
  };
  const onError = (err: Parameters<typeof serverFieldErrors>[0]) => {
    if (err && !hasFieldErrors(err) && !conflictCurrent(err)) toast.error(err.message);
  };
  const create = useMutation(trpc.storageItem.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.storageItem.update.mutationOptions({ onSuccess, onError }));
  const error = item ? update.error : create.error;
  const errors = serverFieldErrors(error);
  const current = conflictCurrent<TItemLike>(error);
  const pending = create.isPending || update.isPending;

  const categoryId = form.categoryId || fallbackCategory;
  const category = categories.data?.find((c) => c.id === categoryId);
  const parsed = form.duration.trim() ? parseDuration(form.duration) : null;
  const durationHint = !parsed
    ? 'For example “Session”, “30 days”, “13 months”, “2 years”.'
    : parsed.kind === 'unknown'
      ? 'Could not read this duration yet.'
      : `Reads as: ${formatDuration(parsed, 'en')}`;
  const codes = splitCodes(form.recipientCountries);

  const submit = () => {
    const fields = {
      name: form.name,
      matchKind: form.matchKind,
      type: form.type,
      host: form.host.trim() || null,
      party: form.party,
      // Unchanged text keeps the structured value it came from.
      duration:
        base && form.duration === durationText(base.duration) ? base.duration : form.duration,
      purpose: form.purpose,
      categoryId,
      vendorId: form.vendorId || null,
      necessityJustification: form.necessityJustification.trim() || null,
      recipientCountries: codes.length > 0 ? codes : null,
    };
    if (base) update.mutate({ siteId, id: base.id, revision: base.revision, ...fields });
    else create.mutate({ siteId, ...fields });
  };

  // An Open Cookie Database suggestion fills what the editor has not written yet.
  const applyPick = ({ item: s, vendorName }: TOcdPick) =>
    setForm((f) => ({
      ...f,
      name: f.name || s.name,
      matchKind: s.matchKind,
      type: s.type,
      host: f.host || (s.host ?? ''),
      party: s.party,
      duration: s.duration.raw ?? formatDuration(s.duration, 'en'),
      purpose:
        locales.includes('en') && !f.purpose.en
          ? { ...f.purpose, en: s.purpose.en ?? '' }
          : f.purpose,
      categoryId: categories.data?.find((c) => c.key === s.category)?.id ?? f.categoryId,
      vendorId:
        f.vendorId ||
        (vendors.data?.find((v) => v.name.toLowerCase() === vendorName.toLowerCase())?.id ?? ''),
    }));

  const categoryName = (id: string) => {
    const c = categories.data?.find((x) => x.id === id);
    return c ? categoryLabel(c, locales) : id;
  };

  return (
    <Dialog title={item ? `Edit “${item.name}”` : 'Add item'} onClose={onClose} wide>
      <form
        aria-label={item ? 'Edit item' : 'Add item'}
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {current && error && (
          <ConflictNotice
            message={error.message}
            values={[
              ['Name', current.name],
              ['Host', current.host ?? ''],
              ['Duration', formatDuration(current.duration, 'en')],
              ['Category', categoryName(current.categoryId)],
              ['Vendor', vendors.data?.find((v) => v.id === current.vendorId)?.name ?? ''],
              ...locales.map((l): [string, string] => [`Purpose (${l})`, current.purpose[l] ?? '']),
            ]}
            onReload={() => {
              setBase(current);
              setForm(toForm(current, locales, fallbackCategory));
              update.reset();
            }}
          />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Name"
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            error={errors.name}
            required
          />
          {!item && <OcdSuggestions siteId={siteId} name={form.name} onPick={applyPick} />}
          <SelectField
            label="Match kind"
            value={form.matchKind}
            onChange={(e) => set('matchKind', e.target.value as TMatchKind)}
            error={errors.matchKind}
            hint="Prefix: _hj matches _hjSession_1. Pattern: # is an ID, XXX any text."
          >
            {MATCH_KINDS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Type"
            value={form.type}
            onChange={(e) => set('type', e.target.value as TStorageType)}
            error={errors.type}
          >
            {STORAGE_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </SelectField>
          <Field
            label="Host"
            placeholder=".example.se"
            value={form.host}
            onChange={(e) => set('host', e.target.value)}
            error={errors.host}
          />
          <SelectField
            label="Party"
            value={form.party}
            onChange={(e) => set('party', e.target.value as 'first' | 'third')}
            error={errors.party}
          >
            <option value="first">First party (the site itself)</option>
            <option value="third">Third party</option>
          </SelectField>
          <Field
            label="Duration"
            value={form.duration}
            onChange={(e) => set('duration', e.target.value)}
            error={errors.duration}
            hint={durationHint}
            aria-live="off"
            required
          />
          <SelectField
            label="Category"
            value={categoryId}
            onChange={(e) => set('categoryId', e.target.value)}
            error={errors.categoryId ?? errors.category}
            required
          >
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {categoryOption(c, locales)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Vendor"
            value={form.vendorId}
            onChange={(e) => set('vendorId', e.target.value)}
            error={errors.vendorId ?? errors.vendor}
          >
            <option value="">No vendor (the site itself)</option>
            {(vendors.data ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </SelectField>
        </div>
        {category?.required && (
          <TextareaField
            label="Necessity justification"
            value={form.necessityJustification}
            onChange={(e) => set('necessityJustification', e.target.value)}
            error={errors.necessityJustification}
            hint="Required in a necessary category: why can the site not work without it?"
            required
          />
        )}
        {locales.map((l) => (
          <TextareaField
            key={l}
            label={`Purpose (${l})`}
            value={form.purpose[l] ?? ''}
            onChange={(e) => set('purpose', { ...form.purpose, [l]: e.target.value })}
            error={errors[`purpose.${l}`]}
            marker={form.purpose[l]?.trim() ? null : <Badge tone="warning">{l} missing</Badge>}
          />
        ))}
        <div className="flex flex-col gap-1">
          <Field
            label="Recipient countries"
            placeholder="Leave empty to use the vendor's, e.g. SE, US"
            value={form.recipientCountries}
            onChange={(e) => set('recipientCountries', e.target.value)}
            error={errorUnder(errors, 'recipientCountries')}
            hint="ISO codes, separated by commas. Only when they differ from the vendor's."
          />
          {codes.length > 0 && (
            <p className="text-xs text-slate-700">
              {codes.map((c) => `${c.toUpperCase()}: ${countryName(c, 'en')}`).join(' · ')}
            </p>
          )}
        </div>
        {errors[''] && <p className="text-sm text-red-700">{errors['']}</p>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : item ? 'Save item' : 'Add item'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
