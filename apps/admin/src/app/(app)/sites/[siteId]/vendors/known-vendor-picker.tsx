'use client';

import { KNOWN_VENDORS, type TKnownVendor } from '@smula/core';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SelectField } from '~/components/ui/select-field';

/**
 * "Start from a known vendor" in the add-vendor dialog (issue 18): a native select, so the
 * keyboard and type-ahead work as in any form, over core's `KNOWN_VENDORS`. A vendor already in
 * the declaration (same slug) is shown but disabled, so it is never added twice. Picking one
 * hands it to the form to fill in; nothing is saved until the editor saves.
 */
export function KnownVendorPicker({
  taken,
  onPick,
}: {
  taken: ReadonlySet<string>;
  onPick: (vendor: TKnownVendor) => void;
}) {
  const t = useTranslations('vendorDialog');
  const [picked, setPicked] = useState<TKnownVendor | null>(null);
  return (
    <div className="flex flex-col gap-1 rounded-md border border-slate-200 bg-slate-50 p-3">
      <SelectField
        label={t('knownLabel')}
        hint={t('knownHint')}
        value={picked?.id ?? ''}
        onChange={(e) => {
          const vendor = KNOWN_VENDORS.find((v) => v.id === e.target.value);
          if (!vendor) return;
          setPicked(vendor);
          onPick(vendor);
        }}
      >
        <option value="">{t('knownChoose')}</option>
        {KNOWN_VENDORS.map((v) => (
          <option key={v.id} value={v.id} disabled={taken.has(v.id)}>
            {taken.has(v.id) ? t('knownTaken', { name: v.name }) : v.name}
          </option>
        ))}
      </SelectField>
      <p aria-live="polite" className="text-sm text-slate-700">
        {picked ? t('knownFilled', { name: picked.name }) : ''}
      </p>
    </div>
  );
}
