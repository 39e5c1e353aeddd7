'use client';

import { contrastRatio, DEFAULT_TEXTS, defaultTextsFor, type TAppearance } from '@smula/core';
import { ZAppearanceSchema } from '@smula/core/schema';
import { useMutation } from '@tanstack/react-query';
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

type TColor = keyof TAppearance['colors'];
const COLOR_LABELS: Record<TColor, string> = {
  background: 'Background',
  text: 'Text',
  buttonBackground: 'Button background',
  buttonText: 'Button text',
  link: 'Links',
  focus: 'Focus outline',
};
const PAIRS: [label: string, fg: TColor, bg: TColor][] = [
  ['Text on background', 'text', 'background'],
  ['Button text on button', 'buttonText', 'buttonBackground'],
  ['Links on background', 'link', 'background'],
  ['Focus outline on background', 'focus', 'background'],
];
const HEX = /^#[0-9a-f]{6}$/i;

// Core's appearance schema, worded as the server words it.
const resolver = zodFormResolver<TAppearance>(ZAppearanceSchema, {
  describe: (e) => describeIssues(e),
});

export function AppearanceEditor({ siteId }: { siteId: string }) {
  const { site, canEdit } = useSite(siteId);
  if (!site) return <LoadingRows label="Loading appearance…" rows={4} />;
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
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          type="color"
          aria-label={`${label} (picker)`}
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
  const trpc = useTRPC();
  const { form, onSubmit, conflict, pending } = useSiteRowForm({
    site,
    toForm: (s) => s.appearance,
    resolver,
    save: useMutation(trpc.declaration.updateAppearance.mutationOptions()),
    toInput: (appearance, revision) => ({ siteId: site.id, revision, appearance }),
    saved: 'Appearance saved',
  });
  const field = useFieldProps(form);
  const { errors } = form.formState;
  const appearance = useWatch({ control: form.control }) as TAppearance;
  const texts = (defaultTextsFor(site.settings.defaultLocale) ?? DEFAULT_TEXTS.en).banner;
  const c = appearance.colors;
  const buttonStyle = {
    background: c.buttonBackground,
    color: c.buttonText,
    borderRadius: appearance.radius,
  };

  return (
    <form
      noValidate
      aria-label="Appearance"
      className="grid gap-6 lg:grid-cols-[1fr_minmax(0,22rem)]"
      onSubmit={onSubmit}
    >
      <div className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Appearance</h2>
        {conflict && (
          <ConflictNotice
            message={conflict.message}
            values={[
              ['Layout', conflict.current.appearance.layout],
              ['Position', conflict.current.appearance.position],
              ...Object.entries(conflict.current.appearance.colors).map(
                ([k, v]): [string, string] => [COLOR_LABELS[k as TColor], v],
              ),
              ['Radius', String(conflict.current.appearance.radius)],
            ]}
            onReload={conflict.reload}
          />
        )}
        <fieldset disabled={!canEdit} className="flex flex-col gap-4">
          <Card className="grid gap-4 sm:grid-cols-2">
            <SelectField label="Layout" {...field('layout')}>
              <option value="box">Box</option>
              <option value="bar">Bar</option>
              <option value="modal">Modal</option>
            </SelectField>
            <SelectField label="Position" {...field('position')}>
              <option value="bottom">Bottom</option>
              <option value="top">Top</option>
              <option value="bottom-left">Bottom left</option>
              <option value="bottom-right">Bottom right</option>
              <option value="center">Centre</option>
            </SelectField>
            <div className="flex flex-col gap-1">
              <label htmlFor="radius" className="text-sm font-medium text-slate-800">
                Corner radius: {appearance.radius}px
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
              <CheckboxField
                label="Floating button to reopen the settings"
                {...form.register('floatingButton.enabled')}
              />
              <SelectField
                label="Floating button side"
                {...field('floatingButton.position')}
                disabled={!appearance.floatingButton.enabled}
              >
                <option value="left">Left</option>
                <option value="right">Right</option>
              </SelectField>
            </div>
          </Card>
          <Card className="flex flex-col gap-4">
            <h3 className="font-semibold">Colours</h3>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {(Object.keys(COLOR_LABELS) as TColor[]).map((k) => (
                <ColorInput
                  key={k}
                  label={COLOR_LABELS[k]}
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
            <ul aria-label="Contrast ratios" className="flex flex-col gap-1 text-sm">
              {PAIRS.map(([label, fg, bg]) => {
                const ok = HEX.test(c[fg]) && HEX.test(c[bg]);
                const ratio = ok ? contrastRatio(c[fg], c[bg]) : 0;
                return (
                  <li key={label} className="flex flex-wrap items-center gap-2">
                    <span className="min-w-56">{label}</span>
                    <span className="font-mono">{ok ? `${ratio.toFixed(2)}:1` : '—'}</span>
                    {ok && ratio < 4.5 ? (
                      <Badge tone="danger">Below 4.5:1</Badge>
                    ) : (
                      ok && <Badge tone="success">OK</Badge>
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
              {pending ? 'Saving…' : 'Save appearance'}
            </Button>
          </div>
        )}
      </div>
      <div className="flex flex-col gap-2">
        <h3 className="font-semibold">Preview</h3>
        <div
          aria-label="Banner preview"
          role="img"
          className="border border-slate-300 p-4 shadow-md"
          style={{ background: c.background, color: c.text, borderRadius: appearance.radius }}
        >
          <p className="font-semibold">{texts.title}</p>
          <p className="mt-1 line-clamp-4 text-sm">{texts.description}</p>
          <p className="mt-1 text-sm underline" style={{ color: c.link }}>
            {texts.cookiePolicyLink}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            {[texts.acceptAll, texts.rejectAll, texts.customise].map((t) => (
              <span key={t} className="px-3 py-1.5 text-sm font-medium" style={buttonStyle}>
                {t}
              </span>
            ))}
          </div>
        </div>
        <p className="text-xs text-slate-600">
          Accept, reject and customise always share one style, so no choice is pushed.
        </p>
      </div>
    </form>
  );
}
