import { GCM_SIGNALS, LEGAL_BASES, type TCategory } from '@smula/core';
import { ZCategorySchema } from '@smula/core/schema';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { TDbOrTx } from '../../db/client';
import { vendors } from '../../db/schema/declarations';
import { taken } from '../declaration/conflict';
import { recordDeclarationEvents } from '../declaration/record-events';
import { cleanText, parseEntity } from '../declaration/validation';
import { say } from '../errors';

/** Text per locale as forms send it; core's schema checks locales and lengths. */
const ZTextInput = z.record(z.string(), z.string());

/** The editable fields of a category, loosely typed: core's schema gives the messages. */
export const ZCategoryFields = z.object({
  key: z.string().trim(),
  required: z.boolean(),
  order: z.number().int(),
  gcmSignals: z.array(z.enum(GCM_SIGNALS)),
  name: ZTextInput,
  description: ZTextInput,
  /** null clears it. */
  legalBasis: z.enum(LEGAL_BASES).nullable(),
});

const NAMES = {
  labels: { key: 'Key', gcmSignals: 'Consent Mode signals', legalBasis: 'Legal basis' },
};

/** Validates a category with core's schema, the one publishing applies. */
export function parseCategory(value: {
  key: string;
  required: boolean;
  order: number;
  gcmSignals: readonly string[];
  name: Record<string, string>;
  description: Record<string, string>;
  legalBasis?: string | null;
}): TCategory {
  const { legalBasis, ...rest } = value;
  const candidate = {
    ...rest,
    gcmSignals: [...new Set(rest.gcmSignals)],
    ...(legalBasis ? { legalBasis } : {}),
  };
  const parsed = parseEntity(ZCategorySchema, candidate, 'category', NAMES);
  return { ...parsed, name: cleanText(parsed.name), description: cleanText(parsed.description) };
}

/** A key already used by another category of the site. */
export const keyTaken = (key: string) => taken('key', say('categoryKeyTaken', { key }));

/**
 * Vendors whose default category was `from` now default to `to` (a renamed key, or the category
 * a deleted one's items moved to; null when none). A write like any other: new revision, audit.
 */
export async function retargetVendors(
  tx: TDbOrTx,
  scope: { organisationId: string; siteId: string; actorId: string | null },
  from: string,
  to: string | null,
): Promise<void> {
  const where = and(eq(vendors.siteId, scope.siteId), eq(vendors.defaultCategoryKey, from));
  const before = await tx.select().from(vendors).where(where).for('update');
  if (before.length === 0) return;
  const after = await tx
    .update(vendors)
    .set({ defaultCategoryKey: to, revision: sql`${vendors.revision} + 1`, updatedAt: new Date() })
    .where(where)
    .returning();
  const was = new Map(before.map((v) => [v.id, v]));
  await recordDeclarationEvents(
    tx,
    scope,
    after.map((v) => ({
      action: 'update' as const,
      entity: 'vendor' as const,
      entityId: v.id,
      before: was.get(v.id),
      after: v,
    })),
  );
}
