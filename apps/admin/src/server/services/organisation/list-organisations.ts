import { asc, eq } from 'drizzle-orm';
import { memberships, organisations } from '../../db/schema/organisations';
import { requireActor, type TServiceCtx } from '../context';

/** The organisations the caller belongs to, with their role in each. */
export async function listOrganisations(ctx: TServiceCtx) {
  const actor = requireActor(ctx);
  return ctx.db
    .select({ id: organisations.id, name: organisations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, actor.id))
    .orderBy(asc(organisations.name));
}
