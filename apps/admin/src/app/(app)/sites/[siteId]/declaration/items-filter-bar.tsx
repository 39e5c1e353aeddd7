'use client';

import { STORAGE_TYPES, type TStorageType } from '@smula/core';
import { useTranslations } from 'next-intl';
import { Field } from '~/components/ui/field';
import { SelectField } from '~/components/ui/select-field';
import { CategoryOptions } from '../category-options';
import type { TCategoryRow, TVendorRow } from '../use-site';
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
  const t = useTranslations('itemFilters');
  const types = useTranslations('itemTypes');
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <Field
        label={t('search')}
        type="search"
        placeholder={t('searchPlaceholder')}
        value={f.search}
        onChange={(e) => f.setSearch(e.target.value)}
      />
      <SelectField
        label={t('category')}
        value={f.categoryId}
        onChange={(e) => f.setCategoryId(e.target.value)}
      >
        <option value="">{t('allCategories')}</option>
        <CategoryOptions categories={categories} locales={locales} />
      </SelectField>
      <SelectField
        label={t('vendor')}
        value={f.vendorId}
        onChange={(e) => f.setVendorId(e.target.value)}
      >
        <option value="">{t('allVendors')}</option>
        <option value="none">{t('noVendor')}</option>
        {(vendors ?? []).map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('type')}
        value={f.type}
        onChange={(e) => f.setType(e.target.value as TStorageType | '')}
      >
        <option value="">{t('allTypes')}</option>
        {STORAGE_TYPES.map((type) => (
          <option key={type} value={type}>
            {types(type)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
