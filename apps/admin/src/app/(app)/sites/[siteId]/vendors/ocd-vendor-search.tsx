'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Field } from '~/components/ui/field';
import { useDebounced } from '~/components/use-debounced';
import { useTRPC } from '~/trpc/react';

export interface TOcdVendorPick {
  name: string;
  legalName?: string | undefined;
  privacyPolicyUrl?: string | undefined;
}

/**
 * Vendors beyond the known list, from the Open Cookie Database's platforms and data controllers
 * (loaded on first start): a search field and a list of buttons, so the keyboard reaches each.
 * A vendor whose name is already declared is marked instead of offered.
 */
export function OcdVendorSearch({
  siteId,
  takenNames,
  onPick,
}: {
  siteId: string;
  takenNames: ReadonlySet<string>;
  onPick: (vendor: TOcdVendorPick) => void;
}) {
  const t = useTranslations('vendorDialog');
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const typed = useDebounced(text.trim(), 300);
  const query = useQuery({
    ...trpc.ocd.vendors.queryOptions({ siteId, query: typed.length >= 2 ? typed : '--' }),
    enabled: typed.length >= 2,
    staleTime: 60_000,
  });
  const list = typed.length >= 2 ? (query.data?.vendors ?? []) : [];
  return (
    <div className="flex flex-col gap-2">
      <Field
        label={t('ocdSearch')}
        type="search"
        value={text}
        hint={t('ocdHint')}
        onChange={(e) => setText(e.target.value)}
        // Enter searches; it must not submit the dialog's form.
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      {typed.length >= 2 && query.data && list.length === 0 && (
        <p className="text-sm text-slate-600">{t('ocdNone')}</p>
      )}
      {list.length > 0 && (
        <>
          <ul aria-label={t('ocdResults')} className="flex flex-col gap-1 text-sm">
            {list.map((v) => (
              <li
                key={`${v.name}|${v.legalName ?? ''}|${v.privacyPolicyUrl ?? ''}`}
                className="flex flex-wrap items-center justify-between gap-2"
              >
                <span>
                  {v.name}
                  {v.legalName && v.legalName !== v.name && (
                    <span className="text-slate-600"> · {v.legalName}</span>
                  )}
                </span>
                {takenNames.has(v.name.toLowerCase()) ? (
                  <Badge tone="neutral">{t('ocdTaken')}</Badge>
                ) : (
                  <Button size="sm" variant="secondary" onClick={() => onPick(v)}>
                    {t('ocdUse', { name: v.name })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <p className="text-xs text-slate-600">{query.data?.attribution}</p>
        </>
      )}
    </div>
  );
}
