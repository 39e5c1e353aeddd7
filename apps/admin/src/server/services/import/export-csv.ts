import { exportItemsCsv } from '@smula/core/import';
import { z } from 'zod';
import type { TDbOrTx } from '../../db/client';
import type { sites } from '../../db/schema/sites';
import { requireSite, type TServiceCtx } from '../context';
import { readDeclaration } from '../declaration/read-declaration';

export const ZExportCsvInput = z.object({ siteId: z.uuid() });

/**
 * The site's items as Smula CSV (one purpose column per site locale), for any member. Importing
 * it back into the same site changes nothing; into another site it recreates the items.
 */
export async function exportCsv(ctx: TServiceCtx, raw: z.input<typeof ZExportCsvInput>) {
  const input = ZExportCsvInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  return siteCsv(ctx.db, site);
}

/** The CSV of a site the caller has already authorised (the CLI's `export-csv`). */
export async function siteCsv(db: TDbOrTx, site: typeof sites.$inferSelect) {
  const declaration = await readDeclaration(db, site);
  const csv = exportItemsCsv(declaration.items, declaration.vendors, declaration.site.locales);
  const slug = site.settings.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return { filename: `${slug || 'site'}-cookies.csv`, csv, items: declaration.items.length };
}
