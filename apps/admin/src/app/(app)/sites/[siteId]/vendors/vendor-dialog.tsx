'use client';

import {
  CONSENT_SIGNALS,
  type TConsentSignal,
  type TKnownVendor,
  TRANSFER_MECHANISMS,
  type TTransferMechanism,
} from '@smula/core';

// The consent APIs the banner can call, as editors know them (see the docs' signals table):
// `vendorDialog.signals.<signal>` in the messages.

import { ZKeySchema, ZWebUrlSchema } from '@smula/core/schema';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { EntityFormDialog } from '~/components/form/entity-form-dialog';
import { useFieldProps } from '~/components/form/field-props';
import { useEntityDialog } from '~/components/form/use-entity-dialog';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { LoadingDialog } from '~/components/loading-dialog';
import { Badge } from '~/components/ui/badge';
import { CheckboxField } from '~/components/ui/checkbox-field';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { TextareaField } from '~/components/ui/textarea-field';
import { describeIssues } from '~/lib/describe-issues';
import { splitList } from '~/lib/split-list';
import { useTRPC } from '~/trpc/react';
import { CategoryOptions } from '../category-options';
import { LocaleFieldset } from '../locale-fieldset';
import {
  localeTexts,
  type TCategoryRow,
  type TVendorRow,
  useInvalidateDeclaration,
} from '../use-site';
import { KnownVendorPicker } from './known-vendor-picker';
import { CountryBases } from './transfer-basis';

interface TVendorForm {
  name: string;
  slug: string;
  legalName: string;
  privacyPolicyUrl: string;
  optOutUrl: string;
  countries: string;
  dpfCertified: boolean;
  transferMechanism: TTransferMechanism | '';
  retention: Record<string, string>;
  description: Record<string, string>;
  defaultCategory: string;
  hosts: string;
  embedPlaceholder: boolean;
  consentSignal: TConsentSignal | '';
}

const toForm = (v: TVendorRow | null, locales: readonly string[]): TVendorForm => ({
  name: v?.name ?? '',
  slug: v?.slug ?? '',
  legalName: v?.legalName ?? '',
  privacyPolicyUrl: v?.privacyPolicyUrl ?? '',
  optOutUrl: v?.optOutUrl ?? '',
  countries: (v?.countries ?? []).join(', '),
  dpfCertified: v?.dpfCertified ?? false,
  transferMechanism: v?.transferMechanism ?? '',
  retention: localeTexts(locales, v?.retention),
  description: localeTexts(locales, v?.description),
  defaultCategory: v?.defaultCategoryKey ?? '',
  hosts: (v?.hosts ?? []).join(', '),
  embedPlaceholder: v?.embedPlaceholder ?? true,
  consentSignal: v?.consentSignal ?? '',
});

/**
 * A known vendor as the form's values: every field it states, the site's locales' descriptions
 * where core words them, and its default category only if the site has that category.
 */
const fromKnown = (
  k: TKnownVendor,
  locales: readonly string[],
  categoryKeys: ReadonlySet<string>,
): TVendorForm => ({
  ...toForm(null, locales),
  name: k.name,
  slug: k.id,
  legalName: k.legalName ?? '',
  privacyPolicyUrl: k.privacyPolicyUrl ?? '',
  optOutUrl: k.optOutUrl ?? '',
  countries: k.countries.join(', '),
  dpfCertified: k.dpfCertified,
  transferMechanism: k.transferMechanism ?? '',
  retention: localeTexts(locales, k.retention),
  description: localeTexts(locales, k.description),
  defaultCategory:
    k.defaultCategory && categoryKeys.has(k.defaultCategory) ? k.defaultCategory : '',
  hosts: (k.hosts ?? []).join(', '),
  embedPlaceholder: k.embedPlaceholder ?? true,
  consentSignal: k.consentSignal ?? '',
});

const blank = (s: string) => s.trim() || undefined;

// What the browser can check as the server will: the name, a slug if one is given (else the
// server makes it from the name) and the two links. Countries and the default category are the
// server's to judge against the site.
const resolver = zodFormResolver<TVendorForm>(
  z.object({
    name: z.string().trim().min(1, 'required'),
    slug: ZKeySchema.optional(),
    privacyPolicyUrl: ZWebUrlSchema.optional(),
    optOutUrl: ZWebUrlSchema.optional(),
  }),
  {
    toCandidate: (v) => ({
      name: v.name,
      slug: blank(v.slug),
      privacyPolicyUrl: blank(v.privacyPolicyUrl),
      optOutUrl: blank(v.optOutUrl),
    }),
    describe: (e) =>
      describeIssues(e, {
        labels: { privacyPolicyUrl: 'Privacy-policy URL', optOutUrl: 'Opt-out URL' },
      }),
  },
);

const toFields = (v: TVendorForm) => ({
  name: v.name,
  ...(v.slug.trim() ? { slug: v.slug.trim() } : {}),
  legalName: v.legalName.trim() || null,
  privacyPolicyUrl: v.privacyPolicyUrl.trim() || null,
  optOutUrl: v.optOutUrl.trim() || null,
  countries: splitList(v.countries),
  dpfCertified: v.dpfCertified,
  transferMechanism: v.transferMechanism || null,
  retention: v.retention,
  description: v.description,
  defaultCategory: v.defaultCategory || null,
  hosts: splitList(v.hosts),
  embedPlaceholder: v.embedPlaceholder,
  consentSignal: v.consentSignal || null,
});

