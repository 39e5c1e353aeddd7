'use client';

import { contrastRatio, DEFAULT_TEXTS, type TAppearance } from '@smula/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { toast } from 'sonner';
import { ConflictNotice } from '~/components/conflict-notice';
import { LoadingRows } from '~/components/empty-state';
import { conflictCurrent, hasFieldErrors, serverFieldErrors } from '~/components/server-errors';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { CheckboxField } from '~/components/ui/checkbox-field';
import { SelectField } from '~/components/ui/select-field';
import { useTRPC } from '~/trpc/react';
import { type TSite, useSite } from '../use-site';

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

export function AppearanceEditor({ siteId }: { siteId: string }) {
  const { site, canEdit } = useSite(siteId);
  if (!site) return <LoadingRows label="Loading appearance…" rows={4} />;
  return <AppearanceForm site={site} canEdit={canEdit} />;
}

function ColorInput({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  disabled: boolean;
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
          onChange={(e) => onChange(e.target.value)}
          className="h-9 w-10 cursor-pointer rounded border border-slate-300 bg-white"
        />
        <input
          id={id}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          className="w-28 rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-sm"
        />
      </div>
    </div>
  );
}

function AppearanceForm({ site, canEdit }: { site: TSite; canEdit: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setFormState] = useState<TAppearance>(site.appearance);
  const [revision, setRevision] = useState(site.revision);
  const [dirty, setDirty] = useState(false);
  // Untouched, the form follows the site; edited, it keeps the revision it started from.
  useEffect(() => {
    if (!dirty) {
      setFormState(site.appearance);
      setRevision(site.revision);
    }
  }, [site, dirty]);
  const setForm = (next: TAppearance) => {
    setDirty(true);
    setFormState(next);
  };
  const save = useMutation(
    trpc.declaration.updateAppearance.mutationOptions({
      onSuccess() {
        toast.success('Appearance saved');
        setDirty(false);
        queryClient.invalidateQueries({ queryKey: trpc.site.pathKey() });
      },
      onError(err) {
        if (!hasFieldErrors(err) && !conflictCurrent(err)) toast.error(err.message);
      },
    }),
  );
  const errors = serverFieldErrors(save.error);
  const current = conflictCurrent<TSite>(save.error);
  const setColor = (k: TColor, v: string) =>
    setForm({ ...form, colors: { ...form.colors, [k]: v } });
  const texts = DEFAULT_TEXTS[site.settings.defaultLocale === 'sv' ? 'sv' : 'en'].banner;
  const c = form.colors;
  const buttonStyle = {
    background: c.buttonBackground,
    color: c.buttonText,
    borderRadius: form.radius,
  };

  return (
    <form
      aria-label="Appearance"
      className="grid gap-6 lg:grid-cols-[1fr_minmax(0,22rem)]"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ siteId: site.id, revision, appearance: form });
      }}
    >
      <div className="flex flex-col gap-4">
        <h2 className="text-lg font-semibold">Appearance</h2>
        {current && save.error && (
          <ConflictNotice
            message={save.error.message}
            values={[
              ['Layout', current.appearance.layout],
              ['Position', current.appearance.position],
              ...Object.entries(current.appearance.colors).map(([k, v]): [string, string] => [
                COLOR_LABELS[k as TColor],
                v,
              ]),
              ['Radius', String(current.appearance.radius)],
            ]}
            onReload={() => {
              setFormState(current.appearance);
              setRevision(current.revision);
              setDirty(false);
              save.reset();
              queryClient.invalidateQueries({ queryKey: trpc.site.pathKey() });
            }}
          />
        )}
        <fieldset disabled={!canEdit} className="flex flex-col gap-4">
          <Card className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label="Layout"
              value={form.layout}
              onChange={(e) =>
                setForm({ ...form, layout: e.target.value as TAppearance['layout'] })
              }
              error={errors.layout}
            >
              <option value="box">Box</option>
              <option value="bar">Bar</option>
              <option value="modal">Modal</option>
            </SelectField>
            <SelectField
              label="Position"
              value={form.position}
              onChange={(e) =>
                setForm({ ...form, position: e.target.value as TAppearance['position'] })
              }
              error={errors.position}
            >
              <option value="bottom">Bottom</option>
              <option value="top">Top</option>
              <option value="bottom-left">Bottom left</option>
              <option value="bottom-right">Bottom right</option>
              <option value="center">Centre</option>
            </SelectField>
            <div className="flex flex-col gap-1">
              <label htmlFor="radius" className="text-sm font-medium text-slate-800">
                Corner radius: {form.radius}px
              </label>
              <input
                id="radius"
                type="range"
                min={0}
                max={32}
                value={form.radius}
                onChange={(e) => setForm({ ...form, radius: Number(e.target.value) })}
                className="accent-brand"
              />
            </div>
            <div className="flex flex-col gap-2">
              <CheckboxField
                label="Floating button to reopen the settings"
                checked={form.floatingButton.enabled}
                onChange={(e) =>
                  setForm({
                    ...form,
                    floatingButton: { ...form.floatingButton, enabled: e.target.checked },
                  })
                }
              />
              <SelectField
                label="Floating button side"
                value={form.floatingButton.position}
                disabled={!form.floatingButton.enabled}
                onChange={(e) =>
                  setForm({
                    ...form,
                    floatingButton: {
                      ...form.floatingButton,
                      position: e.target.value as 'left' | 'right',
                    },
                  })
                }
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
                <div key={k}>
                  <ColorInput
                    label={COLOR_LABELS[k]}
                    value={c[k]}
                    disabled={!canEdit}
                    onChange={(v) => setColor(k, v)}
                  />
                  {errors[`colors.${k}`] && (
                    <p className="text-sm text-red-700">{errors[`colors.${k}`]}</p>
                  )}
                </div>
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
        {errors[''] && <p className="text-sm text-red-700">{errors['']}</p>}
        {canEdit && (
          <div className="flex justify-end">
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save appearance'}
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
          style={{ background: c.background, color: c.text, borderRadius: form.radius }}
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
