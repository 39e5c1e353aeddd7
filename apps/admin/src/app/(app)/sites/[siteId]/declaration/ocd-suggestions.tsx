'use client';

import { formatDuration, type TStorageItem } from '@smula/core';
import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '~/components/ui/button';
import { useDebounced } from '~/components/use-debounced';
import { useTRPC } from '~/trpc/react';

export interface TOcdPick {
  item: TStorageItem;
  vendorName: string;
  needsReview: boolean;
}

/**
 * Suggestions from the Open Cookie Database for the name being typed (when an operator has
 * loaded it: `pnpm smula ocd load`). Nothing is applied until the editor picks one, and a
 * suggestion that would be Necessary arrives as Unclassified with the reason to review it.
 */
export function OcdSuggestions({
  siteId,
  name,
  onPick,
}: {
  siteId: string;
  name: string;
  onPick: (p: TOcdPick) => void;
}) {
  const t = useTranslations('ocd');
  const locale = useLocale();
  const trpc = useTRPC();
  const typed = useDebounced(name.trim(), 300);
  const query = useQuery({
    ...trpc.ocd.suggest.queryOptions({ siteId, name: typed || '-', limit: 3 }),
    enabled: typed.length >= 2,
    staleTime: 60_000,
  });
  const list = typed.length >= 2 ? (query.data?.suggestions ?? []) : [];
  if (list.length === 0) return null;
  return (
    <section
      aria-label={t('label')}
      className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm sm:col-span-2"
    >
      <ul className="flex flex-col gap-2">
        {list.map((s) => (
          <li key={s.ocdId} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              <code>{s.item.name}</code> · {s.vendor.name} · {s.suggestedCategory}
              {s.needsReview && (
                <span className="text-amber-800">
                  {t('review', { reason: s.reviewReason ?? '' })}
                </span>
              )}{' '}
              · {formatDuration(s.item.duration, locale)}
              <span className="block text-slate-600">{s.item.purpose.en}</span>
            </span>
            <Button
              variant="secondary"
              onClick={() =>
                onPick({ item: s.item, vendorName: s.vendor.name, needsReview: s.needsReview })
              }
            >
              {t('use')}
            </Button>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">
        {t.rich('from', {
          link: () => (
            <a className="underline" href={query.data?.attributionUrl}>
              {query.data?.attribution}
            </a>
          ),
        })}
      </p>
    </section>
  );
}
