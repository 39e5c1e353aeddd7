import { createDeclaration } from '@smula/core';
import { ZDomainSchema, ZSiteSettingsSchema } from '@smula/core/schema';
import { z } from 'zod';
import { ZSiteName } from '../../../lib/schemas/site';
import { categories } from '../../db/schema/declarations';
import { sites } from '../../db/schema/sites';
import { recordEvent } from '../audit/record-event';
import { requireMembership, type TServiceCtx } from '../context';
import { generateSiteKey } from './site-key';

export const ZCreateSiteInput = z.object({
  organisationId: z.uuid(),
  name: ZSiteName,
  // What people paste (`https://www.example.se/`) is accepted and reduced to its host.
  domains: z.array(ZDomainSchema).max(100).default([]),
  locales: z.array(z.string()).min(1).max(30).default(['sv', 'en']),
  defaultLocale: z.string().default('sv'),
});

/** Owners and admins create sites; a new site starts with the five standard categories. */
export async function createSite(ctx: TServiceCtx, input: z.input<typeof ZCreateSiteInput>) {
  const parsed = ZCreateSiteInput.parse(input);
  await requireMembership(ctx, parsed.organisationId, 'admin');
  const draft = createDeclaration({
    name: parsed.name,
    domains: parsed.domains,
    locales: parsed.locales,
    defaultLocale: parsed.defaultLocale,
  });
  // Automatic blocking starts on for new sites only: turning it on for an existing site could
  // hold back something its owner relies on, so they opt in from Settings.
  const settings = ZSiteSettingsSchema.parse({ ...draft.site, autoBlocking: true });
  return ctx.db.transaction(async (tx) => {
    const [site] = await tx
      .insert(sites)
      .values({
        organisationId: parsed.organisationId,
        key: generateSiteKey(),
        settings,
        appearance: draft.appearance,
        texts: {},
      })
      .returning();
    if (!site) throw new Error('insert returned nothing');
    await tx.insert(categories).values(draft.categories.map((c) => ({ ...c, siteId: site.id })));
    await recordEvent(tx, {
      organisationId: site.organisationId,
      actorId: ctx.actor?.id ?? null,
      action: 'create',
      entity: 'site',
      entityId: site.id,
      siteId: site.id,
      after: site,
    });
    return site;
  });
}
