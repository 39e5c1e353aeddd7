'use client';

import {
  DEFAULT_REGION_RULES,
  hasDefaultTexts,
  MAX_CONSENT_MONTHS,
  type TRegion,
  type TRegionModel,
  type TSiteSettings,
} from '@smula/core';
import { ZSiteSettingsSchema } from '@smula/core/schema';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useWatch } from 'react-hook-form';
import { ConflictNotice } from '~/components/conflict-notice';
import { LoadingRows } from '~/components/empty-state';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { CheckboxField } from '~/components/ui/checkbox-field';
import { ErrorText } from '~/components/ui/error-text';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { TextareaField } from '~/components/ui/textarea-field';
import { splitList } from '~/lib/split-list';
import { useTRPC } from '~/trpc/react';
import { type TSite, useSite } from '../use-site';
import { useSiteRowForm } from '../use-site-row-form';

/** The settings as the form edits them: lists as text, numbers as typed. Paths as in settings. */
interface TSettingsForm {
  name: string;
  domains: string;
  locales: string;
  defaultLocale: string;
  consentLifetimes: { acceptMonths: string; rejectMonths: string };
  privacyPolicyUrl: string;
  cookiePolicyUrl: string;
  contact: { name: string; email: string; phone: string; url: string };
  googleConsentMode: { enabled: boolean; mode: 'basic' | 'advanced' };
  autoBlocking: boolean;
  regionRules: Record<TRegion, TRegionModel> & { optOutCategories: string };
}

function toForm({ settings: s }: Pick<TSite, 'settings'>): TSettingsForm {
  return {
    name: s.name,
    domains: s.domains.join('\n'),
    locales: s.locales.join(', '),
    defaultLocale: s.defaultLocale,
    consentLifetimes: {
      acceptMonths: String(s.consentLifetimes.acceptMonths),
      rejectMonths: String(s.consentLifetimes.rejectMonths),
    },
    privacyPolicyUrl: s.privacyPolicyUrl ?? '',
    cookiePolicyUrl: s.cookiePolicyUrl ?? '',
    contact: {
      name: s.contact.name ?? '',
      email: s.contact.email ?? '',
      phone: s.contact.phone ?? '',
      url: s.contact.url ?? '',
    },
    googleConsentMode: { enabled: s.googleConsentMode.enabled, mode: s.googleConsentMode.mode },
    autoBlocking: s.autoBlocking === true,
    regionRules: {
      ...(s.regionRules ?? DEFAULT_REGION_RULES).models,
      optOutCategories: (s.regionRules ?? DEFAULT_REGION_RULES).optOutCategories.join(', '),
    },
  };
}

/** Blank texts left out: an empty URL field means "none". */
function filled<T extends Record<string, string>>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v),
  ) as Partial<T>;
}

const localeList = (text: string) => splitList(text).map((l) => l.toLowerCase());
// Sent as typed: "24" reaches the schema, whose "at most 13 months" shows next to the field.
const months = (v: string) => Math.round(Number(v) || 0);

/** The settings the form stands for; Consent Mode options the form does not show are kept. */
function toSettings(
  f: TSettingsForm,
  gcm: Partial<TSiteSettings['googleConsentMode']> = {},
  hadRules = false,
): TSiteSettings {
  const { optOutCategories, ...models } = f.regionRules;
  const regionRules = { models, optOutCategories: splitList(optOutCategories) };
  // A site that never changed its region rules keeps following the defaults (stored absent).
  const keepRules =
    hadRules || JSON.stringify(regionRules) !== JSON.stringify(DEFAULT_REGION_RULES);
  return {
    name: f.name,
    domains: splitList(f.domains),
    locales: localeList(f.locales),
    defaultLocale: f.defaultLocale,
    consentLifetimes: {
      acceptMonths: months(f.consentLifetimes.acceptMonths),
      rejectMonths: months(f.consentLifetimes.rejectMonths),
    },
    ...filled({ privacyPolicyUrl: f.privacyPolicyUrl, cookiePolicyUrl: f.cookiePolicyUrl }),
    contact: filled(f.contact),
    googleConsentMode: { ...gcm, ...f.googleConsentMode },
    autoBlocking: f.autoBlocking,
    ...(keepRules ? { regionRules } : {}),
  };
}

