import { csvRow, type TCsvValue } from '@smula/core';
import { and, asc } from 'drizzle-orm';
import { z } from 'zod';
import { consentRecords } from '../../db/schema/consents';
import { recordEvent } from '../audit/record-event';
import { requireSite, type TServiceCtx } from '../context';
import {
  consentColumns,
  consentConditions,
  pastCursor,
  type TConsentCursor,
  ZConsentDay,
} from './consent-query';

export const ZExportConsentsInput = z.object({
  siteId: z.uuid({ error: 'The site id in the address is not valid.' }),
  format: z.enum(['csv', 'json'], { error: 'Choose format=csv or format=json.' }).default('csv'),
  /** UTC days, both inclusive; without them, everything the site has. */
  from: ZConsentDay.optional(),
  to: ZConsentDay.optional(),
});

/** Rows per query: one page in flight and at most one queued, whatever the export's size. */
export const EXPORT_PAGE_SIZE = 5000;

type TRow = Omit<typeof consentRecords.$inferSelect, 'siteId' | 'prevHash'>;

/** Columns of the CSV, in order; the JSON objects use the same names in camelCase. */
const CSV_COLUMNS: [string, (r: TRow) => TCsvValue][] = [
  ['recorded_at', (r) => r.createdAt.toISOString()],
  ['record_id', (r) => r.id],
  ['consent_id', (r) => r.consentId],
  ['action', (r) => r.action],
  ['choices', (r) => JSON.stringify(r.choices)],
  ['config_version', (r) => r.configVersion],
  ['config_hash', (r) => r.configHash],
  ['text_hash', (r) => r.textHash],
  ['locale', (r) => r.locale],
  ['gpc', (r) => r.gpc],
  ['page_path', (r) => r.pagePath],
  ['ip_truncated', (r) => r.ipTruncated],
  ['region', (r) => r.region],
  ['model', (r) => r.model],
  ['user_agent', (r) => r.userAgent],
  ['client_time', (r) => r.clientTime?.toISOString() ?? null],
  ['expires_at', (r) => r.expiresAt.toISOString()],
  ['seq', (r) => r.seq],
  ['hash', (r) => r.hash],
];

function jsonRow(r: TRow) {
  return {
    recordedAt: r.createdAt.toISOString(),
    recordId: r.id,
    consentId: r.consentId,
    action: r.action,
    choices: r.choices,
    configVersion: r.configVersion,
    configHash: r.configHash,
    textHash: r.textHash,
    locale: r.locale,
    gpc: r.gpc,
    pagePath: r.pagePath,
    ipTruncated: r.ipTruncated,
    region: r.region,
    model: r.model,
    userAgent: r.userAgent,
    clientTime: r.clientTime?.toISOString() ?? null,
    expiresAt: r.expiresAt.toISOString(),
    seq: r.seq,
    hash: r.hash,
  };
}

/**
 * Export of a site's consent records for viewers and above, oldest first, as a stream: each
 * `pull` reads one keyset page of `pageSize` rows and enqueues it as one chunk, and the stream
 * asks for the next page only when the reader took the last one, so a million rows never sit
 * in memory. Authorization and input checks happen before the stream exists, so a refusal is
 * a plain error, never half a file. The export itself goes into the audit log: it hands out
 * personal data.
 */
export async function exportConsents(
  ctx: TServiceCtx,
  raw: z.input<typeof ZExportConsentsInput>,
  options: { pageSize?: number; onQuery?: () => void } = {},
) {
  const input = ZExportConsentsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  const where = consentConditions(site.id, input);
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const db = ctx.db;

  await recordEvent(db, {
    organisationId: site.organisationId,
    actorId: ctx.actor?.id ?? null,
    action: 'export',
    entity: 'consent_records',
    entityId: site.id,
    siteId: site.id,
    after: { format: input.format, from: input.from ?? null, to: input.to ?? null },
  });

  const csv = input.format === 'csv';
  const encoder = new TextEncoder();
  let cursor: TConsentCursor | null = null;
  let first = true;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(csv ? csvRow(CSV_COLUMNS.map(([name]) => name)) : '[\n'));
      },
      async pull(controller) {
        options.onQuery?.();
        const page = await db
          .select(consentColumns)
          .from(consentRecords)
          .where(and(where, cursor ? pastCursor(cursor, 'asc') : undefined))
          .orderBy(asc(consentRecords.createdAt), asc(consentRecords.id))
          .limit(pageSize);
        if (page.length) {
          const text = csv
            ? // Page paths and user agents come from visitors: csvRow defuses formulas.
              page.map((r) => csvRow(CSV_COLUMNS.map(([, get]) => get(r))))
            : page.map((r) => {
                const line = (first ? '' : ',\n') + JSON.stringify(jsonRow(r));
                first = false;
                return line;
              });
          controller.enqueue(encoder.encode(text.join('')));
          const last = page.at(-1)!;
          cursor = { at: last.createdAt, id: last.id };
        }
        if (page.length < pageSize) {
          if (!csv) controller.enqueue(encoder.encode(first ? ']\n' : '\n]\n'));
          controller.close();
        }
      },
    },
    // One chunk (one page) queued ahead of the reader at most: this is the memory bound.
    { highWaterMark: 1 },
  );

  const name = `consents-${site.key}${input.from ? `-from-${input.from}` : ''}${input.to ? `-to-${input.to}` : ''}.${input.format}`;
  return {
    stream,
    filename: name,
    contentType: csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
  };
}
