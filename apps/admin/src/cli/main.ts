// `pnpm smula <command>`: operator commands run against the same database as the admin
// (DATABASE_URL, else the embedded PGlite in the admin's data directory).
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { getDatabase } from '../server/db';
import { ServiceError } from '../server/services/errors';
import { commands } from './commands';

const USAGE = `Usage: pnpm smula <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(30)} ${c.summary}`)
  .join('\n')}

Run "pnpm smula <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  // Commands may be two words ("user create"): take the longest that matches.
  const two = argv.slice(0, 2).join(' ');
  const name = two in commands ? two : argv[0] && argv[0] in commands ? argv[0] : undefined;
  if (!name) {
    console.log(USAGE);
    return argv.length === 0 || argv[0] === '--help' || argv[0] === 'help' ? 0 : 2;
  }
  const command = commands[name]!;
  const rest = argv.slice(name.split(' ').length);
  if (rest.includes('--help')) {
    console.log(`Usage: pnpm smula ${name} ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: command.options ?? {},
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    console.error(`${(err as Error).message}\nUsage: pnpm smula ${name} ${command.usage}`);
    return 2;
  }
  const handle = await getDatabase();
  try {
    return await command.run({
      db: handle.db,
      values: parsed.values,
      positionals: parsed.positionals,
    });
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof ServiceError) console.error(`Error: ${err.message}`);
    else if (err instanceof ZodError)
      console.error(
        `Invalid input:\n${err.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
      );
    else console.error(err);
    process.exit(1);
  });