// Core's settings schema and core's wording, exactly as the server checks and words them.
const resolver = zodFormResolver<TSettingsForm>(ZSiteSettingsSchema, {
  toCandidate: (f) => toSettings(f),
});

// Their words are `settings.regions.*`, `settings.models.*` and `settings.gcmModes.*`.
const REGIONS: readonly TRegion[] = ['eu', 'uk', 'ch', 'us', 'other'];
const REGION_MODELS: readonly TRegionModel[] = ['opt-in', 'opt-out', 'none'];
const GCM_MODES = ['basic', 'advanced'] as const;

export function SettingsForm({ siteId }: { siteId: string }) {
  const t = useTranslations('settings');
  const { site, canAdmin } = useSite(siteId);
  if (!site) return <LoadingRows label={t('loading')} rows={6} />;
  return <SettingsEditor site={site} canAdmin={canAdmin} />;
}

function SettingsEditor({ site, canAdmin }: { site: TSite; canAdmin: boolean }) {
  const t = useTranslations('settings');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const router = useRouter();
  const { form, onSubmit, conflict, pending } = useSiteRowForm({
    site,
    toForm,
    resolver,
    save: useMutation(trpc.site.updateSettings.mutationOptions()),
    toInput: (values, revision) => ({
      siteId: site.id,
      revision,
      settings: toSettings(
        values,
        site.settings.googleConsentMode,
        site.settings.regionRules !== undefined,
      ),
    }),
    saved: t('saved'),
    onSaved: () => router.refresh(),
  });
  const field = useFieldProps(form);
  const [localesText, defaultLocale, gcmEnabled] = useWatch({
    control: form.control,
    name: ['locales', 'defaultLocale', 'googleConsentMode.enabled'],
  });
  const locales = localeList(localesText);
  const withoutDefaults = locales.filter((l) => l && !hasDefaultTexts(l));
  const monthsHint = t('monthsHint', { max: MAX_CONSENT_MONTHS });

  return (
    <form aria-label={t('title')} noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <div>
        <h2 className="text-lg font-semibold">{t('title')}</h2>
        {!canAdmin && (
          <p role="note" className="mt-1 rounded-md bg-amber-50 p-2 text-sm text-amber-950">
            {t('adminsOnly')}
          </p>
        )}
      </div>
      {conflict && (
        <ConflictNotice
          message={conflict.message}
          values={[
            [t('name'), conflict.current.settings.name],
            [t('domains'), conflict.current.settings.domains.join(', ')],
            [t('locales'), conflict.current.settings.locales.join(', ')],
            [
              t('consentKept'),
              t('consentKeptValue', {
                accept: conflict.current.settings.consentLifetimes.acceptMonths,
                reject: conflict.current.settings.consentLifetimes.rejectMonths,
              }),
            ],
            [t('privacyPolicy'), conflict.current.settings.privacyPolicyUrl ?? ''],
          ]}
          onReload={conflict.reload}
        />
      )}
      <fieldset disabled={!canAdmin} className="flex flex-col gap-4">
        <Card className="grid gap-4 sm:grid-cols-2">
          <Field label={t('siteName')} {...field('name')} required />
          <TextareaField
            label={t('domains')}
            rows={2}
            {...field('domains')}
            hint={t('domainsHint')}
          />
          <Field
            label={t('languages')}
            {...field('locales')}
            hint={
              withoutDefaults.length
                ? t('noDefaults', { locales: withoutDefaults.join(', ') })
                : t('languagesHint')
            }
          />
          <SelectField label={t('defaultLanguage')} {...field('defaultLocale')}>
            {(locales.includes(defaultLocale) ? locales : [defaultLocale, ...locales]).map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </SelectField>
        </Card>
        <Card className="grid gap-4 sm:grid-cols-2">
          <h3 className="font-semibold sm:col-span-2">{t('lifetimes')}</h3>
          {(
            [
              ['acceptMonths', t('acceptMonths')],
              ['rejectMonths', t('rejectMonths')],
            ] as const
          ).map(([key, label]) => (
            <Field
              key={key}
              label={label}
              type="number"
              min={1}
              max={MAX_CONSENT_MONTHS}
              {...field(`consentLifetimes.${key}`)}
              hint={monthsHint}
            />
          ))}
        </Card>
        <Card className="grid gap-4 sm:grid-cols-2">
          <h3 className="font-semibold sm:col-span-2">{t('policies')}</h3>
          <Field
            label={t('privacyUrl')}
            type="url"
            placeholder="https://"
            {...field('privacyPolicyUrl')}
          />
          <Field
            label={t('cookieUrl')}
            type="url"
            placeholder="https://"
            {...field('cookiePolicyUrl')}
          />
          <Field label={t('contactName')} hint={t('contactNameHint')} {...field('contact.name')} />
          <Field label={t('contactEmail')} type="email" {...field('contact.email')} />
          <Field label={t('contactPhone')} {...field('contact.phone')} />
          <Field
            label={t('contactUrl')}
            type="url"
            placeholder="https://"
            {...field('contact.url')}
          />
        </Card>
        <Card className="flex flex-col gap-3">
          <h3 className="font-semibold">{t('gcm')}</h3>
          <CheckboxField label={t('gcmSend')} {...form.register('googleConsentMode.enabled')} />
          <fieldset className="flex flex-col gap-1" disabled={!gcmEnabled || !canAdmin}>
            <legend className="text-sm font-medium text-slate-800">{t('mode')}</legend>
            {GCM_MODES.map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  value={value}
                  {...form.register('googleConsentMode.mode')}
                  className="accent-brand"
                />
                {t(`gcmModes.${value}`)}
              </label>
            ))}
          </fieldset>
          <p className="text-sm text-slate-600">
            {t.rich('gcmExplain', { b: (c) => <strong>{c}</strong> })}
          </p>
        </Card>
        <Card className="flex flex-col gap-3">
          <h3 className="font-semibold">{t('autoBlocking')}</h3>
          <CheckboxField label={t('autoBlocking')} {...form.register('autoBlocking')} />
          <p className="text-sm text-slate-600">
            {t.rich('autoBlockingExplain', {
              code: (c) => <code>{c}</code>,
              head: '<head>',
              attribute: 'type="text/plain" data-category',
            })}
          </p>
        </Card>
        <Card className="flex flex-col gap-3">
          <h3 className="font-semibold">{t('regionRules')}</h3>
          <p className="text-sm text-slate-600">
            {t.rich('regionExplain', { code: (c) => <code>{c}</code> })}
          </p>
          <div className="grid gap-3 sm:grid-cols-3">
            {REGIONS.map((region) => (
              <SelectField
                key={region}
                label={t(`regions.${region}`)}
                {...field(`regionRules.${region}`)}
              >
                {REGION_MODELS.map((value) => (
                  <option key={value} value={value}>
                    {t(`models.${value}`)}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
          <Field
            label={t('optOutGranted')}
            {...field('regionRules.optOutCategories')}
            hint={t('optOutHint')}
          />
        </Card>
      </fieldset>
      <ErrorText>{form.formState.errors.root?.server?.message}</ErrorText>
      {canAdmin && (
        <div className="flex justify-end">
          <Button type="submit" disabled={pending}>
            {pending ? tc('saving') : t('save')}
          </Button>
        </div>
      )}
    </form>
  );
}
