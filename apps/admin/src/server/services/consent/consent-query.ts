import { CONSENT_ACTIONS, DAY_MS } from '@smula/core';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { consentRecords } from '../../db/schema/consents';
import { say, ValidationError } from '../errors';
import { decodeKeysetCursor, encodeKeysetCursor } from '../keyset-cursor';

/** A UTC calendar day as the date inputs and the export URL send it. */
export const ZConsentDay = z.iso.date({ error: 'Use a date written as YYYY-MM-DD.' });

export const ZConsentAction = z.enum(CONSENT_ACTIONS, {
  error: `Choose one of the actions: ${CONSENT_ACTIONS.join(', ')}.`,
});

/**
 * The consent id as a visitor reads it off the policy page: 32 hex digits. Spaces, dashes and
 * upper case from copying are forgiven; anything else is a clear error, not an empty result.
 */
export const ZConsentId = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, '').toLowerCase())
  .pipe(
    z
      .string()
      .regex(
        /^[0-9a-f]{32}$/,
        'A consent id is 32 characters of 0–9 and a–f, as shown on the policy page.',
      ),
  );

/**
 * `from` and `to` (inclusive) as a half-open UTC interval. Bounding `created_at` also lets
 * PostgreSQL skip the monthly partitions outside the range.
 */
export function dayRange(from: string | undefined, to: string | undefined) {
  if (from && to && from > to) throw new ValidationError(say('dateOrder'), { field: 'from' });
  return {
    start: from ? new Date(`${from}T00:00:00.000Z`) : undefined,
    end: to ? new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS) : undefined,
  };
}

/** The conditions every consent read starts with: the site (tenant scope) and the filters. */
export function consentConditions(
  siteId: string,
  filters: {
    from?: string | undefined;
    to?: string | undefined;
    consentId?: string | undefined;
    action?: string | undefined;
    version?: number | undefined;
  },
): SQL {
  const { start, end } = dayRange(filters.from, filters.to);
  const c: (SQL | undefined)[] = [eq(consentRecords.siteId, siteId)];
  if (start) c.push(sql`${consentRecords.createdAt} >= ${start.toISOString()}`);
  if (end) c.push(sql`${consentRecords.createdAt} < ${end.toISOString()}`);
  if (filters.consentId) c.push(eq(consentRecords.consentId, filters.consentId));
  if (filters.action) c.push(eq(consentRecords.action, filters.action));
  if (filters.version !== undefined) c.push(eq(consentRecords.configVersion, filters.version));
  return and(...c)!;
}

/** The columns an admin reads and exports; `prevHash` stays inside (verification uses it). */
export const consentColumns = {
  id: consentRecords.id,
  createdAt: consentRecords.createdAt,
  consentId: consentRecords.consentId,
  action: consentRecords.action,
  choices: consentRecords.choices,
  configVersion: consentRecords.configVersion,
  configHash: consentRecords.configHash,
  textHash: consentRecords.textHash,
  locale: consentRecords.locale,
  gpc: consentRecords.gpc,
  pagePath: consentRecords.pagePath,
  ipTruncated: consentRecords.ipTruncated,
  region: consentRecords.region,
  model: consentRecords.model,
  userAgent: consentRecords.userAgent,
  clientTime: consentRecords.clientTime,
  expiresAt: consentRecords.expiresAt,
  seq: consentRecords.seq,
  hash: consentRecords.hash,
};

/**
 * Keyset position (created_at, id). `created_at` has millisecond precision, so a JS Date holds
 * it exactly; `id` breaks ties between the records of one commit batch, which share a time.
 */
export interface TConsentCursor {
  at: Date;
  id: string;
}

export function encodeConsentCursor(c: TConsentCursor): string {
  return encodeKeysetCursor(c.at.toISOString(), c.id);
}

export function decodeConsentCursor(cursor: string): TConsentCursor {
  const { at, id } = decodeKeysetCursor(cursor, 'records');
  return { at: new Date(at), id };
}

/** Rows strictly after (`asc`) or before (`desc`) the cursor, in (created_at, id) order. */
export function pastCursor(c: TConsentCursor, direction: 'asc' | 'desc'): SQL {
  const at = sql`${c.at.toISOString()}::timestamptz`;
  const id = sql`${c.id}::uuid`;
  return direction === 'asc'
    ? sql`(${consentRecords.createdAt}, ${consentRecords.id}) > (${at}, ${id})`
    : sql`(${consentRecords.createdAt}, ${consentRecords.id}) < (${at}, ${id})`;
}
