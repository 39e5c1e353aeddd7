'use client';

import {
  countryName,
  TRANSFER_MECHANISMS,
  type TTransferMechanism,
  transferBasis,
} from '@smula/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConflictNotice } from '~/components/conflict-notice';
import { EmptyState, LoadingRows } from '~/components/empty-state';
import {
  conflictCurrent,
  errorUnder,
  hasFieldErrors,
  serverFieldErrors,
} from '~/components/server-errors';
import { Badge } from '~/components/ui/badge';
import { Button } from '~/components/ui/button';
import { CheckboxField } from '~/components/ui/checkbox-field';
import { Dialog } from '~/components/ui/dialog';
import { Field } from '~/components/ui/field';
import { Panel } from '~/components/ui/panel';
import { SelectField } from '~/components/ui/select-field';
import { TextareaField } from '~/components/ui/textarea-field';
import { useTRPC } from '~/trpc/react';
import { categoryOption } from '../declaration/categories-panel';
import { MissingBadges } from '../missing-badges';
import {
  localeTexts,
  missingIndex,
  type TVendorRow,
  useInvalidateDeclaration,
  useSite,
} from '../use-site';

const BASIS_LABELS: Record<TTransferMechanism, string> = {
  eea: 'Inside the EEA',
  adequacy: 'Adequacy decision',
  dpf: 'EU–US Data Privacy Framework',
  scc: 'Standard contractual clauses',
  bcr: 'Binding corporate rules',
  none: 'No transfer basis',
  unknown: 'Unknown',
};
const BASIS_TONE: Record<TTransferMechanism, 'success' | 'info' | 'danger' | 'warning'> = {
  eea: 'success',
  adequacy: 'success',
  dpf: 'success',
  scc: 'info',
  bcr: 'info',
  none: 'danger',
  unknown: 'warning',
};

const splitCodes = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function CountryBases({
  codes,
  dpfCertified,
  transferMechanism,
}: {
  codes: readonly string[];
  dpfCertified: boolean;
  transferMechanism?: TTransferMechanism | null;
}) {
  if (codes.length === 0) return <span className="text-slate-600">Countries not known</span>;
  const vendor = { dpfCertified, ...(transferMechanism ? { transferMechanism } : {}) };
  return (
    <ul className="flex flex-wrap gap-1">
      {codes.map((code) => {
        const basis = transferBasis(code, vendor);
        return (
          <li key={code}>
            <Badge tone={BASIS_TONE[basis]}>
              {code.toUpperCase()} {countryName(code, 'en')}: {BASIS_LABELS[basis]}
            </Badge>
          </li>
        );
      })}
    </ul>
  );
}

