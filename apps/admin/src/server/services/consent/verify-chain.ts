import { z } from 'zod';
import { verifyConsentChains } from '../../consent-store/verify';
import { requireSite, type TServiceCtx } from '../context';
import { dayRange, ZConsentDay } from './consent-query';

export const ZVerifyChainInput = z.object({
  siteId: z.uuid(),
  from: ZConsentDay.optional(),
  to: ZConsentDay.optional(),
});

/** The most problems returned; the count says how many there were in all. */
const MAX_PROBLEMS = 100;

/**
 * "Verify integrity": recomputes the site's daily hash chains and lists where they break (an
 * edited, inserted or removed record). Owners and admins: it reads every record of the range,
 * which on a busy site is real work, and its findings are for whoever answers for the data.
 */
export async function verifyChain(ctx: TServiceCtx, raw: z.input<typeof ZVerifyChainInput>) {
  const input = ZVerifyChainInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'admin');
  dayRange(input.from, input.to); // refuses from > to with a clear message
  const result = await verifyConsentChains(ctx.db, site.id, { from: input.from, to: input.to });
  return {
    ok: result.problems.length === 0,
    days: result.days,
    records: result.records,
    problemCount: result.problems.length,
    problems: result.problems.slice(0, MAX_PROBLEMS),
  };
}
