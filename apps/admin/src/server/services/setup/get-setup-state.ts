import { sql } from 'drizzle-orm';
import { users } from '../../db/schema/auth';
import type { TServiceCtx } from '../context';

/** First run: the admin offers setup while no user exists. Public: reveals only a boolean. */
export async function getSetupState(
  ctx: Pick<TServiceCtx, 'db'>,
): Promise<{ needsSetup: boolean }> {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(users);
  return { needsSetup: (row?.n ?? 0) === 0 };
}
