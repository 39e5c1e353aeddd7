import type { TDbOrTx } from '../../db/client';
import { auditEvents } from '../../db/schema/audit';

/** Fields that must never reach the audit log, whatever entity they sit on. */
const SECRET_FIELDS = new Set([
  'passwordHash',
  'tokenHash',
  'access_token',
  'refresh_token',
  'id_token',
  'secret', // webhook signing secrets (issue 20)
]);

function scrub(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(scrub);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET_FIELDS.has(k))
      .map(([k, v]) => [k, scrub(v)]),
  );
}

export async function recordEvent(
  db: TDbOrTx,
  event: {
    organisationId: string;
    actorId: string | null;
    action: string;
    entity: string;
    entityId?: string | null;
    siteId?: string | null;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await db.insert(auditEvents).values({
    ...event,
    before: scrub(event.before ?? null),
    after: scrub(event.after ?? null),
  });
}
