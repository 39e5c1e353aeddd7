'use client';

import { contrastRatio, type TAppearance } from '@smula/core';
import { ZAppearanceSchema } from '@smula/core/schema';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { type UseFormRegisterReturn, useWatch } from 'react-hook-form';
import { ConflictNotice } from '~/components/conflict-notice';
import { LoadingRows } from '~/components/empty-state';
import { errorAt, useFieldProps } from '~/components/form/field-props';
import { zodFormResolver } from '~/components/form/zod-form-resolver';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { CheckboxField } from '~/components/ui/checkbox-field';
import { ErrorText } from '~/components/ui/error-text';
import { SelectField } from '~/components/ui/select-field';
import { describeIssues } from '~/lib/describe-issues';
import { useTRPC } from '~/trpc/react';
import { type TSite, useSite } from '../use-site';
import { useSiteRowForm } from '../use-site-row-form';
import { BannerPreview } from './banner-preview';

type TColor = keyof TAppearance['colors'];
// Their names are `appearance.colors.<color>`; each pair's is `appearance.pairs.<foreground>`.
const COLORS: TColor[] = ['background', 'text', 'buttonBackground', 'buttonText', 'link', 'focus'];
const PAIRS: [fg: TColor, bg: TColor][] = [
  ['text', 'background'],
  ['buttonText', 'buttonBackground'],
  ['link', 'background'],
  ['focus', 'background'],
];
const HEX = /^#[0-9a-f]{6}$/i;

// Core's appearance schema, worded as the server words it.
const resolver = zodFormResolver<TAppearance>(ZAppearanceSchema, {
  describe: (e) => describeIssues(e),
});

export function AppearanceEditor({ siteId }: { siteId: string }) {
  const t = useTranslations('appearance');
  const { site, canEdit } = useSite(siteId);
  if (!site) return <LoadingRows label={t('loading')} rows={4} />;
  return <AppearanceForm site={site} canEdit={canEdit} />;
}

/**
 * A colour as a hex text field (the value the form holds) beside a native picker that writes
 * into it; the picker has its own name, since the text is what a keyboard or screen reader edits.
 */
function ColorInput({
  label,
  value,
  register,
  onPick,
  disabled,
  error,
}: {
  label: string;
  value: string;
  register: UseFormRegisterReturn;
  onPick: (v: string) => void;
  disabled: boolean;
  error: string | undefined;
}) {
  const t = useTranslations('appearance');
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={t('picker', { label })}
          value={HEX.test(value) ? value : '#000000'}
          disabled={disabled}
          onChange={(e) => onPick(e.target.value)}
          className="h-9 w-10 cursor-pointer rounded border border-slate-300 bg-white"
        />
        <input
          id={id}
          disabled={disabled}
          {...register}
          className="w-28 rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm"
        />
      </div>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}

function AppearanceForm({ site, canEdit }: { site: TSite; canEdit: boolean }) {
  const t = useTranslations('appearance');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const { form, onSubmit, conflict, pending } = useSiteRowForm({
    site,
    toForm: (s) => s.appearance,
    resolver,
    save: useMutation(trpc.declaration.updateAppearance.mutationOptions()),
    toInput: (appearance, revision) => ({ siteId: site.id, revision, appearance }),
    saved: t('saved'),
  });
  const field = useFieldProps(form);
  const { errors } = form.formState;
  const appearance = useWatch({ control: form.control }) as TAppearance;
  const c = appearance.colors;

  return (
    <form noValidate aria-label={t('title')} className="grid gap-6" onSubmit={onSubmit}>
      <div className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">{t('title')}</h2>
        {conflict && (
          <ConflictNotice
            message={conflict.message}
            values={[
              [t('layout'), t(`layouts.${conflict.current.appearance.layout}`)],
              [t('position'), t(`positions.${conflict.current.appearance.position}`)],
              ...Object.entries(conflict.current.appearance.colors).map(
                ([k, v]): [string, string] => [t(`colors.${k}`), v],
              ),
              [t('radius'), String(conflict.current.appearance.radius)],
            ]}
            onReload={conflict.reload}
          />
        )}
        <fieldset disabled={!canEdit} className="flex flex-col gap-4">
          <Card className="grid gap-4 sm:grid-cols-2">
            <SelectField label={t('layout')} {...field('layout')}>
              {(['box', 'bar', 'modal'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`layouts.${v}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('position')} {...field('position')}>
              {(['bottom', 'top', 'bottom-left', 'bottom-right', 'center'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`positions.${v}`)}
                </option>
              ))}
            </SelectField>
            <div className="flex flex-col gap-1">
              <label htmlFor="radius" className="text-sm font-medium text-slate-800">
                {t('cornerRadius', { radius: appearance.radius })}
              </label>
              <input
                id="radius"
                type="range"
                min={0}
                max={32}
                {...form.register('radius', { valueAsNumber: true })}
                className="accent-brand"
              />
            </div>
            <div className="flex flex-col gap-2">
              <CheckboxField label={t('floating')} {...form.register('floatingButton.enabled')} />
              <SelectField
                label={t('floatingSide')}
                {...field('floatingButton.position')}
                disabled={!appearance.floatingButton.enabled}
              >
                <option value="left">{t('left')}</option>
                <option value="right">{t('right')}</option>
              </SelectField>
            </div>
          </Card>
          <Card className="flex flex-col gap-4">
            <h3 className="font-semibold">{t('colours')}</h3>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {COLORS.map((k) => (
                <ColorInput
                  key={k}
                  label={t(`colors.${k}`)}
                  value={c[k]}
                  register={form.register(`colors.${k}`)}
                  onPick={(v) =>
                    form.setValue(`colors.${k}`, v, { shouldDirty: true, shouldValidate: true })
                  }
                  disabled={!canEdit}
                  error={errorAt(errors, `colors.${k}`)}
                />
              ))}
            </div>
            <ul aria-label={t('contrast')} className="flex flex-col gap-1 text-sm">
              {PAIRS.map(([fg, bg]) => {
                const label = t(`pairs.${fg}`);
                const ok = HEX.test(c[fg]) && HEX.test(c[bg]);
                const ratio = ok ? contrastRatio(c[fg], c[bg]) : 0;
                return (
                  <li key={label} className="flex flex-wrap items-center gap-2">
                    <span className="min-w-56">{label}</span>
                    <span className="font-mono">{ok ? `${ratio.toFixed(2)}:1` : '—'}</span>
                    {ok && ratio < 4.5 ? (
                      <Badge tone="danger">{t('below')}</Badge>
                    ) : (
                      ok && <Badge tone="success">{t('ok')}</Badge>
                    )}
                  </li>
                );
              })}
            </ul>
          </Card>
        </fieldset>
        <ErrorText>{errors.root?.server?.message}</ErrorText>
        {canEdit && (
          <div className="flex justify-end">
            <Button type="submit" disabled={pending}>
              {pending ? tc('saving') : t('save')}
            </Button>
          </div>
        )}
      </div>
      <BannerPreview
        siteId={site.id}
        locales={site.settings.locales}
        defaultLocale={site.settings.defaultLocale}
        appearance={appearance}
        note={`${t('equalStyle')} ${t('previewTexts')}`}
      />
    </form>
  );
}
