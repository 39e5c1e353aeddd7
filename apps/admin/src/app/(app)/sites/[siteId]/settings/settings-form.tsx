'use client';

import { MAX_CONSENT_MONTHS, type TSiteSettings } from '@smula/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import { ConflictNotice } from '~/components/conflict-notice';
import { LoadingRows } from '~/components/empty-state';
import {
  conflictCurrent,
  errorUnder,
  hasFieldErrors,
  serverFieldErrors,
} from '~/components/server-errors';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { CheckboxField } from '~/components/ui/checkbox-field';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { TextareaField } from '~/components/ui/textarea-field';
import { useTRPC } from '~/trpc/react';
import { type TSite, useSite } from '../use-site';

interface TForm {
  name: string;
  domains: string;
  locales: string;
  defaultLocale: string;
  acceptMonths: string;
  rejectMonths: string;
  privacyPolicyUrl: string;
  cookiePolicyUrl: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactUrl: string;
  gcmEnabled: boolean;
  gcmMode: 'basic' | 'advanced';
}

const list = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function toForm(s: TSiteSettings): TForm {
  return {
    name: s.name,
    domains: s.domains.join('\n'),
    locales: s.locales.join(', '),
    defaultLocale: s.defaultLocale,
    acceptMonths: String(s.consentLifetimes.acceptMonths),
    rejectMonths: String(s.consentLifetimes.rejectMonths),
    privacyPolicyUrl: s.privacyPolicyUrl ?? '',
    cookiePolicyUrl: s.cookiePolicyUrl ?? '',
    contactName: s.contact.name ?? '',
    contactEmail: s.contact.email ?? '',
    contactPhone: s.contact.phone ?? '',
    contactUrl: s.contact.url ?? '',
    gcmEnabled: s.googleConsentMode.enabled,
    gcmMode: s.googleConsentMode.mode,
  };
}

function optional<T extends Record<string, string>>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v),
  ) as Partial<T>;
}

export function SettingsForm({ siteId }: { siteId: string }) {
  const { site, canAdmin } = useSite(siteId);
  if (!site) return <LoadingRows label="Loading settings…" rows={6} />;
  return <SettingsEditor site={site} canAdmin={canAdmin} />;
}

