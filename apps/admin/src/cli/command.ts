import { resolve } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { eq } from 'drizzle-orm';
import { env } from '~/env';
import type { TDb } from '../server/db';
import { sites } from '../server/db/schema/sites';

/** Exit codes: 0 done, 1 it failed (missing site, bad file …), 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface TCommandArgs {
  db: TDb;
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface TCommand {
  summary: string;
  /** After `pnpm smula <name>`, e.g. `<siteKey> <file> [--dry-run]`. */
  usage: string;
  /** Longer help shown by `--help`: what it does, examples. */
  help?: string;
  /** Positional arguments the command needs (at least) and takes (at most). */
  positionals?: { min: number; max: number };
  options?: ParseArgsConfig['options'];
  /** The command opens the database itself (`pnpm smula doctor`, which reports why it cannot);
   * its `run` gets no `db`. */
  opensDatabase?: true;
  /** Work that needs no database (reading a file, fetching a URL) runs before it is opened. */
  prepare?: (args: Omit<TCommandArgs, 'db'>) => Promise<unknown>;
  run: (args: TCommandArgs & { prepared: unknown }) => Promise<number>;
}

/** A failure to report in one line, with its exit code; never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The site with this public key, or a clear error. The operator is trusted: no membership. */
export async function siteByKey(db: TDb, siteKey: string) {
  const [site] = await db.select().from(sites).where(eq(sites.key, siteKey));
  if (!site) {
    throw new CliError(
      `No site with key "${siteKey}". The key is shown on the site's page in the admin.`,
    );
  }
  return site;
}

/** Importer and loader warnings, one a line, at most `max` of them. */
export function printWarnings(
  warnings: readonly { line?: number; message: string }[],
  max = 20,
  print: (line: string) => void = console.log,
) {
  if (warnings.length === 0) return;
  print(`Warnings (${warnings.length}):`);
  for (const w of warnings.slice(0, max))
    print(`  ${w.line !== undefined ? `line ${w.line}: ` : ''}${w.message}`);
  if (warnings.length > max) print(`  … and ${warnings.length - max} more.`);
}

type TCounts = Record<'create' | 'update' | 'unchanged', number>;

/** `  items       2 new, 1 changed, 19 unchanged`, for categories, vendors and items. */
export function printCounts(counts: { categories: TCounts; vendors: TCounts; items: TCounts }) {
  for (const [label, c] of Object.entries(counts) as [string, TCounts][])
    console.log(
      `  ${label.padEnd(11)} ${c.create} new, ${c.update} changed, ${c.unchanged} unchanged`,
    );
}

/**
 * A path as the operator typed it: relative to where they ran `pnpm smula` (pnpm runs the CLI
 * inside apps/admin, and says where it was started in INIT_CWD).
 */
export function resolvePath(path: string): string {
  return resolve(env.INIT_CWD ?? process.cwd(), path);
}
