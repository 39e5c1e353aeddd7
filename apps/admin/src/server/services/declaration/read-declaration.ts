import type { TDeclaration } from '@smula/core';
import { asc, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../../db/client';
import { categories, storageItems, vendors } from '../../db/schema/declarations';
import type { sites } from '../../db/schema/sites';
import {
  type TCategoryRow,
  type TStorageItemRow,
  type TVendorRow,
  toCategory,
  toStorageItem,
  toVendor,
} from './rows';

export interface TDeclarationRows {
  categories: TCategoryRow[];
  vendors: TVendorRow[];
  items: TStorageItemRow[];
}

/**
 * Every declaration row of one site. Callers have authorised the site already; `lock` takes row
 * locks for a transaction that rewrites many of them (import), so that no single-row edit slips
 * in between its read and its write.
 */
export async function readDeclarationRows(
  db: TDbOrTx,
  siteId: string,
  options: { lock?: boolean } = {},
): Promise<TDeclarationRows> {
  const cats = db
    .select()
    .from(categories)
    .where(eq(categories.siteId, siteId))
    .orderBy(asc(categories.order), asc(categories.key));
  const vens = db
    .select()
    .from(vendors)
    .where(eq(vendors.siteId, siteId))
    .orderBy(asc(vendors.slug));
  const items = db
    .select()
    .from(storageItems)
    .where(eq(storageItems.siteId, siteId))
    .orderBy(
      asc(storageItems.name),
      asc(storageItems.host),
      asc(storageItems.type),
      asc(storageItems.id),
    );
  if (options.lock) {
    return {
      categories: await cats.for('update'),
      vendors: await vens.for('update'),
      items: await items.for('update'),
    };
  }
  return { categories: await cats, vendors: await vens, items: await items };
}

/** The rows as core's entities: categories by order, vendors by slug, items by category. */
export function rowsToEntities(rows: TDeclarationRows) {
  const keyOf = new Map(rows.categories.map((c) => [c.id, c.key]));
  const orderOf = new Map(rows.categories.map((c, i) => [c.id, i]));
  const slugOf = new Map(rows.vendors.map((v) => [v.id, v.slug]));
  const items = [...rows.items]
    .sort((a, b) => (orderOf.get(a.categoryId) ?? 0) - (orderOf.get(b.categoryId) ?? 0))
    .map((row) =>
      toStorageItem(row, keyOf.get(row.categoryId) ?? '', row.vendorId && slugOf.get(row.vendorId)),
    );
  return {
    categories: rows.categories.map(toCategory),
    vendors: rows.vendors.map(toVendor),
    items,
  };
}

/** The site's draft declaration, assembled from its rows: what publishing freezes. */
export async function readDeclaration(
  db: TDbOrTx,
  site: typeof sites.$inferSelect,
): Promise<TDeclaration> {
  const entities = rowsToEntities(await readDeclarationRows(db, site.id));
  return {
    site: site.settings,
    ...entities,
    texts: site.texts,
    appearance: site.appearance,
  };
}
