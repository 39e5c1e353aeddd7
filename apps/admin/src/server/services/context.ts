import { and, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client';
import { memberships, type TRole } from '../db/schema/organisations';
import { sites } from '../db/schema/sites';
import { ForbiddenError, NotFoundError, say, UnauthorizedError } from './errors';

export interface TActor {
  id: string;
  email: string;
}

/** What every service verb receives besides its input. */
export interface TServiceCtx {
  db: TDbOrTx;
  actor: TActor | null;
}

const RANK: Record<TRole, number> = { viewer: 1, editor: 2, admin: 3, owner: 4 };

export function roleAtLeast(role: TRole, min: TRole): boolean {
  return RANK[role] >= RANK[min];
}

export function requireActor(ctx: TServiceCtx): TActor {
  if (!ctx.actor) throw new UnauthorizedError();
  return ctx.actor;
}

/**
 * The caller's role in an organisation, at least `min`. A non-member gets "not found", not
 * "forbidden": whether an organisation exists is itself another tenant's data.
 */
export async function requireMembership(
  ctx: TServiceCtx,
  organisationId: string,
  min: TRole,
): Promise<TRole> {
  const actor = requireActor(ctx);
  const [m] = await ctx.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, actor.id)));
  if (!m) throw new NotFoundError('organisationNotFound');
  if (!roleAtLeast(m.role, min)) throw new ForbiddenError(say('roleTooLow', { min, role: m.role }));
  return m.role;
}

/** The site, if the caller is a member of its organisation with at least `min`. */
export async function requireSite(ctx: TServiceCtx, siteId: string, min: TRole) {
  const actor = requireActor(ctx);
  const [row] = await ctx.db
    .select({ site: sites, role: memberships.role })
    .from(sites)
    .innerJoin(
      memberships,
      and(eq(memberships.organisationId, sites.organisationId), eq(memberships.userId, actor.id)),
    )
    .where(eq(sites.id, siteId));
  if (!row) throw new NotFoundError('siteNotFound');
  if (!roleAtLeast(row.role, min))
    throw new ForbiddenError(say('roleTooLow', { min, role: row.role }));
  return row;
}
