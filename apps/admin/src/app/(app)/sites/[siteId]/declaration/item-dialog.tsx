'use client';

import {
  countryName,
  formatDuration,
  MATCH_KINDS,
  parseDuration,
  STORAGE_TYPES,
  suggestIdPattern,
  type TDuration,
  type TMatchKind,
  type TStorageType,
} from '@smula/core';
import { sameSite } from '@smula/core/import';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { EntityFormDialog } from '~/components/form/entity-form-dialog';
import { useFieldProps } from '~/components/form/field-props';
import { useEntityDialog } from '~/components/form/use-entity-dialog';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { LoadingDialog } from '~/components/loading-dialog';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { TextareaField } from '~/components/ui/textarea-field';
import { describeIssues } from '~/lib/describe-issues';
import { splitList } from '~/lib/split-list';
import { useTRPC } from '~/trpc/react';
import { categoryLabel } from '../category-label';
import { CategoryOptions } from '../category-options';
import {
  localeTexts,
  type TCategoryRow,
  type TItemRow,
  type TVendorRow,
  useInvalidateDeclaration,
  useSite,
} from '../use-site';
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

function toFields(form: TItemForm, base: TItemLike | null) {
  const codes = splitList(form.recipientCountries);
  return {
    name: form.name,
    matchKind: form.matchKind,
    type: form.type,
    host: form.host.trim() || null,
    party: form.party,
    // Unchanged text keeps the structured value it came from.
    duration: base && form.duration === durationText(base.duration) ? base.duration : form.duration,
    purpose: form.purpose,
    categoryId: form.categoryId,
    vendorId: form.vendorId || null,
    necessityJustification: form.necessityJustification.trim() || null,
    recipientCountries: codes.length > 0 ? codes : null,
  };
}

// The fields the form marks required; the rest (durations, countries, the justification a
// necessary category asks for) is the server's to judge, with the site's rows at hand.
const resolver = zodFormResolver<TItemForm>(
  z.object({
    name: z.string().trim().min(1, 'required'),
    duration: z.string().trim().min(1, 'required'),
  }),
  { describe: (e) => describeIssues(e) },
);

