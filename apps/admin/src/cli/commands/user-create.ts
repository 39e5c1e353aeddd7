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
import { readSecret } from '../read-secret';

export const userCreate: TCommand = {
  summary: 'Create a user; the first one also gets an organisation and owns it.',
  usage: '--email E [--password-stdin] [--name N] [--organisation NAME]',
  help: `Asks for the password at the terminal without showing it; in scripts, pipe it in:
  printf '%s' "$PASSWORD" | pnpm smula user create --email ada@example.se --password-stdin
A password is never taken as an argument (shell history and the process list would keep it).
Later users join --organisation (by name) as editors; without it they belong to none yet.`,
  positionals: { min: 0, max: 0 },
  options: {
    email: { type: 'string' },
    // Accepted only to refuse it with a clear message (see prepare).
    password: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    name: { type: 'string' },
    organisation: { type: 'string' },
  },
  // Before the database is opened: a prompt must not hold it while someone types.
  async prepare({ values }) {
    if (values.password !== undefined)
      throw new CliError(
        'Passwords are not taken on the command line (shell history and the process list would keep them). Leave out --password to be asked for it, or pipe it in with --password-stdin.',
        EXIT.usage,
      );
    if (!str(values.email)) throw new CliError('--email is required.', EXIT.usage);
    try {
      return await readSecret({
        prompt: 'Password: ',
        fromStdin: values['password-stdin'] === true,
        confirm: true,
      });
    } catch (err) {
      throw new CliError((err as Error).message);
    }
  },
  async run({ db, values, prepared }) {
    const email = str(values.email)!;
    const password = prepared as string;
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
