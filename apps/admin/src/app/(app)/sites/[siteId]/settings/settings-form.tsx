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

const REGION_LABELS: readonly (readonly [TRegion, string])[] = [
  ['eu', 'EU/EEA'],
  ['uk', 'United Kingdom'],
  ['ch', 'Switzerland'],
  ['us', 'United States'],
  ['other', 'Everywhere else'],
];
const REGION_MODEL_LABELS: readonly (readonly [TRegionModel, string])[] = [
  ['opt-in', 'Opt-in: ask first'],
  ['opt-out', 'Opt-out: notice, refusal offered'],
  ['none', 'No banner'],
];

const GCM_MODES = [
  ['basic', 'Basic: Google tags wait for consent (recommended)'],
  ['advanced', 'Advanced: cookieless pings before consent'],
] as const;

export function SettingsForm({ siteId }: { siteId: string }) {
  const { site, canAdmin } = useSite(siteId);
  if (!site) return <LoadingRows label="Loading settings…" rows={6} />;
  return <SettingsEditor site={site} canAdmin={canAdmin} />;
}

function SettingsEditor({ site, canAdmin }: { site: TSite; canAdmin: boolean }) {
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
    saved: 'Settings saved',
    onSaved: () => router.refresh(),
  });
  const field = useFieldProps(form);
  const [localesText, defaultLocale, gcmEnabled] = useWatch({
    control: form.control,
    name: ['locales', 'defaultLocale', 'googleConsentMode.enabled'],
  });
  const locales = localeList(localesText);
  const withoutDefaults = locales.filter((l) => l && !hasDefaultTexts(l));
  const monthsHint = `1 to ${MAX_CONSENT_MONTHS}; the law allows no longer.`;

  return (
    <form aria-label="Site settings" noValidate className="flex flex-col gap-4" onSubmit={onSubmit}>
      <div>
        <h2 className="text-lg font-semibold">Site settings</h2>
        {!canAdmin && (
          <p role="note" className="mt-1 rounded-md bg-amber-50 p-2 text-sm text-amber-950">
            Only admins and owners change site settings; you can read them.
          </p>
        )}
      </div>
      {conflict && (
        <ConflictNotice
          message={conflict.message}
          values={[
            ['Name', conflict.current.settings.name],
            ['Domains', conflict.current.settings.domains.join(', ')],
            ['Locales', conflict.current.settings.locales.join(', ')],
            [
              'Consent kept (months)',
              `accept ${conflict.current.settings.consentLifetimes.acceptMonths}, reject ${conflict.current.settings.consentLifetimes.rejectMonths}`,
            ],
            ['Privacy policy', conflict.current.settings.privacyPolicyUrl ?? ''],
          ]}
          onReload={conflict.reload}
        />
      )}
      <fieldset disabled={!canAdmin} className="flex flex-col gap-4">
        <Card className="grid gap-4 sm:grid-cols-2">
          <Field label="Site name" {...field('name')} required />
          <TextareaField
            label="Domains"
            rows={2}
            {...field('domains')}
            hint="One per line, e.g. example.se or *.example.se."
          />
          <Field
            label="Languages"
            {...field('locales')}
            hint={
              withoutDefaults.length
                ? `No default texts in ${withoutDefaults.join(', ')}: write every text in Texts before publishing.`
                : 'Language codes separated by commas, e.g. sv, en, de. Smula has default texts in the 24 EU languages, nb and is.'
            }
          />
          <SelectField label="Default language" {...field('defaultLocale')}>
            {(locales.includes(defaultLocale) ? locales : [defaultLocale, ...locales]).map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </SelectField>
        </Card>
        <Card className="grid gap-4 sm:grid-cols-2">
          <h3 className="font-semibold sm:col-span-2">Consent lifetimes</h3>
          {(
            [
              ['acceptMonths', 'Keep an acceptance (months)'],
              ['rejectMonths', 'Keep a rejection (months)'],
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
          <h3 className="font-semibold sm:col-span-2">Policies and contact</h3>
          <Field
            label="Privacy-policy URL"
            type="url"
            placeholder="https://"
            {...field('privacyPolicyUrl')}
          />
          <Field
            label="Cookie-policy URL"
            type="url"
            placeholder="https://"
            {...field('cookiePolicyUrl')}
          />
          <Field label="Contact name" {...field('contact.name')} />
          <Field label="Contact e-mail" type="email" {...field('contact.email')} />
          <Field label="Contact phone" {...field('contact.phone')} />
          <Field
            label="Contact web page"
            type="url"
            placeholder="https://"
            {...field('contact.url')}
          />
        </Card>
        <Card className="flex flex-col gap-3">
          <h3 className="font-semibold">Google Consent Mode</h3>
          <CheckboxField
            label="Send Google Consent Mode v2 signals"
            {...form.register('googleConsentMode.enabled')}
          />
          <fieldset className="flex flex-col gap-1" disabled={!gcmEnabled || !canAdmin}>
            <legend className="text-sm font-medium text-slate-800">Mode</legend>
            {GCM_MODES.map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  value={value}
                  {...form.register('googleConsentMode.mode')}
                  className="accent-brand"
                />
                {label}
              </label>
            ))}
          </fieldset>
          <p className="text-sm text-slate-600">
            Both modes push the same signals: every Consent Mode type denied first, before any tag
            runs, then one update per decision. They differ in what you let load before consent. In{' '}
            <strong>basic</strong> mode Google's tags stay blocked until the visitor agrees (tag
            them by hand or give the Google vendor its hosts for automatic blocking): nothing
            reaches Google before consent. In <strong>advanced</strong> mode the tags load at once
            and, while consent is denied, send cookieless pings that Google uses to model
            conversions. Those pings still carry the visitor's IP address and browser details, so
            this sends personal data to Google without consent; choose it only if your legal
            assessment allows that (for example a documented legitimate interest), and never for
            tags that set cookies anyway.
          </p>
        </Card>
        <Card className="flex flex-col gap-3">
          <h3 className="font-semibold">Automatic blocking</h3>
          <CheckboxField label="Automatic blocking" {...form.register('autoBlocking')} />
          <p className="text-sm text-slate-600">
            When on, the banner holds back scripts, iframes, pixels and preloads from the
            third-party hosts your storage items and vendors name, until the visitor grants every
            category those items belong to; then it loads them once, in page order. Hosts of this
            site and hosts of necessary items are never held back. It needs the banner as the first
            script in <code>&lt;head&gt;</code> and each item’s host (or the vendor’s hosts) filled
            in; a blocked embed shows a click-to-load placeholder. It cannot stop an inline script
            that calls a tracker, or <code>fetch</code>/<code>sendBeacon</code> requests: tag those
            by hand with <code>type="text/plain" data-category</code>, which always wins. Takes
            effect when you publish.
          </p>
        </Card>
        <Card className="flex flex-col gap-3">
          <h3 className="font-semibold">Region rules</h3>
          <p className="text-sm text-slate-600">
            Which consent model applies where the visitor is, known from the country header your
            edge sets (<code>SMULA_REGION_HEADER</code>); an unknown region always gets opt-in.
            Opt-in asks first. Opt-out grants the categories listed below from the start and shows
            the banner as a notice with Reject all. No banner grants everything. The EU/EEA must
            stay opt-in: publishing refuses anything else. Takes effect when you publish.
          </p>
          <div className="grid gap-3 sm:grid-cols-3">
            {REGION_LABELS.map(([region, label]) => (
              <SelectField key={region} label={label} {...field(`regionRules.${region}`)}>
                {REGION_MODEL_LABELS.map(([value, text]) => (
                  <option key={value} value={value}>
                    {text}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
          <Field
            label="Granted from the start under opt-out"
            {...field('regionRules.optOutCategories')}
            hint="Category keys separated by commas, e.g. preferences, statistics. Global Privacy Control still refuses marketing."
          />
        </Card>
      </fieldset>
      <ErrorText>{form.formState.errors.root?.server?.message}</ErrorText>
      {canAdmin && (
        <div className="flex justify-end">
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : 'Save settings'}
          </Button>
        </div>
      )}
    </form>
  );
}
