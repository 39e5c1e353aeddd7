'use client';

import { formatDuration, STORAGE_TYPES, type TStorageType } from '@smula/core';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type RowSelectionState,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { clsx } from 'clsx';
import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { toast } from 'sonner';
import { EmptyState } from '~/components/empty-state';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Dialog } from '~/components/ui/dialog';
import { Field } from '~/components/ui/field';
import { Panel } from '~/components/ui/panel';
import { SelectField } from '~/components/ui/select-field';
import { useTRPC } from '~/trpc/react';
import { MissingBadges } from '../missing-badges';
import {
  firstText,
  missingIndex,
  type TItemRow,
  useInvalidateDeclaration,
  useSite,
} from '../use-site';
import { categoryLabel, categoryOption } from './categories-panel';
import { ItemDialog } from './item-form';

const PAGE_SIZE = 50;
const SORTABLE = ['name', 'host', 'type', 'category', 'vendor', 'duration'] as const;
type TSort = (typeof SORTABLE)[number];
export const TYPE_LABELS: Record<TStorageType, string> = {
  cookie: 'HTTP cookie',
  local_storage: 'Local storage',
  session_storage: 'Session storage',
  indexeddb: 'IndexedDB',
  pixel: 'Pixel',
};

export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function ItemsTable({ siteId }: { siteId: string }) {
  const trpc = useTRPC();
  const { site, canEdit } = useSite(siteId);
  const locales = site?.settings.locales ?? [];
  const invalidate = useInvalidateDeclaration();
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  const vendors = useQuery(trpc.vendor.list.queryOptions({ siteId }));
  const missing = useQuery(trpc.declaration.missingTranslations.queryOptions({ siteId }));
  const markers = missingIndex(missing.data);

  // A link from the publish screen's findings: `?q=<name>` filters to the item, `?item=<id>`
  // opens it once it is on the page.
  const params = useSearchParams();
  const linkedItem = params.get('item');
  const [search, setSearch] = useState(() => params.get('q') ?? '');
  const debounced = useDebounced(search.trim(), 300);
  const [categoryId, setCategoryId] = useState('');
  const [vendorId, setVendorId] = useState('');
  const [type, setType] = useState<TStorageType | ''>('');
  const [sorting, setSorting] = useState<SortingState>([{ id: 'category', desc: false }]);
  const [page, setPage] = useState(0);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [editing, setEditing] = useState<TItemRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TItemRow | null>(null);
  const [moveTo, setMoveTo] = useState('');

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
  };
  const list = useQuery({
    ...trpc.storageItem.list.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const [openedLink, setOpenedLink] = useState(false);
  useEffect(() => {
    if (!linkedItem || openedLink || !canEdit) return;
    const row = list.data?.items.find((i) => i.id === linkedItem);
    if (row) {
      setEditing(row);
      setOpenedLink(true);
    }
  }, [linkedItem, openedLink, canEdit, list.data]);
  const inputKey = JSON.stringify({ ...input, offset: 0 });
  // A new search, filter or sort starts on page 1 with nothing selected.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on input change only
  useEffect(() => {
    setPage(0);
    setRowSelection({});
  }, [inputKey]);

  const categoryById = useMemo(
    () => new Map((categories.data ?? []).map((c) => [c.id, c])),
    [categories.data],
  );

  const columns = useMemo<ColumnDef<TItemRow>[]>(
    () => [
      ...(canEdit
        ? [
            {
              id: 'select',
              enableSorting: false,
              header: ({ table }) => (
                <input
                  type="checkbox"
                  aria-label="Select all items on this page"
                  className="size-4 accent-brand"
                  checked={table.getIsAllPageRowsSelected()}
                  ref={(el) => {
                    if (el) el.indeterminate = table.getIsSomePageRowsSelected();
                  }}
                  onChange={table.getToggleAllPageRowsSelectedHandler()}
                />
              ),
              cell: ({ row }) => (
                <input
                  type="checkbox"
                  aria-label={`Select ${row.original.name}`}
                  className="size-4 accent-brand"
                  checked={row.getIsSelected()}
                  onChange={row.getToggleSelectedHandler()}
                />
              ),
            } satisfies ColumnDef<TItemRow>,
          ]
        : []),
      {
        id: 'name',
        header: 'Name',
        cell: ({ row }) => {
          const i = row.original;
          return (
            <div className="flex flex-col gap-1">
              <span className="break-all font-medium">
                {i.name}
                {i.matchKind !== 'exact' && (
                  <span className="ml-1 text-xs font-normal text-slate-600">({i.matchKind})</span>
                )}
              </span>
              <span className="flex flex-wrap gap-1">
                <MissingBadges locales={markers.get(`item:${i.id}`)} />
                {i.needsJustification && <Badge tone="danger">Needs justification</Badge>}
              </span>
              <span className="line-clamp-2 text-xs text-slate-600">
                {firstText(i.purpose, locales)}
              </span>
            </div>
          );
        },
      },
      { id: 'host', header: 'Host', cell: ({ row }) => row.original.host ?? '—' },
      { id: 'type', header: 'Type', cell: ({ row }) => TYPE_LABELS[row.original.type] },
      {
        id: 'category',
        header: 'Category',
        cell: ({ row }) => {
          const c = categoryById.get(row.original.categoryId);
          return c ? categoryLabel(c, locales) : row.original.categoryKey;
        },
      },
      { id: 'vendor', header: 'Vendor', cell: ({ row }) => row.original.vendorName ?? '—' },
      {
        id: 'duration',
        header: 'Duration',
        cell: ({ row }) => formatDuration(row.original.duration, 'en'),
      },
      ...(canEdit
        ? [
            {
              id: 'actions',
              enableSorting: false,
              header: () => <span className="sr-only">Actions</span>,
              cell: ({ row }) => (
                <div className="flex justify-end gap-1">
                  <Button
                    variant="secondary"
                    className="px-3 py-1"
                    aria-label={`Edit ${row.original.name}`}
                    onClick={() => setEditing(row.original)}
                  >
                    Edit
                  </Button>
                  <Button
                    variant="ghost"
                    className="px-3 py-1 text-red-700"
                    aria-label={`Delete ${row.original.name}`}
                    onClick={() => setDeleting(row.original)}
                  >
                    Delete
                  </Button>
                </div>
              ),
            } satisfies ColumnDef<TItemRow>,
          ]
        : []),
    ],
    [canEdit, categoryById, locales, markers],
  );

  const data = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  const table = useReactTable({
    data,
    columns,
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    rowCount: total,
    state: { sorting, rowSelection, pagination: { pageIndex: page, pageSize: PAGE_SIZE } },
    onSortingChange: setSorting,
    onRowSelectionChange: setRowSelection,
    enableRowSelection: canEdit,
  });
  const selected = data.filter((r) => rowSelection[r.id]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const bulkMove = useMutation(
    trpc.storageItem.bulkMove.mutationOptions({
      onSuccess(result) {
        toast.success(`${result.moved} ${result.moved === 1 ? 'item' : 'items'} moved`);
        setRowSelection({});
        invalidate();
      },
      onError(err) {
        toast.error(err.message, { duration: 10_000 });
        if (err.data?.code === 'CONFLICT') invalidate();
      },
    }),
  );
  const remove = useMutation(
    trpc.storageItem.delete.mutationOptions({
      onSuccess() {
        toast.success('Item deleted');
        setDeleting(null);
        invalidate();
      },
      onError(err) {
        toast.error(err.message);
        if (err.data?.code === 'CONFLICT') invalidate();
      },
    }),
  );

  return (
    <section aria-labelledby="items-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h3 id="items-heading" className="text-lg font-semibold">
            Cookies and other storage
          </h3>
          <p className="text-sm text-slate-600" aria-live="polite" data-testid="items-total">
            {list.isPending ? 'Loading…' : `${total} ${total === 1 ? 'item' : 'items'}`}
            {list.isFetching && !list.isPending && ' · updating…'}
          </p>
        </div>
        {canEdit && <Button onClick={() => setEditing('new')}>Add item</Button>}
      </div>

      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field
          label="Search"
          type="search"
          placeholder="Name, host, vendor or purpose"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <SelectField
          label="Category"
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
        >
          <option value="">All categories</option>
          {(categories.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {categoryOption(c, locales)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Vendor" value={vendorId} onChange={(e) => setVendorId(e.target.value)}>
          <option value="">All vendors</option>
          <option value="none">No vendor</option>
          {(vendors.data ?? []).map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Type"
          value={type}
          onChange={(e) => setType(e.target.value as TStorageType | '')}
        >
          <option value="">All types</option>
          {STORAGE_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </SelectField>
      </div>

      {canEdit && selected.length > 0 && (
        <form
          aria-label="Bulk actions"
          className="flex flex-col gap-2 rounded-md border border-brand bg-blue-50 p-3 sm:flex-row sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            if (!moveTo) return;
            bulkMove.mutate({
              siteId,
              categoryId: moveTo,
              items: selected.map((r) => ({ id: r.id, revision: r.revision })),
            });
          }}
        >
          <p className="text-sm font-medium sm:flex-1 sm:self-center">{selected.length} selected</p>
          <SelectField
            label="Move to category"
            value={moveTo}
            onChange={(e) => setMoveTo(e.target.value)}
            required
          >
            <option value="">Choose…</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {categoryOption(c, locales)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" disabled={!moveTo || bulkMove.isPending}>
            {bulkMove.isPending ? 'Moving…' : 'Move'}
          </Button>
          <Button variant="ghost" onClick={() => setRowSelection({})}>
            Clear selection
          </Button>
        </form>
      )}

      {list.isError ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm">
          {list.error.message}{' '}
          <Button variant="secondary" onClick={() => list.refetch()}>
            Try again
          </Button>
        </div>
      ) : list.isPending ? (
        <div role="status" className="h-40 animate-pulse rounded-lg bg-slate-200">
          <span className="sr-only">Loading items…</span>
        </div>
      ) : total === 0 ? (
        <EmptyState
          title={
            debounced || categoryId || vendorId || type
              ? 'No items match these filters'
              : 'No cookies or other storage declared yet'
          }
        >
          {debounced || categoryId || vendorId || type
            ? 'Clear the search or a filter to see more.'
            : 'Add an item, or import a declaration under Import & export.'}
        </EmptyState>
      ) : (
        <Panel>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="relative overflow-x-auto" tabIndex={0} aria-label="Items table">
            <table className={clsx('w-full text-left text-sm', list.isFetching && 'opacity-70')}>
              <caption className="sr-only">
                Storage items, sorted by {sort?.id ?? 'category'}
              </caption>
              <thead className="bg-slate-100 text-slate-700">
                {table.getHeaderGroups().map((hg) => (
                  <tr key={hg.id}>
                    {hg.headers.map((h) => {
                      const sortable = (SORTABLE as readonly string[]).includes(h.column.id);
                      const dir = h.column.getIsSorted();
                      return (
                        <th
                          key={h.id}
                          scope="col"
                          className="whitespace-nowrap px-3 py-2 font-medium"
                          aria-sort={
                            dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined
                          }
                        >
                          {sortable ? (
                            <button
                              type="button"
                              className="inline-flex items-center gap-1 rounded hover:text-slate-950"
                              onClick={h.column.getToggleSortingHandler()}
                            >
                              {flexRender(h.column.columnDef.header, h.getContext())}
                              <span aria-hidden="true" className="text-xs">
                                {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                              </span>
                            </button>
                          ) : (
                            flexRender(h.column.columnDef.header, h.getContext())
                          )}
                        </th>
                      );
                    })}
                  </tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((row) => (
                  <tr
                    key={row.id}
                    className={clsx(
                      'border-t border-slate-200 align-top',
                      row.getIsSelected() && 'bg-blue-50',
                    )}
                  >
                    {row.getVisibleCells().map((cell) => (
                      <td key={cell.id} className="px-3 py-2">
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <nav
            aria-label="Pages"
            className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-sm"
          >
            <span>
              {page * PAGE_SIZE + 1}–{Math.min(total, (page + 1) * PAGE_SIZE)} of {total}
            </span>
            <span className="flex items-center gap-2">
              <Button
                variant="secondary"
                className="px-3 py-1"
                disabled={page === 0}
                onClick={() => setPage((p) => p - 1)}
              >
                Previous
              </Button>
              <span>
                Page {page + 1} of {pages}
              </span>
              <Button
                variant="secondary"
                className="px-3 py-1"
                disabled={page + 1 >= pages}
                onClick={() => setPage((p) => p + 1)}
              >
                Next
              </Button>
            </span>
          </nav>
        </Panel>
      )}

      {editing && (
        <ItemDialog
          siteId={siteId}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <Dialog title={`Delete “${deleting.name}”?`} onClose={() => setDeleting(null)}>
          <p className="text-sm text-slate-700">
            It is removed from the draft declaration; the live banner changes when you publish.
          </p>
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button
              variant="danger"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate({ siteId, id: deleting.id, revision: deleting.revision })
              }
            >
              Delete item
            </Button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
