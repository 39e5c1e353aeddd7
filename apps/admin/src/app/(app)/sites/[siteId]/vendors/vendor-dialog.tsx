'use client';

import {
  CONSENT_SIGNALS,
  type TConsentSignal,
  TRANSFER_MECHANISMS,
  type TTransferMechanism,
} from '@smula/core';

/** The consent APIs the banner can call, as editors know them (see the docs' signals table). */
const SIGNAL_LABELS: Record<TConsentSignal, string> = {
  'microsoft-uet': 'Microsoft Advertising UET consent mode',
  'microsoft-clarity': 'Microsoft Clarity consent API',
  'meta-pixel': 'Meta Pixel consent',
  'tiktok-pixel': 'TikTok Pixel consent',
  matomo: 'Matomo tracking consent',
};

import { ZKeySchema, ZWebUrlSchema } from '@smula/core/schema';
import { useMutation, useQuery } from '@tanstack/react-query';
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
import { BASIS_LABELS, CountryBases } from './transfer-basis';

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
  const trpc = useTRPC();
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  const title = vendor ? `Edit vendor “${vendor.name}”` : 'Add vendor';
  if (!categories.data) return <LoadingDialog title={title} onClose={onClose} />;
  return (
    <VendorForm
      siteId={siteId}
      locales={locales}
      vendor={vendor}
      title={title}
      categories={categories.data}
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
  onClose,
}: {
  siteId: string;
  locales: readonly string[];
  vendor: TVendorRow | null;
  title: string;
  categories: readonly TCategoryRow[];
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateDeclaration();
  const state = useEntityDialog({
    siteId,
    row: vendor,
    noun: 'Vendor',
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
      formLabel={vendor ? 'Edit vendor' : 'Add vendor'}
      state={state}
      submitLabel={vendor ? 'Save vendor' : 'Add vendor'}
      onClose={onClose}
      conflictValues={(current) => [
        ['Name', current.name],
        ['Legal name', current.legalName ?? ''],
        ['Countries', current.countries.join(', ')],
        ['DPF certified', current.dpfCertified ? 'yes' : 'no'],
        ['Privacy policy', current.privacyPolicyUrl ?? ''],
      ]}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" {...field('name')} required />
        <Field label="Slug" placeholder="Made from the name" {...field('slug')} />
        <Field label="Legal name" {...field('legalName')} />
        <SelectField label="Default category" {...field('defaultCategory')}>
          <option value="">None</option>
          <CategoryOptions categories={categories} locales={locales} value="key" />
        </SelectField>
        <Field
          label="Privacy-policy URL"
          type="url"
          placeholder="https://"
          {...field('privacyPolicyUrl')}
        />
        <Field label="Opt-out URL" type="url" placeholder="https://" {...field('optOutUrl')} />
      </div>
      <div className="flex flex-col gap-2">
        <Field
          label="Recipient countries"
          placeholder="SE, IE, US"
          {...field('countries')}
          hint="ISO 3166-1 codes separated by commas. The transfer basis of each is shown below."
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
          label="Hosts"
          placeholder="www.youtube.com, www.youtube-nocookie.com"
          {...field('hosts')}
          hint="Where the vendor's scripts, embeds and pixels come from, separated by commas. With automatic blocking on, the banner holds them until the vendor's default category (else its items' categories) is granted."
        />
        <CheckboxField
          label="Show a click-to-load placeholder in place of a blocked embed"
          {...form.register('embedPlaceholder')}
        />
        <SelectField
          label="Consent signal"
          {...field('consentSignal')}
          hint="The vendor's own consent API the banner calls on every decision: granted once the vendor's default category (else its items' categories) is."
        >
          <option value="">None</option>
          {CONSENT_SIGNALS.map((s) => (
            <option key={s} value={s}>
              {SIGNAL_LABELS[s]}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <CheckboxField
          label="Certified under the EU–US Data Privacy Framework"
          {...form.register('dpfCertified')}
        />
        <SelectField
          label="Transfer mechanism"
          {...field('transferMechanism')}
          hint="What the site relies on where no adequacy decision applies."
        >
          <option value="">Not stated</option>
          {TRANSFER_MECHANISMS.map((m) => (
            <option key={m} value={m}>
              {BASIS_LABELS[m]}
            </option>
          ))}
        </SelectField>
      </div>
      {locales.map((l) => (
        <LocaleFieldset key={l} locale={l}>
          <TextareaField
            label={`Description (${l})`}
            {...field(`description.${l}`)}
            hint="What the vendor does, which data, where it is stored."
            marker={description[l]?.trim() ? null : <Badge tone="warning">{l} missing</Badge>}
          />
          <Field label={`Retention (${l})`} {...field(`retention.${l}`)} />
        </LocaleFieldset>
      ))}
    </EntityFormDialog>
  );
}
