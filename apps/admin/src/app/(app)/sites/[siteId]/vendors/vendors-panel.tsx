'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmDialog } from '~/components/confirm-dialog';
import { EmptyState, LoadingRows } from '~/components/empty-state';
import { useEntityDelete } from '~/components/form/use-entity-delete';
import { RowActions } from '~/components/row-actions';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { Panel } from '~/components/ui/panel';
import { useTRPC } from '~/trpc/react';
import { MissingBadges } from '../missing-badges';
import { SectionHeader } from '../section-header';
import { missingIndex, type TVendorRow, useInvalidateDeclaration, useSite } from '../use-site';
import { CountryBases } from './transfer-basis';
import { VendorDialog } from './vendor-dialog';

/** The site's vendors: who receives data, where, and on what basis; add, edit, delete. */
export function VendorsPanel({ siteId }: { siteId: string }) {
  const t = useTranslations('vendors');
  const trpc = useTRPC();
  const { site, canEdit } = useSite(siteId);
  const vendors = useQuery(trpc.vendor.list.queryOptions({ siteId }));
  const missing = useQuery(trpc.declaration.missingTranslations.queryOptions({ siteId }));
  const invalidate = useInvalidateDeclaration();
  const [editing, setEditing] = useState<TVendorRow | 'new' | null>(null);
  const deletion = useEntityDelete<TVendorRow, unknown>({
    siteId,
    remove: useMutation(trpc.vendor.delete.mutationOptions()),
    deleted: () => t('deleted'),
    onDeleted: invalidate,
  });
  const markers = missingIndex(missing.data);
  const locales = site?.settings.locales ?? [];
  const rows = vendors.data ?? [];
  const deleting = deletion.target;
  return (
    <section aria-labelledby="vendors-heading" className="flex flex-col gap-3">
      <SectionHeader
        id="vendors-heading"
        title={t('title')}
        level="h2"
        action={canEdit && <Button onClick={() => setEditing('new')}>{t('add')}</Button>}
      >
        <p className="text-sm text-slate-600">{t('intro')}</p>
      </SectionHeader>
      {vendors.isPending ? (
        <LoadingRows label={t('loading')} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
      ) : (
        <Panel>
          <ul aria-label={t('listLabel')} className="divide-y divide-slate-200">
            {rows.map((v) => (
              <li key={v.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start">
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{v.name}</span>
                    <code className="text-xs text-slate-600">{v.slug}</code>
                    {v.dpfCertified && <Badge tone="info">{t('dpf')}</Badge>}
                    <MissingBadges locales={markers.get(`vendor:${v.slug}`)} />
                  </div>
                  <p className="text-xs text-slate-600">
                    {t('items', { count: v.itemCount })}
                    {v.legalName ? ` · ${v.legalName}` : ''}
                  </p>
                  <div className="mt-1 text-xs">
                    <CountryBases
                      codes={v.countries}
                      dpfCertified={v.dpfCertified}
                      transferMechanism={v.transferMechanism}
                    />
                  </div>
                </div>
                {canEdit && (
                  <RowActions
                    label={v.name}
                    noun={t('noun')}
                    onEdit={() => setEditing(v)}
                    onDelete={() => deletion.ask(v)}
                  />
                )}
              </li>
            ))}
          </ul>
        </Panel>
      )}
      {editing && (
        <VendorDialog
          siteId={siteId}
          locales={locales}
          vendor={editing === 'new' ? null : editing}
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
          {deleting.itemCount > 0
            ? t('deleteItems', { count: deleting.itemCount })
            : t('deleteNone')}
        </ConfirmDialog>
      )}
    </section>
  );
}
