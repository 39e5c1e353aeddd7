import { ZDeclarationSchema } from '@smula/core/schema';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client';
import { memberships, organisations } from '../db/schema/organisations';
import { sites } from '../db/schema/sites';
import { recordEvent } from '../services/audit/record-event';
import { draftCounts, replaceDraft } from '../services/declaration/replace-draft';
import { generateSiteKey } from '../services/site/site-key';
import { DEMO_ORGANISATION_NAME, DEMO_SITE_NAME, demoDeclaration } from './demo-declaration';

export interface TDemoResult {
  organisationId: string;
  siteId: string;
  siteKey: string;
  /** False when the demo site already existed. */
  created: boolean;
  /** True when an existing demo site's draft was reset to the fixture. */
  refreshed: boolean;
  /** What the fixture wrote; null when an existing demo was left alone. */
  counts: { categories: number; vendors: number; items: number } | null;
}

/**
 * Creates the organisation "Smula demo" with the site "Demo: e-tjänster" from the seed-003
 * fixture, or resets them: the site keeps its id and key, and its settings, texts,
 * appearance, categories, vendors and items are replaced by the fixture's. Running it twice
 * leaves the same declaration. With `keepExisting` an existing demo is returned untouched, so
 * pressing "Load demo site" again never wipes what the user changed; resetting is its own,
 * confirmed action.
 *
 * Whose demo: with `actorId` (the "Load demo site" button) it is a "Smula demo" organisation
 * where that user is owner or admin, created with them as owner if there is none, so that one
 * tenant's button never touches another's data. Without (the operator's CLI) it is the oldest
 * organisation of that name. The site is found by its name: a demo site renamed by an editor
 * is left alone and a new demo site is made beside it.
 */
export async function createOrRefreshDemo(
  db: TDbOrTx,
  options: {
    actorId?: string;
    /** Leave an existing demo site untouched (the "Load demo site" button). */
    keepExisting?: boolean;
  } = {},
): Promise<TDemoResult> {
  const demo = ZDeclarationSchema.parse(demoDeclaration());
  const actorId = options.actorId ?? null;
  return db.transaction(async (tx) => {
    // Two clicks at once make one demo, not two.
    await tx.execute(sql`select pg_advisory_xact_lock(7253003)`);

    const found = await findDemo(tx, actorId, { lock: true });
    let organisationId = found.organisationId;
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

    const existingSite = found.site;
    if (existingSite && options.keepExisting) {
      // "Load demo site" again: the demo and whatever the user changed in it stay as they are.
      return {
        organisationId,
        siteId: existingSite.id,
        siteKey: existingSite.key,
        created: false,
        refreshed: false,
        counts: null,
      };
    }
    const target =
      existingSite ??
      (
        await tx
          .insert(sites)
          .values({
            settings: demo.site,
            texts: demo.texts,
            appearance: demo.appearance,
            organisationId,
            key: generateSiteKey(),
          })
          .returning()
      )[0];
    if (!target) throw new Error('site write returned nothing');
    const { site, counts } = await replaceDraft(tx, target, demo);
    const siteId = site.id;
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
    return {
      organisationId,
      siteId,
      siteKey: site.key,
      created: !existingSite,
      refreshed: Boolean(existingSite),
      counts,
    };
  });
}

/**
 * The demo organisation and site that belong to this actor (or the operator's, without one):
 * see {@link createOrRefreshDemo} for whose demo it is.
 */
async function findDemo(db: TDbOrTx, actorId: string | null, options: { lock?: boolean } = {}) {
  const [org] = actorId
    ? await db
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
    : await db
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.name, DEMO_ORGANISATION_NAME))
        .orderBy(asc(organisations.createdAt))
        .limit(1);
  if (!org) return { organisationId: null, site: null };
  const query = db
    .select()
    .from(sites)
    .where(
      and(eq(sites.organisationId, org.id), sql`${sites.settings}->>'name' = ${DEMO_SITE_NAME}`),
    )
    .orderBy(asc(sites.createdAt))
    .limit(1);
  const [site] = options.lock ? await query.for('update') : await query;
  return { organisationId: org.id, site: site ?? null };
}

/**
 * The actor's demo site and what its draft holds now: what a reset would replace (the admin's
 * confirmation says it in numbers). Null when they have none.
 */
export async function demoStatus(db: TDbOrTx, actorId: string) {
  const { site } = await findDemo(db, actorId);
  if (!site) return null;
  return {
    siteId: site.id,
    name: DEMO_SITE_NAME,
    liveVersion: site.liveVersion,
    draft: await draftCounts(db, site.id),
  };
}
