import { z } from 'zod';
import type { TServiceCtx } from '../context';
import { requireScan } from './load-scan';

export const ZGetScanInput = z.object({ scanId: z.uuid() });

/** One scan with its report (any member of the site's organisation). */
export async function getScan(ctx: TServiceCtx, raw: z.input<typeof ZGetScanInput>) {
  const input = ZGetScanInput.parse(raw);
  const { scan, role } = await requireScan(ctx, input.scanId, 'viewer');
  return { ...scan, role };
}
