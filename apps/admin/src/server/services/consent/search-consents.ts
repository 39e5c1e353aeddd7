import { and, desc } from 'drizzle-orm';
import { z } from 'zod';
import { consentRecords } from '../../db/schema/consents';
import { requireSite, type TServiceCtx } from '../context';
import {
  consentColumns,
  consentConditions,
  decodeConsentCursor,
  encodeConsentCursor,
  pastCursor,
  ZConsentAction,
  ZConsentDay,
  ZConsentId,
} from './consent-query';

export const ZSearchConsentsInput = z.object({
  siteId: z.uuid(),
  /** One visitor's consent id: their whole history. Without it, every record of the site. */
  consentId: ZConsentId.optional(),
  /** UTC days, both inclusive. */
  from: ZConsentDay.optional(),
  to: ZConsentDay.optional(),
  action: ZConsentAction.optional(),
  version: z.number().int().positive().optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

/**
 * The consent log for viewers and above: a consent id's full history (or all records) newest
 * first, each with the config version the visitor saw. Keyset pagination on (created_at, id),
 * so page 1,000 costs what page 1 does. Scoped by the site the caller may see.
 */
export async function searchConsents(ctx: TServiceCtx, raw: z.input<typeof ZSearchConsentsInput>) {
  const input = ZSearchConsentsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const where = consentConditions(site.id, input);
  const rows = await ctx.db
    .select(consentColumns)
    .from(consentRecords)
    .where(
      and(where, input.cursor ? pastCursor(decodeConsentCursor(input.cursor), 'desc') : undefined),
    )
    .orderBy(desc(consentRecords.createdAt), desc(consentRecords.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    records: page,
    nextCursor:
      rows.length > input.limit && last
        ? encodeConsentCursor({ at: last.createdAt, id: last.id })
        : null,
  };
}
