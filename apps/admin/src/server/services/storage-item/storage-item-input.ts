import {
  isValidCountryCode,
  LEGAL_BASES,
  MATCH_KINDS,
  normaliseCountryCode,
  parseDuration,
  STORAGE_TYPES,
  type TDuration,
  type TStorageItem,
} from '@smula/core';
import { ZStorageItemSchema } from '@smula/core/schema';
import { and, eq, isNull, ne, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { TDbOrTx } from '../../db/client';
import { categories, storageItems, vendors } from '../../db/schema/declarations';
import { taken } from '../declaration/conflict';
import { cleanText, describeIssues, invalid, optionalText } from '../declaration/validation';
import { NotFoundError, say } from '../errors';
import { JUSTIFICATION_MESSAGE, lacksJustification } from './necessity';

const ZTextInput = z.record(z.string(), z.string());

/** A duration as a form sends it: text to parse (`13 months`, `Session`) or the structured value. */
export const ZDurationInput = z.union([
  z.string().max(500),
  z.object({
    kind: z.enum(['session', 'persistent', 'unknown', 'seconds']),
    seconds: z.number().optional(),
    raw: z.string().optional(),
  }),
]);

/** The editable fields of a storage item, loosely typed: core's schema gives the messages. */
export const ZStorageItemFields = z.object({
  name: z.string(),
  matchKind: z.enum(MATCH_KINDS),
  type: z.enum(STORAGE_TYPES),
  host: z.string().nullable(),
  party: z.enum(['first', 'third']),
  duration: ZDurationInput,
  purpose: ZTextInput,
  categoryId: z.uuid(),
  vendorId: z.uuid().nullable(),
  necessityJustification: z.string().nullable(),
  /** Countries when they differ from the vendor's; null = the vendor's. */
  recipientCountries: z.array(z.string()).max(250).nullable(),
  legalBasis: z.enum(LEGAL_BASES).nullable(),
  initiator: z.string().nullable(),
  source: z.string().nullable(),
  firstFoundUrl: z.string().nullable(),
});
export type TStorageItemFields = z.infer<typeof ZStorageItemFields>;

const NAMES = {
  labels: {
    name: 'Name',
    matchKind: 'Match kind',
    host: 'Host',
    duration: 'Duration',
    purpose: 'Purpose',
    category: 'Category',
    vendor: 'Vendor',
    necessityJustification: 'Necessity justification',
    recipientCountries: 'Recipient countries',
    legalBasis: 'Legal basis',
    firstFoundUrl: 'First found URL',
  },
  fields: { category: 'categoryId', vendor: 'vendorId' },
};

function readDuration(value: TStorageItemFields['duration'], issues: string[]): TDuration {
  if (typeof value !== 'string') return value as TDuration;
  const text = value.trim();
  const d = parseDuration(text);
  if (d.kind === 'unknown' && text && !/^(?:unknown|okänd)$/i.test(text)) {
    issues.push(
      `duration: Duration “${text}” could not be read. Write it like “Session”, “30 days”, “13 months” or “2 years”.`,
    );
  }
  return d;
}

/**
 * A storage item checked and resolved: category and vendor must be rows of this site (an id
 * from another site reads as not found), the fields must pass core's schema, necessary items
 * need a justification (compliance.md D-06), and (name, host, type) must be unique in the site —
 * that triple is how imports recognise an item.
 */
export async function prepareStorageItem(
  db: TDbOrTx,
  siteId: string,
  fields: TStorageItemFields,
  existingId?: string,
) {
  const [category] = await db
    .select()
    .from(categories)
    .where(and(eq(categories.id, fields.categoryId), eq(categories.siteId, siteId)));
  if (!category) throw new NotFoundError('categoryNotFound');
  let vendor: typeof vendors.$inferSelect | undefined;
  if (fields.vendorId) {
    [vendor] = await db
      .select()
      .from(vendors)
      .where(and(eq(vendors.id, fields.vendorId), eq(vendors.siteId, siteId)));
    if (!vendor) throw new NotFoundError('vendorNotFound');
  }

  const issues: string[] = [];
  const duration = readDuration(fields.duration, issues);
  let recipientCountries: string[] | undefined;
  if (fields.recipientCountries) {
    recipientCountries = [];
    fields.recipientCountries.forEach((given, i) => {
      const code = normaliseCountryCode(given);
      if (code && isValidCountryCode(code)) {
        if (!recipientCountries?.includes(code)) recipientCountries?.push(code);
      } else {
        issues.push(
          `recipientCountries.${i}: Recipient countries (entry ${i + 1}): “${given}” is not an ISO 3166-1 country code such as SE or US.`,
        );
      }
    });
  }
  const candidate: Record<string, unknown> = {
    id: existingId ?? 'new',
    name: fields.name,
    matchKind: fields.matchKind,
    type: fields.type,
    party: fields.party,
    duration,
    purpose: fields.purpose,
    category: category.key,
  };
  const optional = {
    host: optionalText(fields.host)?.toLowerCase(),
    vendor: vendor?.slug,
    necessityJustification: optionalText(fields.necessityJustification),
    recipientCountries,
    legalBasis: fields.legalBasis ?? undefined,
    initiator: optionalText(fields.initiator),
    source: optionalText(fields.source),
    firstFoundUrl: optionalText(fields.firstFoundUrl),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) candidate[k] = v;
  const parsed = ZStorageItemSchema.safeParse(candidate);
  if (!parsed.success) issues.unshift(...describeIssues(parsed.error, NAMES));
  if (lacksJustification(category, { necessityJustification: optional.necessityJustification })) {
    issues.push(
      `necessityJustification: Necessity justification is required. ${JUSTIFICATION_MESSAGE}`,
    );
  }
  if (issues.length > 0 || !parsed.success) invalid('item', issues);
  const item: TStorageItem = { ...parsed.data, purpose: cleanText(parsed.data.purpose) };

  const sameHost: SQL = item.host ? eq(storageItems.host, item.host) : isNull(storageItems.host);
  const [clash] = await db
    .select({ id: storageItems.id })
    .from(storageItems)
    .where(
      and(
        eq(storageItems.siteId, siteId),
        eq(storageItems.name, item.name),
        eq(storageItems.type, item.type),
        sameHost,
        existingId ? ne(storageItems.id, existingId) : undefined,
      ),
    );
  if (clash) {
    throw taken(
      'name',
      item.host
        ? say('itemTakenOnHost', { type: item.type, name: item.name, host: item.host })
        : say('itemTakenNoHost', { type: item.type, name: item.name }),
    );
  }
  return { item, category, vendor };
}
