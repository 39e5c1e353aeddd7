import { z } from 'zod';
import { memberships, organisations } from '../../db/schema/organisations';
import { recordEvent } from '../audit/record-event';
import { requireActor, type TServiceCtx } from '../context';

export const ZCreateOrganisationInput = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(200),
});

/** Any signed-in user may create an organisation; they become its owner. */
export async function createOrganisation(
  ctx: TServiceCtx,
  raw: z.input<typeof ZCreateOrganisationInput>,
) {
  const input = ZCreateOrganisationInput.parse(raw);
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const [org] = await tx.insert(organisations).values({ name: input.name }).returning();
    if (!org) throw new Error('insert returned nothing');
    await tx
      .insert(memberships)
      .values({ organisationId: org.id, userId: actor.id, role: 'owner' });
    await recordEvent(tx, {
      organisationId: org.id,
      actorId: actor.id,
      action: 'create',
      entity: 'organisation',
      entityId: org.id,
      after: org,
    });
    return org;
  });
}
