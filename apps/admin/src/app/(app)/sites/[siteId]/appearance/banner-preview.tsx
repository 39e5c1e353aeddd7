'use client';

import type { TAppearance } from '@smula/core';
import { ZAppearanceSchema } from '@smula/core/schema';
import { useTranslations } from 'next-intl';
import { type ReactNode, useRef, useState } from 'react';
import { Button } from '~/components/ui/button';
import { Card } from '~/components/ui/card';
import { SelectField } from '~/components/ui/select-field';
import { toggleVariants } from '~/components/ui/toggle';
import { useDebounced } from '~/components/use-debounced';

type TLayer = 'first' | 'preferences';
type TWidth = 'desktop' | 'mobile';

function Choice<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: [T, string][];
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-1">
      <legend className="sr-only">{label}</legend>
      <span aria-hidden className="mr-1 text-sm font-medium text-slate-800">
        {label}
      </span>
      {options.map(([v, name]) => (
        <button
          key={v}
          type="button"
          aria-pressed={v === value}
          onClick={() => onChange(v)}
          className={toggleVariants({ active: v === value })}
        >
          {name}
        </button>
      ))}
    </fieldset>
  );
}

/**
 * The real banner runtime showing the draft declaration with the appearance being edited, in a
 * sandboxed frame served by `/api/preview/{siteId}` (see previewBanner). The frame reloads a
 * moment after typing stops; while the form holds an invalid value, it keeps the last valid one.
 */
export function BannerPreview({
  siteId,
  locales,
  defaultLocale,
  appearance,
  note,
}: {
  siteId: string;
  locales: string[];
  defaultLocale: string;
  appearance: TAppearance;
  note?: ReactNode;
}) {
  const t = useTranslations('appearance');
  const [layer, setLayer] = useState<TLayer>('first');
  const [width, setWidth] = useState<TWidth>('desktop');
  const [locale, setLocale] = useState(defaultLocale);
  // Bumped by "Show again": the same address loads afresh, so a choice made in it is forgotten.
  const [round, setRound] = useState(0);
  const parsed = ZAppearanceSchema.safeParse(appearance);
  const lastValid = useRef(JSON.stringify(appearance));
  if (parsed.success) lastValid.current = JSON.stringify(parsed.data);
  const settled = useDebounced(lastValid.current, 300);
  const lang = locales.includes(locale) ? locale : defaultLocale;
  const src = `/api/preview/${siteId}?${new URLSearchParams({ locale: lang, layer, appearance: settled })}`;
  return (
    <Card className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h3 className="font-semibold">{t('preview')}</h3>
        <Button type="button" variant="secondary" onClick={() => setRound((r) => r + 1)}>
          {t('previewAgain')}
        </Button>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <Choice
          label={t('previewLayer')}
          value={layer}
          onChange={setLayer}
          options={[
            ['first', t('layerFirst')],
            ['preferences', t('layerPreferences')],
          ]}
        />
        <Choice
          label={t('previewWidth')}
          value={width}
          onChange={setWidth}
          options={[
            ['desktop', t('widthDesktop')],
            ['mobile', t('widthMobile')],
          ]}
        />
        {locales.length > 1 && (
          <SelectField
            label={t('previewLanguage')}
            value={lang}
            onChange={(e) => setLocale(e.target.value)}
          >
            {locales.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {!parsed.success && (
        <p role="status" className="text-sm text-amber-800">
          {t('previewInvalid')}
        </p>
      )}
      <div className="overflow-x-auto rounded-md border border-slate-300 bg-slate-100">
        <iframe
          key={round}
          title={t('previewFrame', { locale: lang })}
          // Scripts only: an opaque origin, so the banner cannot reach the admin's cookies.
          sandbox="allow-scripts"
          src={src}
          className="mx-auto block h-[560px] bg-white"
          style={{
            width: width === 'mobile' ? 390 : '100%',
            minWidth: width === 'mobile' ? 390 : 0,
          }}
        />
      </div>
      <p className="text-xs text-slate-600">{note}</p>
    </Card>
  );
}
