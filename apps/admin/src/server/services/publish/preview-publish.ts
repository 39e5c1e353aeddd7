import { describeDiff, diffConfigs, lintDeclaration, normaliseDeclaration } from '@smula/core';
import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';
import { readDeclaration } from '../declaration/read-declaration';
import { liveVersion } from './versions';

export const ZPreviewPublishInput = z.object({ siteId: z.uuid() });

/**
 * What publishing the draft now would do: the compliance lint's findings (errors block), and
 * the changes against the live version in words, with who would be asked again. Writes nothing.
 */
export async function previewPublish(ctx: TServiceCtx, raw: z.input<typeof ZPreviewPublishInput>) {
  const input = ZPreviewPublishInput.parse(raw);
  const { site, role } = await requireSite(ctx, input.siteId, 'viewer');
  const draft = await readDeclaration(ctx.db, site);
  const findings = lintDeclaration(draft);
  const next = normaliseDeclaration(draft);
  const live = await liveVersion(ctx.db, site.id);
  const diff = live ? diffConfigs(live.config, next) : null;
  return {
    live: live ? { version: live.version, hash: live.hash, createdAt: live.createdAt } : null,
    findings,
    blocked: findings.some((f) => f.severity === 'error'),
    // Category names as the site itself says them (its default language), not keys or English.
    summary: diff ? describeDiff(diff, live!.config, next, site.settings.defaultLocale) : null,
    unchanged: diff ? diff.changes.length === 0 : false,
    canPublish: role !== 'viewer',
  };
}
