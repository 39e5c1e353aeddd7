'use client';

import { formatDuration } from '@smula/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { RowActions } from '~/components/row-actions';
import { Badge } from '~/components/ui/badge';
import { categoryLabel } from '../category-label';
import { MissingBadges } from '../missing-badges';
import { firstText, type TCategoryRow, type TItemRow } from '../use-site';

type TT = ReturnType<typeof useTranslations<'itemColumns'>>;

const selectColumn = (t: TT): ColumnDef<TItemRow> => ({
  id: 'select',
  enableSorting: false,
  header: ({ table }) => (
    <input
      type="checkbox"
      aria-label={t('selectAll')}
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
      aria-label={t('select', { name: row.original.name })}
      className="size-4 accent-brand"
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  ),
});

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
  const t = useTranslations('itemColumns');
  const types = useTranslations('itemTypes');
  const locale = useLocale();
  return useMemo<ColumnDef<TItemRow>[]>(() => {
    const categoryById = new Map((categories ?? []).map((c) => [c.id, c]));
    const columns: ColumnDef<TItemRow>[] = [
      {
        id: 'name',
        header: t('name'),
        cell: ({ row }) => {
          const i = row.original;
          return (
            <div className="flex flex-col gap-1">
              <span className="break-all font-medium">
                {i.name}
                {i.matchKind !== 'exact' && (
                  <span className="ml-1 text-xs font-normal text-slate-600">
                    ({t(`matchKind.${i.matchKind}`)})
                  </span>
                )}
              </span>
              <span className="flex flex-wrap gap-1">
                <MissingBadges locales={markers.get(`item:${i.id}`)} />
                {i.needsJustification && <Badge tone="danger">{t('needsJustification')}</Badge>}
              </span>
              <span className="line-clamp-2 text-xs text-slate-600">
                {firstText(i.purpose, locales)}
              </span>
            </div>
          );
        },
      },
      { id: 'host', header: t('host'), cell: ({ row }) => row.original.host ?? '—' },
      { id: 'type', header: t('type'), cell: ({ row }) => types(row.original.type) },
      {
        id: 'category',
        header: t('category'),
        cell: ({ row }) => {
          const c = categoryById.get(row.original.categoryId);
          return c ? categoryLabel(c, locales) : row.original.categoryKey;
        },
      },
      {
        id: 'vendor',
        header: t('vendor'),
        cell: ({ row }) => row.original.vendorName ?? '—',
      },
      {
        id: 'duration',
        header: t('duration'),
        cell: ({ row }) => formatDuration(row.original.duration, locale),
      },
    ];
    if (!canEdit) return columns;
    return [
      selectColumn(t),
      ...columns,
      {
        id: 'actions',
        enableSorting: false,
        header: () => <span className="sr-only">{t('actions')}</span>,
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
  }, [canEdit, categories, locales, markers, onEdit, onDelete, t, types, locale]);
}
