'use client';

import { GCM_SIGNALS, type TGcmSignal } from '@smula/core';
import { ZCategorySchema } from '@smula/core/schema';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { EntityFormDialog } from '~/components/form/entity-form-dialog';
import { errorAt, useFieldProps } from '~/components/form/field-props';
import { useEntityDialog } from '~/components/form/use-entity-dialog';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { CheckboxField } from '~/components/ui/checkbox-field';
import { ErrorText } from '~/components/ui/error-text';
import { Field } from '~/components/ui/field';
import { TextareaField } from '~/components/ui/textarea-field';
import { describeIssues } from '~/lib/describe-issues';
import { useTRPC } from '~/trpc/react';
import { LocaleFieldset } from '../locale-fieldset';
import { localeTexts, type TCategoryRow, useInvalidateDeclaration } from '../use-site';

interface TCategoryForm {
  key: string;
  required: boolean;
  gcmSignals: TGcmSignal[];
  name: Record<string, string>;
  description: Record<string, string>;
}

const toForm = (c: TCategoryRow | null, locales: readonly string[]): TCategoryForm => ({
  key: c?.key ?? '',
  required: c?.required ?? false,
  gcmSignals: [...(c?.gcmSignals ?? [])],
  name: localeTexts(locales, c?.name),
  description: localeTexts(locales, c?.description),
});

// Core's category schema, as the server applies it; the order is the server's to give.
const resolver = zodFormResolver<TCategoryForm>(ZCategorySchema, {
  toCandidate: (v) => ({ ...v, order: 0 }),
  describe: (e) => describeIssues(e),
});

/** Adds a category, or edits one. */
export function CategoryDialog({
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
  const t = useTranslations('categoryDialog');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const invalidate = useInvalidateDeclaration();
  const state = useEntityDialog({
    siteId,
    row: category,
    toasts: { added: t('added'), saved: t('saved') },
    toForm: (c) => toForm(c, locales),
    toFields: (v) => v,
    resolver,
    create: useMutation(trpc.category.create.mutationOptions()),
    update: useMutation(trpc.category.update.mutationOptions()),
    onSaved() {
      invalidate();
      onClose();
    },
  });
  const { form } = state;
  const field = useFieldProps(form);
  return (
    <EntityFormDialog
      title={category ? t('editTitle', { key: category.key }) : t('addTitle')}
      state={state}
      submitLabel={category ? t('save') : t('addTitle')}
      onClose={onClose}
      conflictValues={(current) => [
        [t('key'), current.key],
        [t('required'), current.required ? tc('yes') : tc('no')],
        [t('consentMode'), current.gcmSignals.join(', ')],
        ...locales.map((l): [string, string] => [t('name', { locale: l }), current.name[l] ?? '']),
      ]}
    >
      <Field label={t('key')} {...field('key')} hint={t('keyHint')} required />
      <CheckboxField label={t('requiredLabel')} {...form.register('required')} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">{t('gcm')}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {GCM_SIGNALS.map((s) => (
            <CheckboxField
              key={s}
              label={<code>{s}</code>}
              value={s}
              {...form.register('gcmSignals')}
            />
          ))}
        </div>
        <ErrorText>{errorAt(form.formState.errors, 'gcmSignals')}</ErrorText>
      </fieldset>
      {locales.map((l) => (
        <LocaleFieldset key={l} locale={l}>
          <Field label={t('name', { locale: l })} {...field(`name.${l}`)} />
          <TextareaField label={t('description', { locale: l })} {...field(`description.${l}`)} />
        </LocaleFieldset>
      ))}
    </EntityFormDialog>
  );
}
