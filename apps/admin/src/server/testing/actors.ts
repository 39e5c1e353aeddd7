import { randomBytes } from 'node:crypto';
import type { TDb } from '../db/client';
import { users } from '../db/schema/auth';
import { memberships, organisations, type TRole } from '../db/schema/organisations';
import type { TServiceCtx } from '../services/context';

/** A user with a unique e-mail, so suites never share rows. */
export async function makeUser(db: TDb, label = 'user') {
  const email = `${label}-${randomBytes(4).toString('hex')}@example.test`;
  const [u] = await db.insert(users).values({ email, name: label }).returning();
  if (!u) throw new Error('insert returned nothing');
  return u;
}

/** An organisation with one member per requested role; returns a service context per role. */
export async function makeOrganisation(
  db: TDb,
  roles: readonly TRole[] = ['owner', 'admin', 'editor', 'viewer'],
) {
  const [org] = await db
    .insert(organisations)
    .values({ name: `Org ${randomBytes(3).toString('hex')}` })
    .returning();
  if (!org) throw new Error('insert returned nothing');
  const ctx = {} as Record<TRole, TServiceCtx>;
  for (const role of roles) {
    const u = await makeUser(db, role);
    await db.insert(memberships).values({ organisationId: org.id, userId: u.id, role });
    ctx[role] = { db, actor: { id: u.id, email: u.email } };
  }
  return { org, ctx };
}
