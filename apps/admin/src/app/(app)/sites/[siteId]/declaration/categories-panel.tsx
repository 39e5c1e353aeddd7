'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { toast } from 'sonner';
import { EmptyState, LoadingRows } from '~/components/empty-state';
import { useEntityDelete } from '~/components/form/use-entity-delete';
import { RowActions } from '~/components/row-actions';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Panel } from '~/components/ui/panel';
import { useTRPC } from '~/trpc/react';
import { categoryLabel } from '../category-label';
import { MissingBadges } from '../missing-badges';
import { SectionHeader } from '../section-header';
import { missingIndex, type TCategoryRow, useInvalidateDeclaration, useSite } from '../use-site';
import { CategoryDialog } from './category-dialog';
import { DeleteCategoryDialog } from './delete-category-dialog';

/** The site's categories in banner order: reorder, add, edit, delete. */
export function CategoriesPanel({ siteId }: { siteId: string }) {
  const t = useTranslations('categories');
  const tc = useTranslations('common');
  const trpc = useTRPC();
  const { site, canEdit } = useSite(siteId);
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  const missing = useQuery(trpc.declaration.missingTranslations.queryOptions({ siteId }));
  const invalidate = useInvalidateDeclaration();
  const [editing, setEditing] = useState<TCategoryRow | 'new' | null>(null);
  const deletion = useEntityDelete<TCategoryRow, { movedItems: number }, { moveItemsTo?: string }>({
    siteId,
    remove: useMutation(trpc.category.delete.mutationOptions()),
    deleted: (r) => (r.movedItems ? t('deletedMoved', { count: r.movedItems }) : t('deleted')),
    onDeleted: invalidate,
  });
  const reorder = useMutation(
    trpc.category.reorder.mutationOptions({
      onSuccess: () => invalidate(),
      onError: (err) => toast.error(err.message),
    }),
  );
  const locales = site?.settings.locales ?? [];
  const markers = missingIndex(missing.data);
  const rows = categories.data ?? [];

  const move = (index: number, by: -1 | 1) => {
    const ids = rows.map((c) => c.id);
    const [id] = ids.splice(index, 1);
    if (!id) return;
    ids.splice(index + by, 0, id);
    reorder.mutate({ siteId, ids });
  };

  return (
    <section aria-labelledby="categories-heading" className="flex flex-col gap-3">
      <SectionHeader
        id="categories-heading"
        title={t('title')}
        action={canEdit && <Button onClick={() => setEditing('new')}>{t('add')}</Button>}
      >
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </SectionHeader>
      {categories.isPending ? (
        <LoadingRows label={t('loading')} rows={5} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
      ) : (
        <Panel>
          <ul aria-label={t('listLabel')} className="divide-y divide-slate-200">
            {rows.map((c, index) => {
              const label = categoryLabel(c, locales);
              return (
                <li
                  key={c.id}
                  data-category={c.key}
                  className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center"
                >
                  <div className="min-w-0 flex-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{label}</span>
                      <code className="text-xs text-slate-600">{c.key}</code>
                      {c.required && <Badge tone="info">{tc('required')}</Badge>}
                      <MissingBadges locales={markers.get(`category:${c.key}`)} />
                    </div>
                    <p className="text-xs text-slate-600">
                      <span data-testid="item-count">{t('items', { count: c.itemCount })}</span>
                      {c.gcmSignals.length > 0 &&
                        t('consentMode', { signals: c.gcmSignals.join(', ') })}
                    </p>
                  </div>
                  {canEdit && (
                    <div className="flex flex-wrap items-center gap-1">
                      <Button
                        variant="ghost"
                        size="icon"
                        aria-label={t('moveUp', { label })}
                        disabled={index === 0 || reorder.isPending}
                        onClick={() => move(index, -1)}
                      >
                        <span aria-hidden="true">↑</span>
                      </Button>
                      <Button
                        variant="ghost"
                        size="icon"
                        aria-label={t('moveDown', { label })}
                        disabled={index === rows.length - 1 || reorder.isPending}
                        onClick={() => move(index, 1)}
                      >
                        <span aria-hidden="true">↓</span>
                      </Button>
                      <RowActions
                        label={label}
                        noun={t('noun')}
                        onEdit={() => setEditing(c)}
                        onDelete={() => deletion.ask(c)}
                      />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </Panel>
      )}
      {editing && (
        <CategoryDialog
          siteId={siteId}
          locales={locales}
          category={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deletion.target && (
        <DeleteCategoryDialog
          category={deletion.target}
          label={categoryLabel(deletion.target, locales)}
          others={rows.filter((c) => c.id !== deletion.target?.id)}
          locales={locales}
          pending={deletion.pending}
          error={deletion.error}
          onConfirm={deletion.confirm}
          onClose={deletion.cancel}
        />
      )}
    </section>
  );
}
