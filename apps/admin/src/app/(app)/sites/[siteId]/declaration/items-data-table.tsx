'use client';

import { flexRender, type Table } from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { Button } from '~/components/ui/button';
import { cn } from '~/components/ui/cn';
import type { TItemRow } from '../use-site';
import { PAGE_SIZE, SORTABLE } from './use-item-filters';

const SORT_NAMES = { asc: 'ascending', desc: 'descending' } as const;
const SORT_ARROWS = { asc: '▲', desc: '▼' } as const;

/**
 * The items as a table with sortable column headers (buttons, with `aria-sort` on the header)
 * and a pager below. Scrolls sideways inside its own region on narrow screens.
 */
export function ItemsDataTable({
  table,
  total,
  page,
  onPage,
  fetching,
  sortedBy,
}: {
  table: Table<TItemRow>;
  total: number;
  page: number;
  onPage: (page: number) => void;
  fetching: boolean;
  sortedBy: string;
}) {
  const t = useTranslations('itemsTable');
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="relative overflow-x-auto" tabIndex={0} aria-label={t('region')}>
        <table className={cn('w-full text-left text-sm', fetching && 'opacity-70')}>
          <caption className="sr-only">
            {t('caption', {
              column: t.has(`sortColumn.${sortedBy}`) ? t(`sortColumn.${sortedBy}`) : sortedBy,
            })}
          </caption>
          <thead className="bg-slate-100 text-slate-700">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const sortable = (SORTABLE as readonly string[]).includes(h.column.id);
                  const dir = h.column.getIsSorted();
                  const header = flexRender(h.column.columnDef.header, h.getContext());
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className="whitespace-nowrap px-3 py-2 font-medium"
                      aria-sort={dir ? SORT_NAMES[dir] : undefined}
                    >
                      {sortable ? (
                        <button
                          type="button"
                          className="inline-flex items-center gap-1 rounded hover:text-slate-950"
                          onClick={h.column.getToggleSortingHandler()}
                        >
                          {header}
                          <span aria-hidden="true" className="text-xs">
                            {dir ? SORT_ARROWS[dir] : '↕'}
                          </span>
                        </button>
                      ) : (
                        header
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
                className={cn(
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
        aria-label={t('pages')}
        className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-3 py-2 text-sm"
      >
        <span>
          {t('range', {
            from: page * PAGE_SIZE + 1,
            to: Math.min(total, (page + 1) * PAGE_SIZE),
            total,
          })}
        </span>
        <span className="flex items-center gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={page === 0}
            onClick={() => onPage(page - 1)}
          >
            {t('previous')}
          </Button>
          <span>{t('page', { page: page + 1, pages })}</span>
          <Button
            variant="secondary"
            size="sm"
            disabled={page + 1 >= pages}
            onClick={() => onPage(page + 1)}
          >
            {t('next')}
          </Button>
        </span>
      </nav>
    </>
  );
}