/** A made-up name the pattern matches, to show what `#` stands for. */
function exampleOf(pattern: string): string {
  return pattern.replace(/#/g, () => '7351942');
}

/**
 * Adds a storage item (with Open Cookie Database suggestions as the name is typed), or edits
 * one. Opens once the site's categories and vendors are loaded, so its selects start right.
 */
export function ItemDialog({
  siteId,
  item,
  onClose,
}: {
  siteId: string;
  item: TItemLike | null;
  onClose: () => void;
}) {
  const t = useTranslations('itemDialog');
  const trpc = useTRPC();
  const { site } = useSite(siteId);
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  const vendors = useQuery(trpc.vendor.list.queryOptions({ siteId }));
  const title = item ? t('editTitle', { name: item.name }) : t('addTitle');
  if (!site || !categories.data || !vendors.data)
    return <LoadingDialog title={title} onClose={onClose} />;
  return (
    <ItemForm
      siteId={siteId}
      item={item}
      title={title}
      locales={site.settings.locales}
      domains={site.settings.domains}
      categories={categories.data}
      vendors={vendors.data}
      onClose={onClose}
    />
  );
}

function ItemForm({
  siteId,
  item,
  title,
  locales,
  domains,
  categories,
  vendors,
  onClose,
}: {
  siteId: string;
  item: TItemLike | null;
  title: string;
  locales: readonly string[];
  domains: readonly string[];
  categories: readonly TCategoryRow[];
  vendors: readonly TVendorRow[];
  onClose: () => void;
}) {
  const t = useTranslations('itemDialog');
  const tc = useTranslations('common');
  const tm = useTranslations('itemColumns');
  const types = useTranslations('itemTypes');
  const locale = useLocale();
  const trpc = useTRPC();
  const invalidate = useInvalidateDeclaration();
  const fallbackCategory =
    categories.find((c) => c.key === 'unclassified')?.id ?? categories[0]?.id ?? '';
  const state = useEntityDialog({
    siteId,
    row: item,
    toasts: { added: t('added'), saved: t('saved') },
    toForm: (i) => toForm(i, locales, fallbackCategory),
    toFields,
    resolver,
    create: useMutation(trpc.storageItem.create.mutationOptions()),
    update: useMutation(trpc.storageItem.update.mutationOptions()),
    onSaved() {
      invalidate();
      onClose();
    },
  });
  const { form } = state;
  const field = useFieldProps(form);
  const [name, matchKind, duration, categoryId, purpose, recipientCountries] = useWatch({
    control: form.control,
    name: ['name', 'matchKind', 'duration', 'categoryId', 'purpose', 'recipientCountries'],
  });
  // First or third party follows from the host and the site's domains, until the editor
  // chooses it themselves.
  const host = useWatch({ control: form.control, name: 'host' });
  const initialHost = useRef(host);
  useEffect(() => {
    const h = host.trim().replace(/^\./, '');
    // A stored item keeps its party until its host is edited.
    if (!h || host === initialHost.current || form.getFieldState('party').isDirty) return;
    const first = domains.some((d) => sameSite(h, d.replace(/^\*\./, '').replace(/:\d+$/, '')));
    form.setValue('party', first ? 'first' : 'third');
  }, [host, domains, form]);
  // An exact name with one visitor's id in it: offer the pattern that matches everyone's.
  const idPattern = matchKind === 'exact' ? suggestIdPattern(name.trim()) : null;
  const category = categories.find((c) => c.id === categoryId);
  const parsed = duration.trim() ? parseDuration(duration) : null;
  const durationHint = !parsed
    ? t('durationExample')
    : parsed.kind === 'unknown'
      ? t('durationUnknown')
      : t('durationReads', { duration: formatDuration(parsed, locale) });
  const codes = splitList(recipientCountries);

  // An Open Cookie Database suggestion fills what the editor has not written yet.
  const applyPick = ({ item: s, vendorName }: TOcdPick) => {
    const now = form.getValues();
    const set = (key: Parameters<typeof form.setValue>[0], value: string) =>
      form.setValue(key, value, { shouldDirty: true });
    if (!now.name) set('name', s.name);
    set('matchKind', s.matchKind);
    set('type', s.type);
    if (!now.host) set('host', s.host ?? '');
    set('party', s.party);
    set('duration', durationText(s.duration));
    if (locales.includes('en') && !now.purpose.en) set('purpose.en', s.purpose.en ?? '');
    const pickedCategory = categories.find((c) => c.key === s.category)?.id;
    if (pickedCategory) set('categoryId', pickedCategory);
    const vendor = vendors.find((v) => v.name.toLowerCase() === vendorName.toLowerCase());
    if (!now.vendorId && vendor) set('vendorId', vendor.id);
  };

  const categoryName = (id: string) => {
    const c = categories.find((x) => x.id === id);
    return c ? categoryLabel(c, locales) : id;
  };

  return (
    <EntityFormDialog
      title={title}
      formLabel={item ? t('editForm') : t('addTitle')}
      state={state}
      submitLabel={item ? t('save') : t('addTitle')}
      onClose={onClose}
      conflictValues={(current) => [
        [t('name'), current.name],
        [t('host'), current.host ?? ''],
        [t('duration'), formatDuration(current.duration, locale)],
        [t('category'), categoryName(current.categoryId)],
        [t('vendor'), vendors.find((v) => v.id === current.vendorId)?.name ?? ''],
        ...locales.map((l): [string, string] => [
          t('purpose', { locale: l }),
          current.purpose[l] ?? '',
        ]),
      ]}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('name')} {...field('name')} required />
        {!item && <OcdSuggestions siteId={siteId} name={name} onPick={applyPick} />}
        {idPattern && (
          <div role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-900 sm:col-span-2">
            <p>
              {t.rich('idPattern', {
                name: name.trim(),
                pattern: idPattern,
                example: exampleOf(idPattern),
                code: (c) => <code>{c}</code>,
              })}
            </p>
            <Button
              variant="secondary"
              size="sm"
              className="mt-2"
              onClick={() => {
                form.setValue('name', idPattern, { shouldDirty: true });
                form.setValue('matchKind', 'pattern', { shouldDirty: true });
              }}
            >
              {t('usePattern', { pattern: idPattern })}
            </Button>
          </div>
        )}
        <SelectField label={t('matchKind')} {...field('matchKind')} hint={t('matchKindHint')}>
          {MATCH_KINDS.map((m) => (
            <option key={m} value={m}>
              {tm(`matchKind.${m}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('type')} {...field('type')}>
          {STORAGE_TYPES.map((type) => (
            <option key={type} value={type}>
              {types(type)}
            </option>
          ))}
        </SelectField>
        <Field label={t('host')} placeholder=".example.se" {...field('host')} />
        <SelectField label={t('party')} {...field('party')}>
          <option value="first">{t('firstParty')}</option>
          <option value="third">{t('thirdParty')}</option>
        </SelectField>
        <Field
          label={t('duration')}
          {...field('duration')}
          hint={durationHint}
          aria-live="off"
          required
        />
        <SelectField label={t('category')} {...field('categoryId')} required>
          <CategoryOptions categories={categories} locales={locales} />
        </SelectField>
        <SelectField label={t('vendor')} {...field('vendorId')}>
          <option value="">{t('noVendor')}</option>
          {vendors.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </SelectField>
      </div>
      {category?.required && (
        <TextareaField
          label={t('justification')}
          {...field('necessityJustification')}
          hint={t('justificationHint')}
          required
        />
      )}
      {locales.map((l) => (
        <TextareaField
          key={l}
          label={t('purpose', { locale: l })}
          {...field(`purpose.${l}`)}
          marker={
            purpose[l]?.trim() ? null : <Badge tone="warning">{tc('missing', { locale: l })}</Badge>
          }
        />
      ))}
      <div className="flex flex-col gap-1">
        <Field
          label={t('countries')}
          placeholder={t('countriesPlaceholder')}
          {...field('recipientCountries')}
          hint={t('countriesHint')}
        />
        {codes.length > 0 && (
          <p className="text-xs text-slate-700">
            {codes.map((c) => `${c.toUpperCase()}: ${countryName(c, locale)}`).join(' · ')}
          </p>
        )}
      </div>
    </EntityFormDialog>
  );
}
