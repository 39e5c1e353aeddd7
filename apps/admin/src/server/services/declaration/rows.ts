/**
 * Rows ↔ domain: how the `categories`, `vendors` and `storage_items` tables map to core's
 * TCategory, TVendor and TStorageItem. Nulls become absent fields so that a row read back
 * deep-equals the entity that was written.
 */
import type { TCategory, TStorageItem, TVendor } from '@smula/core';
import type { categories, storageItems, vendors } from '../../db/schema/declarations';

export type TCategoryRow = typeof categories.$inferSelect;
export type TVendorRow = typeof vendors.$inferSelect;
export type TStorageItemRow = typeof storageItems.$inferSelect;

export function toCategory(row: TCategoryRow): TCategory {
  const c: TCategory = {
    key: row.key,
    required: row.required,
    order: row.order,
    gcmSignals: [...row.gcmSignals],
    name: { ...row.name },
    description: { ...row.description },
  };
  if (row.legalBasis) c.legalBasis = row.legalBasis;
  return c;
}

/** Column values of a category (without site, id and bookkeeping). */
export function categoryValues(c: TCategory) {
  return {
    key: c.key,
    required: c.required,
    order: c.order,
    gcmSignals: c.gcmSignals,
    name: c.name,
    description: c.description,
    legalBasis: c.legalBasis ?? null,
  };
}

/** The declaration's vendor id is the row's `slug`. */
export function toVendor(row: TVendorRow): TVendor {
  const v: TVendor = {
    id: row.slug,
    name: row.name,
    countries: [...row.countries],
    dpfCertified: row.dpfCertified,
    description: { ...row.description },
  };
  if (row.legalName) v.legalName = row.legalName;
  if (row.privacyPolicyUrl) v.privacyPolicyUrl = row.privacyPolicyUrl;
  if (row.optOutUrl) v.optOutUrl = row.optOutUrl;
  if (row.transferMechanism) v.transferMechanism = row.transferMechanism;
  if (row.retention && Object.keys(row.retention).length > 0) v.retention = { ...row.retention };
  if (row.defaultCategoryKey) v.defaultCategory = row.defaultCategoryKey;
  if (row.legalBasis) v.legalBasis = row.legalBasis;
  if (row.hosts.length > 0) v.hosts = [...row.hosts];
  if (!row.embedPlaceholder) v.embedPlaceholder = false;
  if (row.consentSignal) v.consentSignal = row.consentSignal;
  return v;
}

export function vendorValues(v: TVendor) {
  return {
    slug: v.id,
    name: v.name,
    legalName: v.legalName ?? null,
    privacyPolicyUrl: v.privacyPolicyUrl ?? null,
    optOutUrl: v.optOutUrl ?? null,
    countries: v.countries,
    dpfCertified: v.dpfCertified,
    transferMechanism: v.transferMechanism ?? null,
    retention: v.retention && Object.keys(v.retention).length > 0 ? v.retention : null,
    description: v.description,
    defaultCategoryKey: v.defaultCategory ?? null,
    legalBasis: v.legalBasis ?? null,
    hosts: v.hosts ?? [],
    embedPlaceholder: v.embedPlaceholder !== false,
    consentSignal: v.consentSignal ?? null,
  };
}

/** An item row as core sees it: category by key, vendor by slug, the row's uuid as id. */
export function toStorageItem(
  row: TStorageItemRow,
  categoryKey: string,
  vendorSlug: string | null | undefined,
): TStorageItem {
  const item: TStorageItem = {
    id: row.id,
    name: row.name,
    matchKind: row.matchKind,
    type: row.type,
    party: row.party,
    duration: { ...row.duration },
    purpose: { ...row.purpose },
    category: categoryKey,
  };
  if (row.host) item.host = row.host;
  if (vendorSlug) item.vendor = vendorSlug;
  if (row.necessityJustification) item.necessityJustification = row.necessityJustification;
  if (row.recipientCountries) item.recipientCountries = [...row.recipientCountries];
  if (row.legalBasis) item.legalBasis = row.legalBasis;
  if (row.initiator) item.initiator = row.initiator;
  if (row.source) item.source = row.source;
  if (row.firstFoundUrl) item.firstFoundUrl = row.firstFoundUrl;
  return item;
}

/** Column values of an item; the caller resolves category and vendor to row ids. */
export function storageItemValues(
  item: TStorageItem,
  refs: { categoryId: string; vendorId: string | null },
) {
  return {
    name: item.name,
    matchKind: item.matchKind,
    type: item.type,
    host: item.host ?? null,
    party: item.party,
    duration: item.duration,
    purpose: item.purpose,
    categoryId: refs.categoryId,
    vendorId: refs.vendorId,
    necessityJustification: item.necessityJustification ?? null,
    recipientCountries: item.recipientCountries ?? null,
    legalBasis: item.legalBasis ?? null,
    initiator: item.initiator ?? null,
    source: item.source ?? null,
    firstFoundUrl: item.firstFoundUrl ?? null,
  };
}
