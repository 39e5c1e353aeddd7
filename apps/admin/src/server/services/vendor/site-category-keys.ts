import { eq } from 'drizzle-orm';
import type { TDbOrTx } from '../../db/client';
import { categories } from '../../db/schema/declarations';

/** The category keys of a site, for checking a vendor's default category. */
export async function siteCategoryKeys(db: TDbOrTx, siteId: string): Promise<Set<string>> {
  const rows = await db
    .select({ key: categories.key })
    .from(categories)
    .where(eq(categories.siteId, siteId));
  return new Set(rows.map((r) => r.key));
}
