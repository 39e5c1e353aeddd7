import { buildPublishedConfig, lintDeclaration, type TPublishedConfig } from '@smula/core';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ZPublishNote } from '../../../lib/schemas/publish';
import type { TDbOrTx } from '../../db/client';
import { sites } from '../../db/schema/sites';
import { configVersions } from '../../db/schema/versions';
import { forgetLivePointer, precomputeAnswers } from '../../delivery/deliver';
import { LIVE_CHANNEL } from '../../delivery/live-channel';
import { publicBaseUrl } from '../../public-url';
import { notifyWebhooksQueued } from '../../webhook-jobs/dispatch';
import { newEvent, queueWebhookEvent, type TConfigPublishedData } from '../../webhook-jobs/outbox';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { readDeclaration } from '../declaration/read-declaration';
import { ConflictError, say, ValidationError } from '../errors';
import { declarationOf, liveVersion } from './versions';

export const ZPublishSiteInput = z.object({
  siteId: z.uuid(),
  note: ZPublishNote.default(''),
});

type TSite = typeof sites.$inferSelect;

/**
 * Freezes a declaration as version n+1. The site row is locked for the transaction, so two
 * publishes of one site get consecutive numbers and never the same one.
 */
export async function publishDeclaration(
  db: TDbOrTx,
  site: TSite,
  options: {
    note: string;
    actorId: string | null;
    rollbackOf?: number;
    source?: 'draft' | TPublishedConfig;
  },
) {
  const result = await db.transaction(async (tx) => {
    await tx.select({ id: sites.id }).from(sites).where(eq(sites.id, site.id)).for('update');
    const draft =
      options.source && options.source !== 'draft'
        ? declarationOf(options.source)
        : await readDeclaration(tx, site);
    const errors = lintDeclaration(draft).filter((f) => f.severity === 'error');
    if (errors.length) {
      throw new ValidationError(
        `Publishing is blocked by ${errors.length} problem${errors.length > 1 ? 's' : ''}: ${errors[0]!.message}`,
        {
          issues: errors.map((e) => e.message),
          findings: errors,
        },
      );
    }
    const live = await liveVersion(tx, site.id);
    const version = (live?.version ?? 0) + 1;
    const config = buildPublishedConfig(draft, {
      siteKey: site.key,
      version,
      publishedAt: new Date().toISOString(),
      previous: live?.config,
    });
    if (live && live.hash === config.hash && options.rollbackOf === undefined) {
      throw new ConflictError(say('nothingToPublish', { version: live.version }));
    }
    const [row] = await tx
      .insert(configVersions)
      .values({
        siteId: site.id,
        version,
        hash: config.hash,
        materialHash: config.materialHash,
        config,
        note: options.note,
        authorId: options.actorId,
        rollbackOf: options.rollbackOf,
      })
      .returning({
        id: configVersions.id,
        version: configVersions.version,
        hash: configVersions.hash,
        rollbackOf: configVersions.rollbackOf,
        createdAt: configVersions.createdAt,
      });
    await tx
      .update(sites)
      .set({ liveVersion: version, updatedAt: sql`now()` })
      .where(eq(sites.id, site.id));
    // The public plane serves ready bytes: build them once, here, with the version.
    await precomputeAnswers(tx, site.id, config, publicBaseUrl());
    // Delivered at commit to every instance listening: each forgets its pointer to this site.
    await tx.execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, ${site.key})`);
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: options.actorId,
      action: options.rollbackOf === undefined ? 'publish' : 'rollback',
      entity: 'config_version',
      entityId: String(version),
      siteId: site.id,
      after: {
        version,
        hash: config.hash,
        materialHash: config.materialHash,
        note: options.note,
        rollbackOf: options.rollbackOf,
      },
    });
    // The outbox (issue 20): deliveries commit with the version or not at all.
    const data: TConfigPublishedData = {
      siteKey: site.key,
      version,
      hash: config.hash,
      publishedAt: config.publishedAt,
      configUrl: `${publicBaseUrl()}/api/v1/sites/${site.key}/config?version=${version}`,
      rollbackOf: options.rollbackOf ?? null,
    };
    const deliveries = await queueWebhookEvent(tx, site.id, newEvent('config.published', data), {
      version,
    });
    const published = {
      ...row!,
      materialHash: config.materialHash,
      materialSince: config.materialSince,
    };
    return { published, deliveries };
  });
  // After commit: this instance's delivery answers the new version immediately.
  forgetLivePointer(site.key);
  await notifyWebhooksQueued(result.deliveries);
  return result.published;
}

/** Editors and above publish; viewers cannot. The compliance lint must pass. */
export async function publishSite(ctx: TServiceCtx, raw: z.input<typeof ZPublishSiteInput>) {
  const input = ZPublishSiteInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return publishDeclaration(ctx.db, site, { note: input.note, actorId: ctx.actor?.id ?? null });
}
