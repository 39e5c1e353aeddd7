import { eq } from 'drizzle-orm';
import { hashPassword } from '../../server/auth/password';
import { users } from '../../server/db/schema/auth';
import { memberships, organisations } from '../../server/db/schema/organisations';
import {
  createFirstOwner,
  ZCreateFirstOwnerInput,
} from '../../server/services/setup/create-first-owner';
import { getSetupState } from '../../server/services/setup/get-setup-state';
import { CliError, EXIT, str, type TCommand } from '../command';

export const userCreate: TCommand = {
  summary: 'Create a user; the first one also gets an organisation and owns it.',
  usage: '--email E --password P [--name N] [--organisation NAME]',
  help: 'Later users join --organisation (by name) as editors; without it they belong to none yet.',
  positionals: { min: 0, max: 0 },
  options: {
    email: { type: 'string' },
    password: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string' },
  },
  async run({ db, values }) {
    const email = str(values.email);
    const password = str(values.password);
    if (!email || !password)
      throw new CliError('Both --email and --password are required.', EXIT.usage);
    if ((await getSetupState({ db })).needsSetup) {
      const input = ZCreateFirstOwnerInput.parse({
        email,
        password,
        name: str(values.name) ?? email,
        organisationName: str(values.organisation) ?? 'My organisation',
      });
      const { organisationId } = await createFirstOwner({ db }, input, null);
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
    if (existing) throw new CliError(`A user with e-mail ${input.email} already exists.`);
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
      if (!org)
        throw new CliError(`No organisation named "${orgName}"; the user was created without one.`);
      await db.insert(memberships).values({ organisationId: org.id, userId: u.id, role: 'editor' });
    }
    console.log(`Created ${input.email}${orgName ? ` as editor of ${orgName}` : ''}.`);
    return 0;
  },
};
