'use client';

import { STORAGE_TYPES, type TStorageType } from '@smula/core';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { CategoryOptions } from '../category-options';
import type { TCategoryRow, TVendorRow } from '../use-site';
import { TYPE_LABELS } from './item-labels';
import type { TItemFilters } from './use-item-filters';

/** Search and the three filters above the items table; the list follows as they change. */
export function ItemsFilterBar({
  filters: f,
  categories,
  vendors,
  locales,
}: {
  filters: TItemFilters;
  categories: readonly TCategoryRow[] | undefined;
  vendors: readonly TVendorRow[] | undefined;
  locales: readonly string[];
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <Field
        label="Search"
        type="search"
        placeholder="Name, host, vendor or purpose"
        value={f.search}
        onChange={(e) => f.setSearch(e.target.value)}
      />
      <SelectField
        label="Category"
        value={f.categoryId}
        onChange={(e) => f.setCategoryId(e.target.value)}
      >
        <option value="">All categories</option>
        <CategoryOptions categories={categories} locales={locales} />
      </SelectField>
      <SelectField
        label="Vendor"
        value={f.vendorId}
        onChange={(e) => f.setVendorId(e.target.value)}
      >
        <option value="">All vendors</option>
        <option value="none">No vendor</option>
        {(vendors ?? []).map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Type"
        value={f.type}
        onChange={(e) => f.setType(e.target.value as TStorageType | '')}
      >
        <option value="">All types</option>
        {STORAGE_TYPES.map((t) => (
          <option key={t} value={t}>
            {TYPE_LABELS[t]}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