export function VendorsPanel({ siteId }: { siteId: string }) {
  const trpc = useTRPC();
  const { site, canEdit } = useSite(siteId);
  const vendors = useQuery(trpc.vendor.list.queryOptions({ siteId }));
  const missing = useQuery(trpc.declaration.missingTranslations.queryOptions({ siteId }));
  const invalidate = useInvalidateDeclaration();
  const [editing, setEditing] = useState<TVendorRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TVendorRow | null>(null);
  const markers = missingIndex(missing.data);
  const remove = useMutation(
    trpc.vendor.delete.mutationOptions({
      onSuccess() {
        toast.success('Vendor deleted');
        setDeleting(null);
        invalidate();
      },
      onError: (err) => toast.error(err.message),
    }),
  );
  const locales = site?.settings.locales ?? [];
  const rows = vendors.data ?? [];
  return (
    <section aria-labelledby="vendors-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="vendors-heading" className="text-lg font-semibold">
            Vendors
          </h2>
          <p className="text-sm text-slate-600">
            Who receives data, where it goes, and on what legal basis it leaves the EEA.
          </p>
        </div>
        {canEdit && <Button onClick={() => setEditing('new')}>Add vendor</Button>}
      </div>
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
                  <div className="flex gap-1">
                    <Button
                      variant="secondary"
                      aria-label={`Edit vendor ${v.name}`}
                      onClick={() => setEditing(v)}
                    >
                      Edit
                    </Button>
                    <Button
                      variant="ghost"
                      className="text-red-700"
                      aria-label={`Delete vendor ${v.name}`}
                      onClick={() => setDeleting(v)}
                    >
                      Delete
                    </Button>
                  </div>
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
        <Dialog title={`Delete vendor “${deleting.name}”?`} onClose={() => setDeleting(null)}>
          <p className="text-sm text-slate-700">
            {deleting.itemCount > 0
              ? `Its ${deleting.itemCount} items stay in the declaration without a vendor.`
              : 'No items name it.'}
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
              Delete vendor
            </Button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

interface TVendorForm {
  name: string;
  slug: string;
  legalName: string;
  privacyPolicyUrl: string;
  optOutUrl: string;
  countries: string;
  dpfCertified: boolean;
  transferMechanism: TTransferMechanism | '';
  retention: Record<string, string>;
  description: Record<string, string>;
  defaultCategory: string;
}

function toForm(v: TVendorRow | null, locales: readonly string[]): TVendorForm {
  return {
    name: v?.name ?? '',
    slug: v?.slug ?? '',
    legalName: v?.legalName ?? '',
    privacyPolicyUrl: v?.privacyPolicyUrl ?? '',
    optOutUrl: v?.optOutUrl ?? '',
    countries: (v?.countries ?? []).join(', '),
    dpfCertified: v?.dpfCertified ?? false,
    transferMechanism: v?.transferMechanism ?? '',
    retention: localeTexts(locales, v?.retention),
    description: localeTexts(locales, v?.description),
    defaultCategory: v?.defaultCategoryKey ?? '',
  };
}

function VendorDialog({
  siteId,
  locales,
  vendor,
  onClose,
}: {
  siteId: string;
  locales: readonly string[];
  vendor: TVendorRow | null;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateDeclaration();
  const categories = useQuery(trpc.category.list.queryOptions({ siteId }));
  const [base, setBase] = useState(vendor);
  const [form, setForm] = useState(() => toForm(vendor, locales));
  const set = <K extends keyof TVendorForm>(k: K, v: TVendorForm[K]) =>
    setForm((f) => ({ ...f, [k]: v }));
  const onSuccess = () => {
    toast.success(vendor ? 'Vendor saved' : 'Vendor added');
    invalidate();
    onClose();
  };
  const onError = (err: Parameters<typeof serverFieldErrors>[0]) => {
    if (err && !hasFieldErrors(err) && !conflictCurrent(err)) toast.error(err.message);
  };
  const create = useMutation(trpc.vendor.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.vendor.update.mutationOptions({ onSuccess, onError }));
  const error = vendor ? update.error : create.error;
  const errors = serverFieldErrors(error);
  const current = conflictCurrent<TVendorRow>(error);
  const pending = create.isPending || update.isPending;
  const codes = splitCodes(form.countries);

  return (
    <Dialog title={vendor ? `Edit vendor “${vendor.name}”` : 'Add vendor'} onClose={onClose} wide>
      <form
        aria-label={vendor ? 'Edit vendor' : 'Add vendor'}
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          const fields = {
            name: form.name,
            ...(form.slug.trim() ? { slug: form.slug.trim() } : {}),
            legalName: form.legalName.trim() || null,
            privacyPolicyUrl: form.privacyPolicyUrl.trim() || null,
            optOutUrl: form.optOutUrl.trim() || null,
            countries: codes,
            dpfCertified: form.dpfCertified,
            transferMechanism: form.transferMechanism || null,
            retention: form.retention,
            description: form.description,
            defaultCategory: form.defaultCategory || null,
          };
          if (base) update.mutate({ siteId, id: base.id, revision: base.revision, ...fields });
          else create.mutate({ siteId, ...fields });
        }}
      >
        {current && error && (
          <ConflictNotice
            message={error.message}
            values={[
              ['Name', current.name],
              ['Legal name', current.legalName ?? ''],
              ['Countries', current.countries.join(', ')],
              ['DPF certified', current.dpfCertified ? 'yes' : 'no'],
              ['Privacy policy', current.privacyPolicyUrl ?? ''],
            ]}
            onReload={() => {
              setBase({ ...current, itemCount: vendor?.itemCount ?? 0 });
              setForm(toForm(current, locales));
              update.reset();
            }}
          />
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Name"
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            error={errors.name}
            required
          />
          <Field
            label="Slug"
            value={form.slug}
            placeholder="Made from the name"
            onChange={(e) => set('slug', e.target.value)}
            error={errors.slug}
          />
          <Field
            label="Legal name"
            value={form.legalName}
            onChange={(e) => set('legalName', e.target.value)}
            error={errors.legalName}
          />
          <SelectField
            label="Default category"
            value={form.defaultCategory}
            onChange={(e) => set('defaultCategory', e.target.value)}
            error={errors.defaultCategory}
          >
            <option value="">None</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.id} value={c.key}>
                {categoryOption(c, locales)}
              </option>
            ))}
          </SelectField>
          <Field
            label="Privacy-policy URL"
            type="url"
            placeholder="https://"
            value={form.privacyPolicyUrl}
            onChange={(e) => set('privacyPolicyUrl', e.target.value)}
            error={errors.privacyPolicyUrl}
          />
          <Field
            label="Opt-out URL"
            type="url"
            placeholder="https://"
            value={form.optOutUrl}
            onChange={(e) => set('optOutUrl', e.target.value)}
            error={errors.optOutUrl}
          />
        </div>
        <div className="flex flex-col gap-2">
          <Field
            label="Recipient countries"
            placeholder="SE, IE, US"
            value={form.countries}
            onChange={(e) => set('countries', e.target.value)}
            error={errorUnder(errors, 'countries')}
            hint="ISO 3166-1 codes separated by commas. The transfer basis of each is shown below."
          />
          <div className="text-xs" aria-live="polite">
            <CountryBases
              codes={codes}
              dpfCertified={form.dpfCertified}
              transferMechanism={form.transferMechanism || null}
            />
          </div>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
          <CheckboxField
            label="Certified under the EU–US Data Privacy Framework"
            checked={form.dpfCertified}
            onChange={(e) => set('dpfCertified', e.target.checked)}
          />
          <SelectField
            label="Transfer mechanism"
            value={form.transferMechanism}
            onChange={(e) => set('transferMechanism', e.target.value as TTransferMechanism | '')}
            error={errors.transferMechanism}
            hint="What the site relies on where no adequacy decision applies."
          >
            <option value="">Not stated</option>
            {TRANSFER_MECHANISMS.map((m) => (
              <option key={m} value={m}>
                {BASIS_LABELS[m]}
              </option>
            ))}
          </SelectField>
        </div>
        {locales.map((l) => (
          <fieldset key={l} className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Texts ({l})</legend>
            <TextareaField
              label={`Description (${l})`}
              value={form.description[l] ?? ''}
              onChange={(e) => set('description', { ...form.description, [l]: e.target.value })}
              error={errors[`description.${l}`]}
              hint="What the vendor does, which data, where it is stored."
              marker={
                form.description[l]?.trim() ? null : <Badge tone="warning">{l} missing</Badge>
              }
            />
            <Field
              label={`Retention (${l})`}
              value={form.retention[l] ?? ''}
              onChange={(e) => set('retention', { ...form.retention, [l]: e.target.value })}
              error={errors[`retention.${l}`]}
            />
          </fieldset>
        ))}
        {errors[''] && <p className="text-sm text-red-700">{errors['']}</p>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? 'Saving…' : vendor ? 'Save vendor' : 'Add vendor'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
