import type { TStorageItem, TStorageType } from '@smula/core';
import { exportItemsCsv } from '@smula/core/import';
import type { TScanObservation, TScanReport } from '@smula/core/scan';
import { z } from 'zod';
import { recordEvent } from '../audit/record-event';
import type { TServiceCtx } from '../context';
import { say, ValidationError } from '../errors';
import { importIntoSite } from '../import/apply-import';
import { previewImport } from '../import/preview-import';
import { requireScan } from './load-scan';

const ZCategoryKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{1,60}$/, 'a category key such as "statistics"');

export const ZScanAdditionsInput = z.object({
  scanId: z.uuid(),
  /**
   * The undeclared observations to add, each with the category a person chose. There is no
   * default: a suggestion pre-fills the form, never this input (never Necessary by itself).
   */
  items: z
    .array(z.object({ observation: z.number().int().min(0), category: ZCategoryKey }))
    .min(1, 'Choose at least one item to add.')
    .max(500),
});

export const ZApplyScanAdditionsInput = ZScanAdditionsInput.extend({
  planHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

const TYPES: Partial<Record<TScanObservation['kind'], TStorageType>> = {
  cookie: 'cookie',
  local_storage: 'local_storage',
  session_storage: 'session_storage',
  indexeddb: 'indexeddb',
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/**
 * The chosen observations as Smula CSV, the form the Import tab's preview and merge read: so
 * an addition from a scan goes through the same plan, preview and conflict check as any
 * import. The suggestion gives the vendor and purpose; the person gives the category.
 */
export function scanAdditionsCsv(
  report: TScanReport,
  chosen: readonly { observation: number; category: string }[],
): string {
  const items: TStorageItem[] = [];
  const vendors = new Map<string, { id: string; name: string }>();
  const seen = new Set<number>();
  for (const { observation, category } of chosen) {
    if (seen.has(observation)) continue;
    seen.add(observation);
    const o = report.observations[observation];
    const type = o && TYPES[o.kind];
    if (!o || !type) throw new ValidationError(say('observationNotInScan', { observation }));
    const suggestion = report.findings.find(
      (f) => f.kind === 'undeclared' && f.observation === observation,
    )?.suggestion;
    const vendorId = suggestion ? slug(suggestion.vendor) : '';
    if (suggestion && vendorId) vendors.set(vendorId, { id: vendorId, name: suggestion.vendor });
    items.push({
      id: '',
      name: o.name,
      matchKind: 'exact',
      type,
      host: o.kind === 'cookie' ? (o.domain ?? o.host) : o.host,
      party: o.party,
      duration:
        o.kind !== 'cookie'
          ? { kind: o.kind === 'session_storage' ? 'session' : 'persistent' }
          : o.expires === null || o.expires === undefined
            ? { kind: 'session' }
            : { kind: 'seconds', seconds: o.expires },
      purpose: suggestion?.description ? { en: suggestion.description } : {},
      category,
      ...(vendorId ? { vendor: vendorId } : {}),
      ...(o.initiators[0] ? { initiator: o.initiators[0] } : {}),
      source: `scan ${report.startedAt}`,
      ...(o.pages[0] ? { firstFoundUrl: o.pages[0] } : {}),
    });
  }
  const locales = items.some((i) => i.purpose.en) ? ['en'] : [];
  return exportItemsCsv(
    items,
    [...vendors.values()].map((v) => ({
      ...v,
      countries: [],
      dpfCertified: false,
      description: {},
    })),
    locales,
  );
}

async function additions(ctx: TServiceCtx, raw: z.input<typeof ZScanAdditionsInput>) {
  const input = ZScanAdditionsInput.parse(raw);
  const { scan, site } = await requireScan(ctx, input.scanId, 'editor');
  if (!scan.report) throw new ValidationError(say('scanNoReport'));
  return { input, scan, site, text: scanAdditionsCsv(scan.report, input.items) };
}

/** The import preview for items picked from a scan's undeclared findings (editors). */
export async function previewScanAdditions(
  ctx: TServiceCtx,
  raw: z.input<typeof ZScanAdditionsInput>,
) {
  const { site, text } = await additions(ctx, raw);
  return previewImport(ctx, { siteId: site.id, format: 'csv', text });
}

/** Merges the previewed items into the draft (as the Import tab does), with an audit event. */
export async function applyScanAdditions(
  ctx: TServiceCtx,
  raw: z.input<typeof ZApplyScanAdditionsInput>,
) {
  const planHash = ZApplyScanAdditionsInput.parse(raw).planHash;
  const { scan, site, text, input } = await additions(ctx, raw);
  const result = await importIntoSite(
    ctx.db,
    site,
    { format: 'csv', text, ...(planHash ? { planHash } : {}) },
    ctx.actor?.id ?? null,
  );
  await recordEvent(ctx.db, {
    organisationId: site.organisationId,
    actorId: ctx.actor?.id ?? null,
    action: 'scan.items_added',
    entity: 'scan',
    entityId: scan.id,
    siteId: site.id,
    after: { items: input.items.length, counts: result.counts },
  });
  return result;
}
