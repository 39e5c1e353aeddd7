import type { TDeclaration } from '@smula/core';
import { eq, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../../db/client';
import { categories, storageItems, vendors } from '../../db/schema/declarations';
import { sites } from '../../db/schema/sites';
import { categoryValues, storageItemValues, vendorValues } from './rows';

type TSiteRow = typeof sites.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Replaces a site's whole draft (settings, texts, appearance, categories, vendors, items) with a
 * declaration, inside the caller's transaction: the demo reset and "restore a version into the
 * draft" both need exactly this. Bumps the site's revision so that forms opened on the old draft
 * are refused on save rather than writing into the new one. With `keepItemIds` items keep the
 * ids they carry (a published version's), which were this site's. Settings the declaration does not
 * carry (added after it was published) keep their current values.
 */
export async function replaceDraft(
  tx: TDbOrTx,
  site: TSiteRow,
  declaration: TDeclaration,
  options: { keepItemIds?: boolean } = {},
): Promise<{ site: TSiteRow; counts: { categories: number; vendors: number; items: number } }> {
  const [updated] = await tx
    .update(sites)
    .set({
      settings: { ...site.settings, ...declaration.site },
      texts: declaration.texts,
      appearance: declaration.appearance,
      revision: sql`${sites.revision} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(sites.id, site.id))
    .returning();
  if (!updated) throw new Error('site update returned nothing');
  // Items first: they reference categories (restrict) and vendors.
  await tx.delete(storageItems).where(eq(storageItems.siteId, site.id));
  await tx.delete(vendors).where(eq(vendors.siteId, site.id));
  await tx.delete(categories).where(eq(categories.siteId, site.id));

  const siteId = site.id;
  const categoryRows = declaration.categories.length
    ? await tx
        .insert(categories)
        .values(declaration.categories.map((c) => ({ ...categoryValues(c), siteId })))
        .returning({ id: categories.id, key: categories.key })
    : [];
  const vendorRows = declaration.vendors.length
    ? await tx
        .insert(vendors)
        .values(declaration.vendors.map((v) => ({ ...vendorValues(v), siteId })))
        .returning({ id: vendors.id, slug: vendors.slug })
    : [];
  const categoryIds = new Map(categoryRows.map((r) => [r.key, r.id]));
  const vendorIds = new Map(vendorRows.map((r) => [r.slug, r.id]));
  const itemRows = declaration.items.length
    ? await tx
        .insert(storageItems)
        .values(
          declaration.items.map((item) => {
            const categoryId = categoryIds.get(item.category);
            // A valid declaration never has this; a hand-edited version row could.
            if (!categoryId)
              throw new Error(`item ${item.name} names unknown category ${item.category}`);
            return {
              // A restored version keeps its items' ids, so the draft hashes the same as it.
              ...(options.keepItemIds && item.id && UUID.test(item.id) ? { id: item.id } : {}),
              ...storageItemValues(item, {
                categoryId,
                vendorId: (item.vendor && vendorIds.get(item.vendor)) || null,
              }),
              siteId,
            };
          }),
        )
        .returning({ id: storageItems.id })
    : [];
  return {
    site: updated,
    counts: { categories: categoryRows.length, vendors: vendorRows.length, items: itemRows.length },
  };
}

/** How many categories, vendors and items a site's draft holds (what a replacement would lose). */
export async function draftCounts(db: TDbOrTx, siteId: string) {
  const [items, vendorCount, categoryCount] = await Promise.all([
    db.$count(storageItems, eq(storageItems.siteId, siteId)),
    db.$count(vendors, eq(vendors.siteId, siteId)),
    db.$count(categories, eq(categories.siteId, siteId)),
  ]);
  return { items, vendors: vendorCount, categories: categoryCount };
}
