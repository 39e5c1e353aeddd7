import type { ParseArgsConfig } from 'node:util';
import { eq } from 'drizzle-orm';
import { hashPassword } from '../server/auth/password';
import type { TDb } from '../server/db';
import { users } from '../server/db/schema/auth';
import { memberships, organisations } from '../server/db/schema/organisations';
import {
  createFirstOwner,
  ZCreateFirstOwnerInput,
} from '../server/services/setup/create-first-owner';
import { getSetupState } from '../server/services/setup/get-setup-state';

export interface TCommand {
  summary: string;
  usage: string;
  options?: ParseArgsConfig['options'];
  run: (args: {
    db: TDb;
    values: Record<string, string | boolean | (string | boolean)[] | undefined>;
    positionals: string[];
  }) => Promise<number>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export const commands: Record<string, TCommand> = {
  migrate: {
    summary: 'Apply pending database migrations (the admin also does this at start).',
    usage: '',
    async run() {
      // Opening the database applies the migrations; reaching here means they are in.
      console.log('Migrations applied.');
      return 0;
    },
  },
  'user create': {
    summary: 'Create a user; the first one also gets an organisation and owns it.',
    usage: '--email E --password P [--name N] [--organisation NAME]',
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      organisation: { type: 'string' },
    },
    async run({ db, values }) {
      const email = str(values.email);
      const password = str(values.password);
      if (!email || !password) {
        console.error('Both --email and --password are required.');
        return 2;
      }
      if ((await getSetupState({ db })).needsSetup) {
        const input = ZCreateFirstOwnerInput.parse({
          email,
          password,
          name: str(values.name) ?? email,
          organisationName: str(values.organisation) ?? 'My organisation',
        });
        const { organisationId } = await createFirstOwner({ db }, input);
        console.log(`Created ${input.email} as owner of organisation ${organisationId}.`);
        return 0;
      }
      const input = ZCreateFirstOwnerInput.pick({ email: true, password: true }).parse({
        email,
        password,
      });
      const [existing] = await db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, input.email));
      if (existing) {
        console.error(`A user with e-mail ${input.email} already exists.`);
        return 1;
      }
      const [u] = await db
        .insert(users)
        .values({
          email: input.email,
          name: str(values.name) ?? input.email,
          passwordHash: await hashPassword(input.password),
        })
        .returning({ id: users.id });
      const orgName = str(values.organisation);
      if (orgName && u) {
        const [org] = await db.select().from(organisations).where(eq(organisations.name, orgName));
        if (!org) {
          console.error(`No organisation named "${orgName}"; the user was created without one.`);
          return 1;
        }
        await db
          .insert(memberships)
          .values({ organisationId: org.id, userId: u.id, role: 'editor' });
      }
      console.log(`Created ${input.email}${orgName ? ` as editor of ${orgName}` : ''}.`);
      return 0;
    },
  },
};
