'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
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
  const trpc = useTRPC();
  const { site, canEdit } = useSite(siteId);
  const vendors = useQuery(trpc.vendor.list.queryOptions({ siteId }));
  const missing = useQuery(trpc.declaration.missingTranslations.queryOptions({ siteId }));
  const invalidate = useInvalidateDeclaration();
  const [editing, setEditing] = useState<TVendorRow | 'new' | null>(null);
  const deletion = useEntityDelete<TVendorRow, unknown>({
    siteId,
    remove: useMutation(trpc.vendor.delete.mutationOptions()),
    deleted: () => 'Vendor deleted',
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
        title="Vendors"
        level="h2"
        action={canEdit && <Button onClick={() => setEditing('new')}>Add vendor</Button>}
      >
        <p className="text-sm text-slate-600">
          Who receives data, where it goes, and on what legal basis it leaves the EEA.
        </p>
      </SectionHeader>
      {vendors.isPending ? (
        <LoadingRows label="Loading vendors…" />
      ) : rows.length === 0 ? (
        <EmptyState title="No vendors yet">
          Add the companies whose cookies the site uses, or import a declaration.
        </EmptyState>
      ) : (
        <Panel>
          <ul aria-label="Vendors" className="divide-y divide-slate-200">
            {rows.map((v) => (
              <li key={v.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start">
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{v.name}</span>
                    <code className="text-xs text-slate-600">{v.slug}</code>
                    {v.dpfCertified && <Badge tone="info">DPF certified</Badge>}
                    <MissingBadges locales={markers.get(`vendor:${v.slug}`)} />
                  </div>
                  <p className="text-xs text-slate-600">
                    {v.itemCount} {v.itemCount === 1 ? 'item' : 'items'}
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
                    noun="vendor"
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
          title={`Delete vendor “${deleting.name}”?`}
          confirmLabel="Delete vendor"
          pending={deletion.pending}
          error={deletion.error}
          onConfirm={() => deletion.confirm({})}
          onClose={deletion.cancel}
        >
          {deleting.itemCount > 0
            ? `Its ${deleting.itemCount} items stay in the declaration without a vendor.`
            : 'No items name it.'}
        </ConfirmDialog>
      )}
    </section>
  );
}
