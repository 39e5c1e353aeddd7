import { describeDiff, diffConfigs } from '@smula/core';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../db/schema/auth';
import { sites } from '../../db/schema/sites';
import { configVersions } from '../../db/schema/versions';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import { draftCounts, replaceDraft } from '../declaration/replace-draft';
import { ConflictError, NotFoundError, say } from '../errors';
import { publishDeclaration } from './publish-site';
import { declarationOf, liveVersion, versionRow } from './versions';

export const ZListVersionsInput = z.object({ siteId: z.uuid() });
export const ZGetVersionInput = z.object({
  siteId: z.uuid(),
  version: z.number().int().positive(),
});
export const ZCompareVersionsInput = z.object({
  siteId: z.uuid(),
  from: z.number().int().positive(),
  to: z.number().int().positive(),
});
export const ZRestoreVersionInput = z.object({
  siteId: z.uuid(),
  version: z.number().int().positive(),
});
export const ZDiscardDraftInput = z.object({ siteId: z.uuid() });
export const ZRollbackInput = z.object({
  siteId: z.uuid(),
  version: z.number().int().positive(),
  note: z.string().trim().max(2000).default(''),
});

/** Every published version, newest first, with author and note. */
export async function listVersions(ctx: TServiceCtx, raw: z.input<typeof ZListVersionsInput>) {
  const input = ZListVersionsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  return ctx.db
    .select({
      version: configVersions.version,
      hash: configVersions.hash,
      materialHash: configVersions.materialHash,
      note: configVersions.note,
      rollbackOf: configVersions.rollbackOf,
      createdAt: configVersions.createdAt,
      author: users.email,
    })
    .from(configVersions)
    .leftJoin(users, eq(users.id, configVersions.authorId))
    .where(eq(configVersions.siteId, site.id))
    .orderBy(desc(configVersions.version));
}

export async function getVersion(ctx: TServiceCtx, raw: z.input<typeof ZGetVersionInput>) {
  const input = ZGetVersionInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const row = await versionRow(ctx.db, site.id, input.version);
  if (!row) throw new NotFoundError('versionNotFound', { version: input.version });
  return row;
}

/** Any two versions compared in words, with what would have been asked again. */
export async function compareVersions(
  ctx: TServiceCtx,
  raw: z.input<typeof ZCompareVersionsInput>,
) {
  const input = ZCompareVersionsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const [a, b] = await Promise.all([
    versionRow(ctx.db, site.id, input.from),
    versionRow(ctx.db, site.id, input.to),
  ]);
  if (!a) throw new NotFoundError('versionNotFound', { version: input.from });
  if (!b) throw new NotFoundError('versionNotFound', { version: input.to });
  const diff = diffConfigs(a.config, b.config);
  return {
    from: input.from,
    to: input.to,
    ...describeDiff(diff, a.config, b.config, site.settings.defaultLocale),
    invalidated: diff.invalidatedCategories,
  };
}

/**
 * Rolls back by publishing a copy of version k as a new version (history is never rewritten).
 * The editable draft is left as it is.
 */
export async function rollbackToVersion(ctx: TServiceCtx, raw: z.input<typeof ZRollbackInput>) {
  const input = ZRollbackInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const row = await versionRow(ctx.db, site.id, input.version);
  if (!row) throw new NotFoundError('versionNotFound', { version: input.version });
  return publishDeclaration(ctx.db, site, {
    note: input.note || `Rollback to version ${input.version}`,
    actorId: ctx.actor?.id ?? null,
    rollbackOf: input.version,
    source: row.config,
  });
}

/**
 * Writes a published version back into the editable draft (nothing goes live until the next
 * publish): the way back to an older declaration that is not a rollback. Everything in the
 * draft is replaced; the audit log keeps what it held in numbers.
 */
export async function restoreVersionIntoDraft(
  ctx: TServiceCtx,
  raw: z.input<typeof ZRestoreVersionInput>,
) {
  const input = ZRestoreVersionInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  return writeVersionIntoDraft(ctx, site, input.version, 'restore');
}

/** "Discard draft changes": the draft becomes the live version again. */
export async function discardDraftChanges(
  ctx: TServiceCtx,
  raw: z.input<typeof ZDiscardDraftInput>,
) {
  const input = ZDiscardDraftInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const live = await liveVersion(ctx.db, site.id);
  if (!live) throw new ConflictError(say('nothingLive'));
  return writeVersionIntoDraft(ctx, site, live.version, 'discard_draft');
}

async function writeVersionIntoDraft(
  ctx: TServiceCtx,
  site: typeof sites.$inferSelect,
  version: number,
  action: 'restore' | 'discard_draft',
) {
  return ctx.db.transaction(async (tx) => {
    // The row lock orders this after any in-flight single-row edit or publish of the site.
    const [locked] = await tx.select().from(sites).where(eq(sites.id, site.id)).for('update');
    if (!locked) throw new NotFoundError('siteNotFound');
    const row = await versionRow(tx, site.id, version);
    if (!row) throw new NotFoundError('versionNotFound', { version });
    const before = await draftCounts(tx, site.id);
    const { counts } = await replaceDraft(tx, locked, declarationOf(row.config), {
      keepItemIds: true,
    });
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action,
      entity: 'declaration',
      entityId: site.id,
      siteId: site.id,
      before: { revision: locked.revision, counts: before },
      after: { version, counts },
    });
    return { version, counts };
  });
}