/** Adds a vendor, or edits one; the transfer basis of each country shows as it is typed. */
export function VendorDialog({
  siteId,
  locales,
  vendor,
  onClose,
}: {
  siteId: string;
  locales: readonly string[];
  vendor: TVendorRow | null;
  onClose: () => void;
}) {
  const t = useTranslations('vendorDialog');
  const trpc = useTRPC();
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  const vendors = useQuery(trpc.vendor.list.queryOptions({ siteId }));
  const title = vendor ? t('editTitle', { name: vendor.name }) : t('addTitle');
  if (!categories.data) return <LoadingDialog title={title} onClose={onClose} />;
  return (
    <VendorForm
      siteId={siteId}
      locales={locales}
      vendor={vendor}
      title={title}
      categories={categories.data}
      taken={new Set((vendors.data ?? []).map((v) => v.slug))}
      takenNames={new Set((vendors.data ?? []).map((v) => v.name.toLowerCase()))}
      onClose={onClose}
    />
  );
}

function VendorForm({
  siteId,
  locales,
  vendor,
  title,
  categories,
  taken,
  takenNames,
  onClose,
}: {
  siteId: string;
  locales: readonly string[];
  vendor: TVendorRow | null;
  title: string;
  categories: readonly TCategoryRow[];
  taken: ReadonlySet<string>;
  takenNames: ReadonlySet<string>;
  onClose: () => void;
}) {
  const t = useTranslations('vendorDialog');
  const tc = useTranslations('common');
  const tb = useTranslations('transfer');
  const trpc = useTRPC();
  const invalidate = useInvalidateDeclaration();
  const state = useEntityDialog({
    siteId,
    row: vendor,
    toasts: { added: t('added'), saved: t('saved') },
    toForm: (v) => toForm(v, locales),
    toFields,
    resolver,
    create: useMutation(trpc.vendor.create.mutationOptions()),
    update: useMutation(trpc.vendor.update.mutationOptions()),
    onSaved() {
      invalidate();
      onClose();
    },
  });
  const { form } = state;
  const field = useFieldProps(form);
  const [countries, dpfCertified, transferMechanism, description] = useWatch({
    control: form.control,
    name: ['countries', 'dpfCertified', 'transferMechanism', 'description'],
  });

  return (
    <EntityFormDialog
      title={title}
      formLabel={vendor ? t('editForm') : t('addTitle')}
      state={state}
      submitLabel={vendor ? t('save') : t('addTitle')}
      onClose={onClose}
      conflictValues={(current) => [
        [t('name'), current.name],
        [t('legalName'), current.legalName ?? ''],
        [t('countries'), current.countries.join(', ')],
        [t('dpf'), current.dpfCertified ? tc('yes') : tc('no')],
        [t('privacyPolicy'), current.privacyPolicyUrl ?? ''],
      ]}
    >
      {!vendor && (
        <KnownVendorPicker
          siteId={siteId}
          taken={taken}
          takenNames={takenNames}
          onPickOcd={(v) =>
            form.reset(
              {
                ...toForm(null, locales),
                name: v.name,
                legalName: v.legalName ?? '',
                privacyPolicyUrl: v.privacyPolicyUrl ?? '',
              },
              { keepDefaultValues: true },
            )
          }
          onPick={(k) =>
            // Kept as the form's starting point is: the fields count as edited (unsaved guard).
            form.reset(fromKnown(k, locales, new Set(categories.map((c) => c.key))), {
              keepDefaultValues: true,
            })
          }
        />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('name')} {...field('name')} required />
        <Field label={t('slug')} placeholder={t('slugPlaceholder')} {...field('slug')} />
        <Field label={t('legalName')} {...field('legalName')} />
        <SelectField label={t('defaultCategory')} {...field('defaultCategory')}>
          <option value="">{t('none')}</option>
          <CategoryOptions categories={categories} locales={locales} value="key" />
        </SelectField>
        <Field
          label={t('privacyUrl')}
          type="url"
          placeholder="https://"
          {...field('privacyPolicyUrl')}
        />
        <Field label={t('optOutUrl')} type="url" placeholder="https://" {...field('optOutUrl')} />
      </div>
      <div className="flex flex-col gap-2">
        <Field
          label={t('recipientCountries')}
          placeholder="SE, IE, US"
          {...field('countries')}
          hint={t('countriesHint')}
        />
        <div className="text-xs" aria-live="polite">
          <CountryBases
            codes={splitList(countries)}
            dpfCertified={dpfCertified}
            transferMechanism={transferMechanism || null}
          />
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <Field
          label={t('hosts')}
          placeholder="www.youtube.com, www.youtube-nocookie.com"
          {...field('hosts')}
          hint={t('hostsHint')}
        />
        <CheckboxField label={t('placeholder')} {...form.register('embedPlaceholder')} />
        <SelectField label={t('signal')} {...field('consentSignal')} hint={t('signalHint')}>
          <option value="">{t('none')}</option>
          {CONSENT_SIGNALS.map((s) => (
            <option key={s} value={s}>
              {t(`signals.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <CheckboxField label={t('dpfLabel')} {...form.register('dpfCertified')} />
        <SelectField
          label={t('mechanism')}
          {...field('transferMechanism')}
          hint={t('mechanismHint')}
        >
          <option value="">{t('notStated')}</option>
          {TRANSFER_MECHANISMS.map((m) => (
            <option key={m} value={m}>
              {tb(`basis.${m}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {locales.map((l) => (
        <LocaleFieldset key={l} locale={l}>
          <TextareaField
            label={t('description', { locale: l })}
            {...field(`description.${l}`)}
            hint={t('descriptionHint')}
            marker={
              description[l]?.trim() ? null : (
                <Badge tone="warning">{tc('missing', { locale: l })}</Badge>
              )
            }
          />
          <Field label={t('retention', { locale: l })} {...field(`retention.${l}`)} />
        </LocaleFieldset>
      ))}
    </EntityFormDialog>
  );
}
