'use client';

import { formatDuration } from '@smula/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { RowActions } from '~/components/row-actions';
import { Badge } from '~/components/ui/badge';
import { categoryLabel } from '../category-label';
import { MissingBadges } from '../missing-badges';
import { firstText, type TCategoryRow, type TItemRow } from '../use-site';
import { TYPE_LABELS } from './item-labels';

const selectColumn: ColumnDef<TItemRow> = {
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
};

/**
 * The items table's columns: a selection box and Edit/Delete for editors, then name (with its
 * missing translations and whether it needs a justification), host, type, category, vendor and
 * duration.
 */
export function useItemColumns({
  canEdit,
  locales,
  categories,
  markers,
  onEdit,
  onDelete,
}: {
  canEdit: boolean;
  locales: readonly string[];
  categories: readonly TCategoryRow[] | undefined;
  markers: ReadonlyMap<string, string[]>;
  onEdit: (row: TItemRow) => void;
  onDelete: (row: TItemRow) => void;
}) {
  return useMemo<ColumnDef<TItemRow>[]>(() => {
    const categoryById = new Map((categories ?? []).map((c) => [c.id, c]));
    const columns: ColumnDef<TItemRow>[] = [
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
    ];
    if (!canEdit) return columns;
    return [
      selectColumn,
      ...columns,
      {
        id: 'actions',
        enableSorting: false,
        header: () => <span className="sr-only">Actions</span>,
        cell: ({ row }) => (
          <RowActions
            label={row.original.name}
            size="sm"
            onEdit={() => onEdit(row.original)}
            onDelete={() => onDelete(row.original)}
          />
        ),
      },
    ];
  }, [canEdit, categories, locales, markers, onEdit, onDelete]);
}
