// `pnpm smula <command>`: operator commands run against the same database as the admin
// (DATABASE_URL, else the embedded PGlite in SMULA_DATA_DIR). Exit codes: 0 done, 1 failed,
// 2 wrong command line. Nothing here prints a password, hash or connection string.
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { getDatabase, type TDb } from '../server/db';
import { holderLabel } from '../server/db/embedded/data-dir-lock';
import { ServiceError } from '../server/services/errors';
import { CliError, EXIT, type TCommand } from './command';
import { commands } from './commands';

const usageLine = (name: string, command: TCommand) =>
  `pnpm smula ${name}${command.usage ? ` ${command.usage}` : ''}`;

function overview(names = Object.keys(commands)): string {
  return `Usage: pnpm smula <command> [options]

Commands:
${names.map((name) => `  ${name.padEnd(14)} ${commands[name]!.summary}`).join('\n')}

Run "pnpm smula <command> --help" for a command's arguments.`;
}

function commandHelp(name: string, command: TCommand): string {
  return `Usage: ${usageLine(name, command)}\n\n${command.summary}${command.help ? `\n\n${command.help}` : ''}`;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    console.log(overview());
    return EXIT.ok;
  }
  // Commands may be two words ("user create"): take the longest that matches.
  const two = argv.slice(0, 2).join(' ');
  const name = two in commands ? two : argv[0]! in commands ? argv[0] : undefined;
  if (!name) {
    // "ocd" alone, or "ocd lod": show that group's commands.
    const group = Object.keys(commands).filter((n) => n.startsWith(`${argv[0]} `));
    console.error(
      `${group.length ? `"${argv.slice(0, 2).join(' ')}" needs one of:` : `Unknown command "${argv[0]}".`}\n\n${overview(group.length ? group : undefined)}`,
    );
    return EXIT.usage;
  }
  const command = commands[name]!;
  const rest = argv.slice(name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(commandHelp(name, command));
    return EXIT.ok;
  }
  let parsed: {
    values: Record<string, string | boolean | (string | boolean)[] | undefined>;
    positionals: string[];
  };
  try {
    parsed = parseArgs({
      args: rest,
      options: command.options ?? {},
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n\nUsage: ${usageLine(name, command)}`);
    return EXIT.usage;
  }
  const { min, max } = command.positionals ?? { min: 0, max: Number.POSITIVE_INFINITY };
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    const problem =
      parsed.positionals.length < min
        ? 'Missing arguments.'
        : `Unexpected argument "${parsed.positionals[max]}".`;
    console.error(`${problem}\n\nUsage: ${usageLine(name, command)}`);
    return EXIT.usage;
  }
  try {
    const prepared = await command.prepare?.(parsed);
    if (command.opensDatabase)
      return await command.run({ db: undefined as unknown as TDb, ...parsed, prepared });
    // With the embedded database, a running admin server serves it to commands; without one
    // the command opens it itself (see server/db/embedded).
    const handle = await getDatabase({
      role: 'join',
      label: `pnpm smula ${name}`,
      onWait: (h) =>
        console.error(
          `The embedded database is in use by ${h ? holderLabel(h) : 'another process'}; waiting for it …`,
        ),
    });
    try {
      return await command.run({ db: handle.db, ...parsed, prepared });
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof CliError) {
      console.error(`Error: ${err.message}`);
      if (err.exitCode === EXIT.usage) console.error(`\nUsage: ${usageLine(name, command)}`);
      return err.exitCode;
    }
    throw err;
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof ServiceError) console.error(`Error: ${err.message}`);
    else if (err instanceof ZodError)
      console.error(
        `Invalid input:\n${err.issues.map((i) => `  ${i.path.join('.') || '(input)'}: ${i.message}`).join('\n')}`,
      );
    // Unexpected: the message only (a driver's error may quote its configuration).
    else console.error(`Error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(EXIT.failed);
  });
