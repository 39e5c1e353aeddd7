'use client';

import type { TStorageType } from '@smula/core';
import type { SortingState } from '@tanstack/react-table';
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useDebounced } from '~/components/use-debounced';
import type { TInputs } from '~/trpc/types';

type TListInput = TInputs['storageItem']['list'];
type TSort = NonNullable<TListInput['sort']>;

export const PAGE_SIZE = 50;
/** The columns the server sorts by; typed against its input, so the two cannot drift. */
export const SORTABLE = [
  'name',
  'host',
  'type',
  'category',
  'vendor',
  'duration',
] as const satisfies readonly TSort[];

/**
 * The items table's search, filters, sort and page, and the list query's input made from them.
 * A link from the publish screen's findings brings `?q=<name>` (the search) and `?item=<id>`
 * (the item to open). A new search, filter or sort goes back to page 1.
 */
export function useItemFilters(siteId: string) {
  const params = useSearchParams();
  const [search, setSearch] = useState(() => params.get('q') ?? '');
  const debounced = useDebounced(search.trim(), 300);
  const [categoryId, setCategoryId] = useState('');
  const [vendorId, setVendorId] = useState('');
  const [type, setType] = useState<TStorageType | ''>('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'category', desc: false }]);
  const [page, setPage] = useState(0);

  const sort = sorting[0];
  const input = {
    siteId,
    ...(debounced ? { search: debounced } : {}),
    ...(categoryId ? { categoryId } : {}),
    ...(vendorId ? { vendorId: vendorId === 'none' ? null : vendorId } : {}),
    ...(type ? { type } : {}),
    sort: (sort?.id ?? 'category') as TSort,
    direction: sort?.desc ? ('desc' as const) : ('asc' as const),
    offset: page * PAGE_SIZE,
    limit: PAGE_SIZE,
  } satisfies TListInput;
  // Everything but the page: when it changes, the table starts over.
  const queryKey = JSON.stringify({ ...input, offset: 0 });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a new query only
  useEffect(() => setPage(0), [queryKey]);

  return {
    input,
    queryKey,
    linkedItem: params.get('item'),
    filtered: Boolean(debounced || categoryId || vendorId || type),
    sortedBy: sort?.id ?? 'category',
    search,
    setSearch,
    categoryId,
    setCategoryId,
    vendorId,
    setVendorId,
    type,
    setType,
    sorting,
    setSorting,
    page,
    setPage,
  };
}

export type TItemFilters = ReturnType<typeof useItemFilters>;
