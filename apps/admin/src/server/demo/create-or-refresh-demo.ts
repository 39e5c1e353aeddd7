import { ZDeclarationSchema } from '@smula/core/schema';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client';
import { categories, storageItems, vendors } from '../db/schema/declarations';
import { memberships, organisations } from '../db/schema/organisations';
import { sites } from '../db/schema/sites';
import { recordEvent } from '../services/audit/record-event';
import { categoryValues, storageItemValues, vendorValues } from '../services/declaration/rows';
import { generateSiteKey } from '../services/site/site-key';
import { DEMO_ORGANISATION_NAME, DEMO_SITE_NAME, demoDeclaration } from './demo-declaration';

export interface TDemoResult {
  organisationId: string;
  siteId: string;
  siteKey: string;
  /** False when an existing demo site was refreshed. */
  created: boolean;
  counts: { categories: number; vendors: number; items: number };
}

/**
 * Creates the organisation "Smula demo" with the site "Demo: e-tjänster" from the seed-003
 * fixture, or refreshes them: the site keeps its id and key, and its settings, texts,
 * appearance, categories, vendors and items are replaced by the fixture's. Running it twice
 * leaves the same declaration.
 *
 * Whose demo: with `actorId` (the "Load demo site" button) it is a "Smula demo" organisation
 * where that user is owner or admin, created with them as owner if there is none, so that one
 * tenant's button never touches another's data. Without (the operator's CLI) it is the oldest
 * organisation of that name. The site is found by its name: a demo site renamed by an editor
 * is left alone and a new demo site is made beside it.
 */
export async function createOrRefreshDemo(
  db: TDbOrTx,
  options: { actorId?: string } = {},
): Promise<TDemoResult> {
  const demo = ZDeclarationSchema.parse(demoDeclaration());
  const actorId = options.actorId ?? null;
  return db.transaction(async (tx) => {
    // Two clicks at once make one demo, not two.
    await tx.execute(sql`select pg_advisory_xact_lock(7253003)`);

    const [existingOrg] = actorId
      ? await tx
          .select({ id: organisations.id })
          .from(organisations)
          .innerJoin(memberships, eq(memberships.organisationId, organisations.id))
          .where(
            and(
              eq(organisations.name, DEMO_ORGANISATION_NAME),
              eq(memberships.userId, actorId),
              inArray(memberships.role, ['owner', 'admin']),
            ),
          )
          .orderBy(asc(organisations.createdAt))
          .limit(1)
      : await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.name, DEMO_ORGANISATION_NAME))
          .orderBy(asc(organisations.createdAt))
          .limit(1);
    let organisationId = existingOrg?.id;
    if (!organisationId) {
      const [org] = await tx
        .insert(organisations)
        .values({ name: DEMO_ORGANISATION_NAME })
        .returning();
      if (!org) throw new Error('insert returned nothing');
      organisationId = org.id;
      if (actorId)
        await tx.insert(memberships).values({ organisationId, userId: actorId, role: 'owner' });
      await recordEvent(tx, {
        organisationId,
        actorId,
        action: 'create',
        entity: 'organisation',
        entityId: org.id,
        after: { ...org, demo: true },
      });
    }

    const [existingSite] = await tx
      .select()
      .from(sites)
      .where(
        and(
          eq(sites.organisationId, organisationId),
          sql`${sites.settings}->>'name' = ${DEMO_SITE_NAME}`,
        ),
      )
      .orderBy(asc(sites.createdAt))
      .limit(1)
      .for('update');
    const values = { settings: demo.site, texts: demo.texts, appearance: demo.appearance };
    let site: typeof sites.$inferSelect | undefined;
    if (existingSite) {
      [site] = await tx
        .update(sites)
        .set({ ...values, revision: sql`${sites.revision} + 1`, updatedAt: new Date() })
        .where(eq(sites.id, existingSite.id))
        .returning();
      await tx.delete(storageItems).where(eq(storageItems.siteId, existingSite.id));
      await tx.delete(vendors).where(eq(vendors.siteId, existingSite.id));
      await tx.delete(categories).where(eq(categories.siteId, existingSite.id));
    } else {
      [site] = await tx
        .insert(sites)
        .values({ ...values, organisationId, key: generateSiteKey() })
        .returning();
    }
    if (!site) throw new Error('site write returned nothing');
    const siteId = site.id;

    const categoryRows = await tx
      .insert(categories)
      .values(demo.categories.map((c) => ({ ...categoryValues(c), siteId })))
      .returning();
    const vendorRows = await tx
      .insert(vendors)
      .values(demo.vendors.map((v) => ({ ...vendorValues(v), siteId })))
      .returning();
    const categoryIds = new Map(categoryRows.map((r) => [r.key, r.id]));
    const vendorIds = new Map(vendorRows.map((r) => [r.slug, r.id]));
    const itemRows = await tx
      .insert(storageItems)
      .values(
        demo.items.map((item) => ({
          ...storageItemValues(item, {
            categoryId: categoryIds.get(item.category) ?? '',
            vendorId: (item.vendor && vendorIds.get(item.vendor)) || null,
          }),
          siteId,
        })),
      )
      .returning({ id: storageItems.id });

    const counts = {
      categories: categoryRows.length,
      vendors: vendorRows.length,
      items: itemRows.length,
    };
    await recordEvent(tx, {
      organisationId,
      actorId,
      action: existingSite ? 'refresh' : 'create',
      entity: 'site',
      entityId: siteId,
      siteId,
      before: existingSite ? { revision: existingSite.revision } : null,
      after: { demo: true, name: DEMO_SITE_NAME, counts },
    });
    return { organisationId, siteId, siteKey: site.key, created: !existingSite, counts };
  });
}