function SettingsEditor({ site, canAdmin }: { site: TSite; canAdmin: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => toForm(site.settings));
  const [revision, setRevision] = useState(site.revision);
  const [dirty, setDirty] = useState(false);
  // Untouched, the form follows the site (a save here or elsewhere); edited, it keeps the
  // editor's values and the revision they started from, so a stale save is a conflict.
  useEffect(() => {
    if (!dirty) {
      setForm(toForm(site.settings));
      setRevision(site.revision);
    }
  }, [site, dirty]);
  const set = <K extends keyof TForm>(k: K, v: TForm[K]) => {
    setDirty(true);
    setForm((f) => ({ ...f, [k]: v }));
  };
  const save = useMutation(
    trpc.site.updateSettings.mutationOptions({
      onSuccess() {
        toast.success('Settings saved');
        setDirty(false);
        queryClient.invalidateQueries({ queryKey: trpc.site.pathKey() });
        queryClient.invalidateQueries({ queryKey: trpc.declaration.pathKey() });
        router.refresh();
      },
      onError(err) {
        if (!hasFieldErrors(err) && !conflictCurrent(err)) toast.error(err.message);
      },
    }),
  );
  const errors = serverFieldErrors(save.error);
  const current = conflictCurrent<TSite>(save.error);
  const locales = list(form.locales).map((l) => l.toLowerCase());
  // Sent as typed: the server's "at most 13 months" shows next to the field.
  const months = (v: string) => Math.round(Number(v) || 0);

  return (
    <form
      aria-label="Site settings"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const settings: TSiteSettings = {
          name: form.name,
          domains: list(form.domains),
          locales,
          defaultLocale: form.defaultLocale,
          consentLifetimes: {
            acceptMonths: months(form.acceptMonths),
            rejectMonths: months(form.rejectMonths),
          },
          ...optional({
            privacyPolicyUrl: form.privacyPolicyUrl,
            cookiePolicyUrl: form.cookiePolicyUrl,
          }),
          contact: optional({
            name: form.contactName,
            email: form.contactEmail,
            phone: form.contactPhone,
            url: form.contactUrl,
          }),
          googleConsentMode: {
            ...site.settings.googleConsentMode,
            enabled: form.gcmEnabled,
            mode: form.gcmMode,
          },
        };
        save.mutate({ siteId: site.id, revision, settings });
      }}
    >
      <div>
        <h2 className="text-lg font-semibold">Site settings</h2>
        {!canAdmin && (
          <p role="note" className="mt-1 rounded-md bg-amber-50 p-2 text-sm text-amber-950">
            Only admins and owners change site settings; you can read them.
          </p>
        )}
      </div>
      {current && save.error && (
        <ConflictNotice
          message={save.error.message}
          values={[
            ['Name', current.settings.name],
            ['Domains', current.settings.domains.join(', ')],
            ['Locales', current.settings.locales.join(', ')],
            [
              'Consent kept (months)',
              `accept ${current.settings.consentLifetimes.acceptMonths}, reject ${current.settings.consentLifetimes.rejectMonths}`,
            ],
            ['Privacy policy', current.settings.privacyPolicyUrl ?? ''],
          ]}
          onReload={() => {
            setForm(toForm(current.settings));
            setRevision(current.revision);
            setDirty(false);
            save.reset();
            queryClient.invalidateQueries({ queryKey: trpc.site.pathKey() });
          }}
        />
      )}
      <fieldset disabled={!canAdmin} className="flex flex-col gap-4">
        <Card className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Site name"
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            error={errors.name}
            required
          />
          <TextareaField
            label="Domains"
            rows={2}
            value={form.domains}
            onChange={(e) => set('domains', e.target.value)}
            error={errorUnder(errors, 'domains')}
            hint="One per line, e.g. example.se or *.example.se."
          />
          <Field
            label="Languages"
            value={form.locales}
            onChange={(e) => set('locales', e.target.value)}
            error={errorUnder(errors, 'locales')}
            hint="Language codes separated by commas, e.g. sv, en, de."
          />
          <SelectField
            label="Default language"
            value={form.defaultLocale}
            onChange={(e) => set('defaultLocale', e.target.value)}
            error={errors.defaultLocale}
          >
            {(locales.includes(form.defaultLocale)
              ? locales
              : [form.defaultLocale, ...locales]
            ).map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </SelectField>
        </Card>
        <Card className="grid gap-4 sm:grid-cols-2">
          <h3 className="font-semibold sm:col-span-2">Consent lifetimes</h3>
          <Field
            label="Keep an acceptance (months)"
            type="number"
            min={1}
            max={MAX_CONSENT_MONTHS}
            value={form.acceptMonths}
            onChange={(e) => set('acceptMonths', e.target.value)}
            error={errors['consentLifetimes.acceptMonths']}
            hint={`1 to ${MAX_CONSENT_MONTHS}; the law allows no longer.`}
          />
          <Field
            label="Keep a rejection (months)"
            type="number"
            min={1}
            max={MAX_CONSENT_MONTHS}
            value={form.rejectMonths}
            onChange={(e) => set('rejectMonths', e.target.value)}
            error={errors['consentLifetimes.rejectMonths']}
            hint={`1 to ${MAX_CONSENT_MONTHS}; the law allows no longer.`}
          />
        </Card>
        <Card className="grid gap-4 sm:grid-cols-2">
          <h3 className="font-semibold sm:col-span-2">Policies and contact</h3>
          <Field
            label="Privacy-policy URL"
            type="url"
            placeholder="https://"
            value={form.privacyPolicyUrl}
            onChange={(e) => set('privacyPolicyUrl', e.target.value)}
            error={errors.privacyPolicyUrl}
          />
          <Field
            label="Cookie-policy URL"
            type="url"
            placeholder="https://"
            value={form.cookiePolicyUrl}
            onChange={(e) => set('cookiePolicyUrl', e.target.value)}
            error={errors.cookiePolicyUrl}
          />
          <Field
            label="Contact name"
            value={form.contactName}
            onChange={(e) => set('contactName', e.target.value)}
            error={errors['contact.name']}
          />
          <Field
            label="Contact e-mail"
            type="email"
            value={form.contactEmail}
            onChange={(e) => set('contactEmail', e.target.value)}
            error={errors['contact.email']}
          />
          <Field
            label="Contact phone"
            value={form.contactPhone}
            onChange={(e) => set('contactPhone', e.target.value)}
            error={errors['contact.phone']}
          />
          <Field
            label="Contact web page"
            type="url"
            placeholder="https://"
            value={form.contactUrl}
            onChange={(e) => set('contactUrl', e.target.value)}
            error={errors['contact.url']}
          />
        </Card>
        <Card className="flex flex-col gap-3">
          <h3 className="font-semibold">Google Consent Mode</h3>
          <CheckboxField
            label="Send Google Consent Mode v2 signals"
            checked={form.gcmEnabled}
            onChange={(e) => set('gcmEnabled', e.target.checked)}
          />
          <fieldset className="flex flex-col gap-1" disabled={!form.gcmEnabled || !canAdmin}>
            <legend className="text-sm font-medium text-slate-800">Mode</legend>
            {(
              [
                ['basic', 'Basic: Google tags wait for consent (recommended)'],
                ['advanced', 'Advanced: cookieless pings before consent'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="gcmMode"
                  value={value}
                  checked={form.gcmMode === value}
                  onChange={() => set('gcmMode', value)}
                  className="accent-brand"
                />
                {label}
              </label>
            ))}
          </fieldset>
        </Card>
      </fieldset>
      {errors[''] && <p className="text-sm text-red-700">{errors['']}</p>}
      {canAdmin && (
        <div className="flex justify-end">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save settings'}
          </Button>
        </div>
      )}
    </form>
  );
}
