'use client';

import { DEFAULT_TEXTS, type TLocaleTextsDraft } from '@smula/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import { ConflictNotice } from '~/components/conflict-notice';
import { LoadingRows } from '~/components/empty-state';
import { conflictCurrent, hasFieldErrors, serverFieldErrors } from '~/components/server-errors';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { TextareaField } from '~/components/ui/textarea-field';
import { useTRPC } from '~/trpc/react';
import { type TSite, useSite } from '../use-site';

const BANNER_KEYS = Object.keys(
  DEFAULT_TEXTS.en.banner,
) as (keyof typeof DEFAULT_TEXTS.en.banner)[];
const POLICY_KEYS = Object.keys(DEFAULT_TEXTS.en.policy).filter(
  (k) => k !== 'sections',
) as string[];

function humanise(key: string) {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type TDraftForm = { banner: Record<string, string>; policy: Record<string, string> };

function toForm(
  site: TSite | { texts: Record<string, TLocaleTextsDraft> },
  locale: string,
): TDraftForm {
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

export function TextsEditor({ siteId }: { siteId: string }) {
  const trpc = useTRPC();
  const { site, canEdit, isPending } = useSite(siteId);
  const missing = useQuery(trpc.declaration.missingTranslations.queryOptions({ siteId }));
  const missingTexts = new Map((missing.data ?? []).map((m) => [m.locale, m.texts.length]));
  const locales = site?.settings.locales ?? [];
  const [locale, setLocale] = useState<string | null>(null);
  const active =
    locale && locales.includes(locale) ? locale : (site?.settings.defaultLocale ?? locales[0]);
  if (isPending || !site || !active) return <LoadingRows label="Loading texts…" rows={6} />;
  return (
    <section aria-labelledby="texts-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="texts-heading" className="text-lg font-semibold">
          Banner and policy texts
        </h2>
        <p className="text-sm text-slate-600">
          Empty fields use Smula's default text, shown in grey. Defaults exist in Swedish and
          English; other languages need every text written.
        </p>
      </div>
      <div role="tablist" aria-label="Language" className="flex flex-wrap gap-1">
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
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
            tabIndex={l === active ? 0 : -1}
            className={clsx(
              'rounded-md border px-3 py-1.5 text-sm font-medium',
              l === active
                ? 'border-brand bg-brand text-white'
                : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
            )}
          >
            {l}
            {(missingTexts.get(l) ?? 0) > 0 && (
              <span className="ml-1 text-xs font-normal">({missingTexts.get(l)} missing)</span>
            )}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        <LocaleTexts key={active} site={site} locale={active} canEdit={canEdit} />
      </div>
    </section>
  );
}

function LocaleTexts({ site, locale, canEdit }: { site: TSite; locale: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => toForm(site, locale));
  const [revision, setRevision] = useState(site.revision);
  const [dirty, setDirty] = useState(false);
  // Someone saved elsewhere and this form is untouched: follow the site.
  useEffect(() => {
    if (!dirty) {
      setForm(toForm(site, locale));
      setRevision(site.revision);
    }
  }, [site, locale, dirty]);
  const save = useMutation(
    trpc.declaration.updateTexts.mutationOptions({
      onSuccess(updated) {
        toast.success(`Texts (${locale}) saved`);
        setDirty(false);
        setRevision(updated.revision);
        queryClient.invalidateQueries({ queryKey: trpc.site.pathKey() });
        queryClient.invalidateQueries({ queryKey: trpc.declaration.pathKey() });
      },
      onError(err) {
        if (!hasFieldErrors(err) && !conflictCurrent(err)) toast.error(err.message);
      },
    }),
  );
  const errors = serverFieldErrors(save.error);
  const current = conflictCurrent<TSite>(save.error);
  const defaults = DEFAULT_TEXTS[locale as 'sv' | 'en'] as (typeof DEFAULT_TEXTS)['en'] | undefined;
  const field = (part: 'banner' | 'policy', key: string) => {
    const value = form[part][key] ?? '';
    const fallback = (defaults?.[part] as unknown as Record<string, string> | undefined)?.[key];
    const long = (fallback?.length ?? 0) > 60;
    return (
      <TextareaField
        key={`${part}.${key}`}
        label={humanise(key)}
        rows={long ? 3 : 1}
        value={value}
        placeholder={fallback ?? ''}
        disabled={!canEdit}
        error={errors[`${part}.${key}`]}
        marker={!fallback && !value.trim() ? <Badge tone="warning">{locale} missing</Badge> : null}
        onChange={(e) => {
          setDirty(true);
          setForm((f) => ({ ...f, [part]: { ...f[part], [key]: e.target.value } }));
        }}
      />
    );
  };
  return (
    <form
      aria-label={`Texts (${locale})`}
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        const sections = site.texts[locale]?.policy?.sections;
        save.mutate({
          siteId: site.id,
          revision,
          locale,
          texts: {
            banner: form.banner,
            policy: { ...form.policy, ...(sections ? { sections } : {}) },
          },
        });
      }}
    >
      {current && save.error && (
        <ConflictNotice
          message={save.error.message}
          values={Object.entries(toForm(current, locale).banner)
            .filter(([k, v]) => v && v !== form.banner[k])
            .map(([k, v]): [string, string] => [humanise(k), v])
            .slice(0, 8)}
          onReload={() => {
            setForm(toForm(current, locale));
            setRevision(current.revision);
            setDirty(false);
            save.reset();
            queryClient.invalidateQueries({ queryKey: trpc.site.pathKey() });
          }}
        />
      )}
      <Card className="flex flex-col gap-3">
        <h3 className="font-semibold">Banner</h3>
        <div className="grid gap-3 md:grid-cols-2">
          {BANNER_KEYS.map((k) => field('banner', k))}
        </div>
      </Card>
      <Card className="flex flex-col gap-3">
        <h3 className="font-semibold">Cookie policy page</h3>
        <div className="grid gap-3 md:grid-cols-2">
          {POLICY_KEYS.map((k) => field('policy', k))}
        </div>
      </Card>
      {errors[''] && <p className="text-sm text-red-700">{errors['']}</p>}
      {canEdit && (
        <div className="sticky bottom-0 flex justify-end gap-2 border-t border-slate-200 bg-slate-50/95 py-3">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : `Save texts (${locale})`}
          </Button>
        </div>
      )}
    </form>
  );
}
