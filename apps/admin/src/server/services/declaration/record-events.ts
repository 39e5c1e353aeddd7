import type { TDbOrTx } from '../../db/client';
import { auditEvents } from '../../db/schema/audit';

export type TDeclarationEntity = 'category' | 'vendor' | 'storage_item';

export interface TDeclarationEvent {
  action: 'create' | 'update' | 'delete';
  entity: TDeclarationEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const CHUNK = 500;

/**
 * Audit rows for a bulk write (import, bulk move, reorder) in a few statements instead of one
 * per row. Declaration rows carry no secrets, so `recordEvent`'s scrubbing has nothing to do
 * here; single-row verbs still use `recordEvent`.
 */
export async function recordDeclarationEvents(
  db: TDbOrTx,
  scope: { organisationId: string; siteId: string; actorId: string | null },
  events: readonly TDeclarationEvent[],
): Promise<void> {
  for (let i = 0; i < events.length; i += CHUNK) {
    await db.insert(auditEvents).values(
      events.slice(i, i + CHUNK).map((e) => ({
        organisationId: scope.organisationId,
        siteId: scope.siteId,
        actorId: scope.actorId,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        before: e.before ?? null,
        after: e.after ?? null,
      })),
    );
  }
}
