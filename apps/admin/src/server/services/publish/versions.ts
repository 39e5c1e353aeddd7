import type { TDeclaration, TPublishedConfig } from '@smula/core';
import { and, desc, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../../db/client';
import { configVersions } from '../../db/schema/versions';

/** The live (highest) version of a site, or undefined before the first publish. */
export async function liveVersion(db: TDbOrTx, siteId: string) {
  const [row] = await db
    .select()
    .from(configVersions)
    .where(eq(configVersions.siteId, siteId))
    .orderBy(desc(configVersions.version))
    .limit(1);
  return row;
}

export async function versionRow(db: TDbOrTx, siteId: string, version: number) {
  const [row] = await db
    .select()
    .from(configVersions)
    .where(and(eq(configVersions.siteId, siteId), eq(configVersions.version, version)));
  return row;
}

export type TVersionRow = typeof configVersions.$inferSelect & { config: TPublishedConfig };

/** The declaration a published version froze: what rollback republishes and restore writes back. */
export function declarationOf(config: TPublishedConfig): TDeclaration {
  return {
    site: config.site,
    categories: config.categories,
    vendors: config.vendors,
    items: config.items,
    texts: config.texts,
    appearance: config.appearance,
  };
}
