'use client';

import { DEFAULT_TEXTS, defaultTextsFor, type TLocaleTextsDraft } from '@smula/core';
import { ZLocaleTextsDraftSchema } from '@smula/core/schema';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { ConflictNotice } from '~/components/conflict-notice';
import { LoadingRows } from '~/components/empty-state';
import { useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { ErrorText } from '~/components/ui/error-text';
import { TextareaField } from '~/components/ui/textarea-field';
import { toggleVariants } from '~/components/ui/toggle';
import { describeIssues } from '~/lib/describe-issues';
import { useTRPC } from '~/trpc/react';
import { type TSite, useSite } from '../use-site';
import { useSiteRowForm } from '../use-site-row-form';
import { useTextLabel } from './text-labels';

const BANNER_KEYS = Object.keys(
  DEFAULT_TEXTS.en.banner,
) as (keyof typeof DEFAULT_TEXTS.en.banner)[];
const POLICY_KEYS = Object.keys(DEFAULT_TEXTS.en.policy).filter(
  (k) => k !== 'sections',
) as string[];

type TDraftForm = { banner: Record<string, string>; policy: Record<string, string> };

function toForm(site: { texts: Record<string, TLocaleTextsDraft> }, locale: string): TDraftForm {
  const draft = site.texts[locale] ?? {};
  const pick = (obj: object | undefined, keys: readonly string[]) =>
    Object.fromEntries(
      keys.map((k) => {
        const v = (obj as Record<string, unknown> | undefined)?.[k];
        return [k, typeof v === 'string' ? v : ''];
      }),
    );
  return { banner: pick(draft.banner, BANNER_KEYS), policy: pick(draft.policy, POLICY_KEYS) };
}

// Core's draft-texts schema, worded as the server words it.
const resolver = zodFormResolver<TDraftForm>(ZLocaleTextsDraftSchema, {
  describe: (e) => describeIssues(e),
});

export function TextsEditor({ siteId }: { siteId: string }) {
  const t = useTranslations('texts');
  const trpc = useTRPC();
  const { site, canEdit, isPending } = useSite(siteId);
  const missing = useQuery(trpc.declaration.missingTranslations.queryOptions({ siteId }));
  const missingTexts = new Map((missing.data ?? []).map((m) => [m.locale, m.texts.length]));
  const locales = site?.settings.locales ?? [];
  const [locale, setLocaleNow] = useState<string | null>(null);
  // The open language's unsaved edits: switching language asks before dropping them.
  const [dirty, setDirty] = useState(false);
  const [switchTo, setSwitchTo] = useState<string | null>(null);
  const active =
    locale && locales.includes(locale) ? locale : (site?.settings.defaultLocale ?? locales[0]);
  const setLocale = (next: string) => {
    if (next === active) return;
    if (dirty) setSwitchTo(next);
    else setLocaleNow(next);
  };
  if (isPending || !site || !active) return <LoadingRows label={t('loading')} rows={6} />;
  return (
    <section aria-labelledby="texts-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="texts-heading" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </div>
      <div role="tablist" aria-label={t('language')} className="flex flex-wrap gap-1">
        {locales.map((l) => (
          <button
            key={l}
            type="button"
            role="tab"
            id={`tab-${l}`}
            aria-selected={l === active}
            aria-controls={`panel-${l}`}
            onClick={() => setLocale(l)}
            onKeyDown={(e) => {
              const i = locales.indexOf(l);
              const next =
                e.key === 'ArrowRight'
                  ? locales[(i + 1) % locales.length]
                  : e.key === 'ArrowLeft'
                    ? locales[(i - 1 + locales.length) % locales.length]
                    : undefined;
              if (next) {
                setLocale(next);
                if (!dirty) document.getElementById(`tab-${next}`)?.focus();
              }
            }}
            tabIndex={l === active ? 0 : -1}
            className={toggleVariants({ active: l === active })}
          >
            {l}
            {(missingTexts.get(l) ?? 0) > 0 && (
              <span className="ml-1 text-xs font-normal">
                {t('missingCount', { count: missingTexts.get(l) ?? 0 })}
              </span>
            )}
          </button>
        ))}
      </div>
      {/* The same state a language switch consults: what the editor sees is what is asked. */}
      <p role="status" className="-mt-2 min-h-4 text-xs font-medium text-amber-800">
        {dirty ? t('unsavedIn', { locale: active }) : null}
      </p>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        <LocaleTexts
          key={active}
          site={site}
          locale={active}
          canEdit={canEdit}
          onDirtyChange={setDirty}
        />
      </div>
      {switchTo && (
        <ConfirmDialog
          title={t('discardTitle', { locale: active })}
          description={t('discardDescription', { locale: active })}
          confirmLabel={t('discardLabel', { locale: switchTo })}
          pending={false}
          onConfirm={() => {
            setDirty(false);
            setLocaleNow(switchTo);
            setSwitchTo(null);
          }}
          onClose={() => setSwitchTo(null)}
        >
          {t('discardBody')}
        </ConfirmDialog>
      )}
    </section>
  );
}

function LocaleTexts({
  site,
  locale,
  canEdit,
  onDirtyChange,
}: {
  site: TSite;
  locale: string;
  canEdit: boolean;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const t = useTranslations('texts');
  const tc = useTranslations('common');
  const textLabel = useTextLabel();
  const trpc = useTRPC();
  const { form, onSubmit, conflict, pending, dirty } = useSiteRowForm({
    site,
    toForm: (s) => toForm(s, locale),
    resolver,
    save: useMutation(trpc.declaration.updateTexts.mutationOptions()),
    toInput: (values, revision) => {
      // Policy sections are edited elsewhere; they travel along unchanged.
      const sections = site.texts[locale]?.policy?.sections;
      return {
        siteId: site.id,
        revision,
        locale,
        texts: {
          banner: values.banner,
          policy: { ...values.policy, ...(sections ? { sections } : {}) },
        },
      };
    },
    saved: t('saved', { locale }),
  });
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const field = useFieldProps(form);
  const values = useWatch({ control: form.control });
  const defaults = defaultTextsFor(locale);
  const text = (part: 'banner' | 'policy', key: string) => {
    const value = values[part]?.[key] ?? '';
    const fallback = (defaults?.[part] as unknown as Record<string, string> | undefined)?.[key];
    const long = (fallback?.length ?? 0) > 60;
    return (
      <TextareaField
        key={`${part}.${key}`}
        label={textLabel(part, key)}
        rows={long ? 3 : 1}
        placeholder={fallback ?? ''}
        disabled={!canEdit}
        {...field(`${part}.${key}`)}
        marker={
          !fallback && !value.trim() ? (
            <Badge tone="warning">{tc('missing', { locale })}</Badge>
          ) : fallback && value.trim() && value.trim() !== fallback ? (
            <Badge tone="info">{t('changed')}</Badge>
          ) : null
        }
      />
    );
  };
  return (
    <form
      noValidate
      aria-label={t('form', { locale })}
      className="flex flex-col gap-4"
      onSubmit={onSubmit}
    >
      {conflict && (
        <ConflictNotice
          message={conflict.message}
          values={Object.entries(toForm(conflict.current, locale).banner)
            .filter(([k, v]) => v && v !== values.banner?.[k])
            .map(([k, v]): [string, string] => [textLabel('banner', k), v])
            .slice(0, 8)}
          onReload={conflict.reload}
        />
      )}
      <Card className="flex flex-col gap-3">
        <h3 className="font-semibold">{t('banner')}</h3>
        <div className="grid gap-3 md:grid-cols-2">{BANNER_KEYS.map((k) => text('banner', k))}</div>
      </Card>
      <Card className="flex flex-col gap-3">
        <h3 className="font-semibold">{t('policy')}</h3>
        <div className="grid gap-3 md:grid-cols-2">{POLICY_KEYS.map((k) => text('policy', k))}</div>
      </Card>
      <ErrorText>{form.formState.errors.root?.server?.message}</ErrorText>
      {canEdit && (
        <div className="sticky bottom-0 flex justify-end gap-2 border-t border-slate-200 bg-slate-50/95 py-3">
          <Button type="submit" disabled={pending}>
            {pending ? tc('saving') : t('save', { locale })}
          </Button>
        </div>
      )}
    </form>
  );
}
