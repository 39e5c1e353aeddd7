import type { TDeclaration } from '@smula/core';
import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';
import { readDeclaration } from './read-declaration';

export const ZLoadDeclarationInput = z.object({ siteId: z.uuid() });

/**
 * The site's draft declaration as core's {@link TDeclaration}: categories by order, vendors with
 * their slug as id, items with their category key and vendor slug, texts and appearance from
 * the site row. Any member may read it.
 */
export async function loadDeclaration(
  ctx: TServiceCtx,
  raw: z.input<typeof ZLoadDeclarationInput>,
): Promise<TDeclaration> {
  const input = ZLoadDeclarationInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  return readDeclaration(ctx.db, site);
}
