'use client';

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { getCoreRowModel, type RowSelectionState, useReactTable } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { EmptyState } from '~/components/empty-state';
import { useEntityDelete } from '~/components/form/use-entity-delete';
import { Button } from '~/components/ui/button';
import { Panel } from '~/components/ui/panel';
import { useTRPC } from '~/trpc/react';
import { SectionHeader } from '../section-header';
import { missingIndex, type TItemRow, useInvalidateDeclaration, useSite } from '../use-site';
import { useItemColumns } from './item-columns';
import { ItemDialog } from './item-dialog';
import { ItemsBulkBar } from './items-bulk-bar';
import { ItemsDataTable } from './items-data-table';
import { ItemsFilterBar } from './items-filter-bar';
import { PAGE_SIZE, useItemFilters } from './use-item-filters';

/** The declaration's cookies and other storage: search, filter, sort, page, edit, bulk-move. */
export function ItemsTable({ siteId }: { siteId: string }) {
  const t = useTranslations('items');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const { site, canEdit } = useSite(siteId);
  const locales = site?.settings.locales ?? [];
  const invalidate = useInvalidateDeclaration();
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  const vendors = useQuery(trpc.vendor.list.queryOptions({ siteId }));
  const missing = useQuery(trpc.declaration.missingTranslations.queryOptions({ siteId }));
  const markers = missingIndex(missing.data);
  const filters = useItemFilters(siteId);
  const list = useQuery({
    ...trpc.storageItem.list.queryOptions(filters.input),
    placeholderData: keepPreviousData,
  });
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [editing, setEditing] = useState<TItemRow | 'new' | null>(null);
  const deletion = useEntityDelete<TItemRow, unknown>({
    siteId,
    remove: useMutation(trpc.storageItem.delete.mutationOptions()),
    deleted: () => t('deleted'),
    onDeleted: invalidate,
  });

  // A new search, filter or sort starts with nothing selected.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a new query only
  useEffect(() => setRowSelection({}), [filters.queryKey]);
  // The item a publish finding links to opens once it is on the page (once).
  const [openedLink, setOpenedLink] = useState(false);
  useEffect(() => {
    if (!filters.linkedItem || openedLink || !canEdit) return;
    const row = list.data?.items.find((i) => i.id === filters.linkedItem);
    if (row) {
      setEditing(row);
      setOpenedLink(true);
    }
  }, [filters.linkedItem, openedLink, canEdit, list.data]);

  const columns = useItemColumns({
    canEdit,
    locales,
    categories: categories.data,
    markers,
    onEdit: setEditing,
    onDelete: deletion.ask,
  });
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
    state: {
      sorting: filters.sorting,
      rowSelection,
      pagination: { pageIndex: filters.page, pageSize: PAGE_SIZE },
    },
    onSortingChange: filters.setSorting,
    onRowSelectionChange: setRowSelection,
    enableRowSelection: canEdit,
  });
  const selected = data.filter((r) => rowSelection[r.id]);
  const deleting = deletion.target;

  return (
    <section aria-labelledby="items-heading" className="flex flex-col gap-3">
      <SectionHeader
        id="items-heading"
        title={t('title')}
        action={canEdit && <Button onClick={() => setEditing('new')}>{t('add')}</Button>}
      >
        <p className="text-sm text-slate-600" aria-live="polite" data-testid="items-total">
          {list.isPending ? tc('loading') : t('count', { count: total })}
          {list.isFetching && !list.isPending && t('updating')}
        </p>
      </SectionHeader>

      <ItemsFilterBar
        filters={filters}
        categories={categories.data}
        vendors={vendors.data}
        locales={locales}
      />

      {canEdit && selected.length > 0 && (
        <ItemsBulkBar
          siteId={siteId}
          selected={selected}
          categories={categories.data}
          locales={locales}
          onDone={invalidate}
          onClear={() => setRowSelection({})}
        />
      )}

      {list.isError ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm">
          {list.error.message}{' '}
          <Button variant="secondary" onClick={() => list.refetch()}>
            {t('tryAgain')}
          </Button>
        </div>
      ) : list.isPending ? (
        <div role="status" className="h-40 animate-pulse rounded-lg bg-slate-200">
          <span className="sr-only">{t('loading')}</span>
        </div>
      ) : total === 0 ? (
        <EmptyState title={filters.filtered ? t('noMatch') : t('none')}>
          {filters.filtered ? t('noMatchHint') : t('noneHint')}
        </EmptyState>
      ) : (
        <Panel>
          <ItemsDataTable
            table={table}
            total={total}
            page={filters.page}
            onPage={filters.setPage}
            fetching={list.isFetching}
            sortedBy={filters.sortedBy}
          />
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
        <ConfirmDialog
          title={t('deleteTitle', { name: deleting.name })}
          confirmLabel={t('deleteLabel')}
          pending={deletion.pending}
          error={deletion.error}
          onConfirm={() => deletion.confirm({})}
          onClose={deletion.cancel}
        >
          {t('deleteBody')}
        </ConfirmDialog>
      )}
    </section>
  );
}
