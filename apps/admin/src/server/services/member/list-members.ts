import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../db/schema/auth';
import { memberships } from '../../db/schema/organisations';
import { requireMembership, type TServiceCtx } from '../context';

export const ZListMembersInput = z.object({ organisationId: z.uuid() });

export async function listMembers(ctx: TServiceCtx, raw: z.input<typeof ZListMembersInput>) {
  const input = ZListMembersInput.parse(raw);
  await requireMembership(ctx, input.organisationId, 'viewer');
  return ctx.db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, input.organisationId))
    .orderBy(asc(users.email));
}
