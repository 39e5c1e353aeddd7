'use client';

import type { QueryClient } from '@tanstack/react-query';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '~/trpc/react';
import type { TOutputs } from '~/trpc/types';

export type { TOutputs };
export type TSite = TOutputs['site']['get'];
export type TCategoryRow = TOutputs['category']['list'][number];
export type TVendorRow = TOutputs['vendor']['list'][number];
export type TItemRow = TOutputs['storageItem']['list']['items'][number];
export type TMissing = TOutputs['declaration']['missingTranslations'];

/** The site with the caller's role, and what that role may do. */
export function useSite(siteId: string) {
  const trpc = useTRPC();
  const query = useQuery(trpc.site.get.queryOptions({ siteId }));
  const role = query.data?.role;
  return {
    ...query,
    site: query.data,
    canEdit: role === 'editor' || role === 'admin' || role === 'owner',
    canAdmin: role === 'admin' || role === 'owner',
  };
}

/** Refetches everything a declaration change can touch (lists, counts, missing markers). */
export function useInvalidateDeclaration() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => invalidateDeclaration(queryClient, trpc);
}

function invalidateDeclaration(queryClient: QueryClient, trpc: ReturnType<typeof useTRPC>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: trpc.category.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.vendor.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.storageItem.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.declaration.pathKey() }),
    queryClient.invalidateQueries({ queryKey: trpc.site.pathKey() }),
  ]);
}

/** Locales missing a translation per entity: `{ 'item:<id>': ['en'] }`, `{ 'category:<key>': … }`. */
export function missingIndex(missing: TMissing | undefined) {
  const index = new Map<string, string[]>();
  const add = (key: string, locale: string) => index.set(key, [...(index.get(key) ?? []), locale]);
  for (const m of missing ?? []) {
    for (const c of m.categories) add(`category:${c.key}`, m.locale);
    for (const v of m.vendors) add(`vendor:${v.id}`, m.locale);
    for (const i of m.items) add(`item:${i.id}`, m.locale);
  }
  return index;
}

/** Text per locale, as a form edits it: every site locale present. */
export function localeTexts(
  locales: readonly string[],
  text: Readonly<Record<string, string>> | null | undefined,
): Record<string, string> {
  return Object.fromEntries(locales.map((l) => [l, text?.[l] ?? '']));
}

/** The text in the first locale that has one. */
export function firstText(
  text: Readonly<Record<string, string>> | null | undefined,
  locales: readonly string[],
) {
  for (const l of locales) if (text?.[l]?.trim()) return text[l] ?? '';
  return Object.values(text ?? {})[0] ?? '';
}
