'use client';

import { KNOWN_VENDORS, type TKnownVendor } from '@smula/core';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SelectField } from '~/components/ui/select-field';
import { OcdVendorSearch, type TOcdVendorPick } from './ocd-vendor-search';

/**
 * "Start from a known vendor" in the add-vendor dialog (issue 18): a native select, so the
 * keyboard and type-ahead work as in any form, over core's `KNOWN_VENDORS`. A vendor already in
 * the declaration (same slug) is shown but disabled, so it is never added twice. Picking one
 * hands it to the form to fill in; nothing is saved until the editor saves.
 */
export function KnownVendorPicker({
  siteId,
  taken,
  takenNames,
  onPick,
  onPickOcd,
}: {
  siteId: string;
  taken: ReadonlySet<string>;
  /** Declared vendors' names, lower-case: the Open Cookie Database's are matched by name. */
  takenNames: ReadonlySet<string>;
  onPick: (vendor: TKnownVendor) => void;
  onPickOcd: (vendor: TOcdVendorPick) => void;
}) {
  const t = useTranslations('vendorDialog');
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-1 rounded-md border border-slate-200 bg-slate-50 p-3">
      <SelectField
        label={t('knownLabel')}
        hint={t('knownHint')}
        value={KNOWN_VENDORS.some((v) => v.id === picked) ? (picked ?? '') : ''}
        onChange={(e) => {
          const vendor = KNOWN_VENDORS.find((v) => v.id === e.target.value);
          if (!vendor) return;
          setPicked(vendor.id);
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
      <OcdVendorSearch
        siteId={siteId}
        takenNames={takenNames}
        onPick={(v) => {
          setPicked(v.name);
          onPickOcd(v);
        }}
      />
      <p aria-live="polite" className="text-sm text-slate-700">
        {picked
          ? t('knownFilled', { name: KNOWN_VENDORS.find((v) => v.id === picked)?.name ?? picked })
          : ''}
      </p>
    </div>
  );
}
