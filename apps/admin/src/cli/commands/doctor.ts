import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { env } from '~/env';
import { listConsentPartitions, partitionName } from '../../server/consent-store/partitions';
import { verifyConsentChains } from '../../server/consent-store/verify';
import { dataDir, getDatabase } from '../../server/db';
import { migrationsDir, type TDbHandle } from '../../server/db/client';
import { holderLabel, LOCK_FILE, readLockHolder } from '../../server/db/embedded/data-dir-lock';
import { EmbeddedDatabaseBusyError } from '../../server/db/embedded/open-embedded';
import { describeError, errorCodes } from '../../server/db/errors';
import { rowsOf } from '../../server/db/rows';
import { sites } from '../../server/db/schema/sites';
import type { TDb } from '../../server/db/types';
import { CliError, EXIT, str, type TCommand } from '../command';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

type TReport = (ok: boolean, what: string, todo?: string) => void;

/** Where the database is, in words, without a password. */
function describeTarget(): string {
  if (!env.DATABASE_URL) return `the embedded database in ${dataDir}`;
  const url = new URL(env.DATABASE_URL);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}, database ${url.pathname.slice(1) || '(default)'}`;
}

/** Why the database did not open, and what to do about it, in plain words. */
function openFailure(err: unknown): [string, string] {
  if (err instanceof EmbeddedDatabaseBusyError) return [err.message, 'See the message above.'];
  const codes = errorCodes(err);
  const target = describeTarget();
  if (codes.some((c) => ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT'].includes(c)))
    return [
      `${target} does not answer (${codes.join(', ')}).`,
      'Start PostgreSQL, or correct the host and port in DATABASE_URL.',
    ];
  if (codes.includes('28P01') || codes.includes('28000'))
    return [`${target} refused the login.`, 'Correct the user and password in DATABASE_URL.'];
  if (codes.includes('3D000'))
    return [`${target} does not exist.`, 'Create it (createdb), or correct DATABASE_URL.'];
  if (!env.DATABASE_URL)
    return [
      `${target} does not open: ${describeError(err)}.`,
      `It may be damaged. Keep a copy of ${join(dataDir, 'pglite')}, then restore it from a backup (or move it aside to start empty).`,
    ];
  return [`${target} does not open: ${describeError(err)}.`, 'Check the PostgreSQL server log.'];
}

async function checkMigrations(db: TDb, report: TReport): Promise<boolean> {
  const journal = JSON.parse(
    readFileSync(join(migrationsDir(), 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { tag: string; when: number }[] };
  // A database never migrated has no bookkeeping table yet: nothing is applied.
  const [table] = rowsOf<{ t: string | null }>(
    await db.execute(sql`SELECT to_regclass('drizzle.__drizzle_migrations')::text AS t`),
  );
  const applied = new Set(
    table?.t
      ? rowsOf<{ created_at: string }>(
          await db.execute(sql`SELECT created_at FROM drizzle.__drizzle_migrations`),
        ).map((r) => Number(r.created_at))
      : [],
  );
  const pending = journal.entries.filter((e) => !applied.has(e.when));
  const known = new Set(journal.entries.map((e) => e.when));
  const unknown = [...applied].filter((w) => !known.has(w));
  if (unknown.length) {
    report(
      false,
      `Migrations: the database has ${unknown.length} migration(s) this version of Smula does not know.`,
      'It was upgraded by a newer Smula: run that version (or restore a backup from before the upgrade).',
    );
    return false;
  }
  if (pending.length) {
    report(
      false,
      `Migrations: ${pending.length} of ${journal.entries.length} not applied (${pending.map((e) => e.tag).join(', ')}).`,
      'Run: pnpm smula migrate',
    );
    return false;
  }
  report(true, `Migrations: all ${journal.entries.length} applied.`);
  return true;
}

async function checkPartitions(db: TDb, report: TReport, now: Date) {
  const have = new Set((await listConsentPartitions(db)).map((p) => p.name));
  const months = [0, 1, 2].map(
    (i) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1)),
  );
  const missing = months.map(partitionName).filter((n) => !have.has(n));
  if (missing.length)
    report(
      false,
      `Partitions: consent records have no partition for ${missing.join(', ')}; records of those months cannot be stored ahead of time.`,
      'Run: pnpm smula purge (it also creates the coming months), or check that SMULA_MAINTENANCE is not 0.',
    );
  else
    report(
      true,
      `Partitions: this month and the next two are ready (${months.map(partitionName).join(', ')}).`,
    );
}

async function checkChains(db: TDb, report: TReport, day: string) {
  const all = await db.select({ id: sites.id, key: sites.key }).from(sites);
  let records = 0;
  const broken: string[] = [];
  for (const site of all) {
    const result = await verifyConsentChains(db, site.id, { from: day, to: day });
    records += result.records;
    if (result.problems.length)
      broken.push(
        `${site.key}: ${result.problems.length} problem(s), first: ${result.problems[0]!.problem}`,
      );
  }
  if (broken.length)
    report(
      false,
      `Hash chains for ${day}: ${broken.length} of ${all.length} site(s) do not verify:\n    ${broken.join('\n    ')}`,
      'Run pnpm smula consents verify <siteKey> --from DAY --to DAY for the details; a record was changed or removed outside Smula.',
    );
  else
    report(
      true,
      `Hash chains for ${day}: ${all.length} site(s), ${records} record(s), all intact.`,
    );
}

export const doctor: TCommand = {
  summary: 'Check the database: it opens, migrations, partitions, a day of hash chains.',
  usage: '[--day YYYY-MM-DD]',
  help: `Says in plain words what is wrong and what to do. With the embedded database it says who
holds the data directory (the admin server serves it to commands while it runs). The chains of
--day (default today, UTC) are verified for every site. Exit 1 if anything needs attention.`,
  positionals: { min: 0, max: 0 },
  options: { day: { type: 'string' } },
  // Opening the database is the first thing checked, so the command opens it itself.
  opensDatabase: true,
  async run({ values }) {
    // Checks run in order and each says what to do; the first that cannot be done ends it.
    const now = new Date();
    const day = str(values.day) ?? now.toISOString().slice(0, 10);
    if (!DAY.test(day)) throw new CliError('--day must be a date like 2026-12-03.', EXIT.usage);
    let problems = 0;
    const report: TReport = (ok, what, todo) => {
      if (!ok) problems++;
      console.log(`${ok ? '✓' : '✗'} ${what}${todo ? `\n  → ${todo}` : ''}`);
    };
    let handle: TDbHandle | undefined;
    try {
      handle = await getDatabase({
        role: 'join',
        label: 'pnpm smula doctor',
        onWait: () => {},
        migrate: false,
      });
      await handle.db.execute(sql`SELECT 1`); // a pool connects only when first used
    } catch (err) {
      await handle?.close().catch(() => {});
      const [what, todo] = openFailure(err);
      report(false, `Database: ${what}`, todo);
      return EXIT.failed;
    }
    if (!handle) return EXIT.failed;
    try {
      if (handle.driver === 'pg') report(true, `Database: ${describeTarget()} opens.`);
      else {
        const holder = readLockHolder(dataDir);
        report(
          true,
          handle.driver === 'pglite-shared' && holder
            ? `Database: ${describeTarget()} is served by ${holderLabel(holder)}; reached through its socket.`
            : `Database: ${describeTarget()} opens; no other process holds it (lock: ${join(dataDir, LOCK_FILE)}).`,
        );
      }
      if (await checkMigrations(handle.db, report)) {
        await checkPartitions(handle.db, report, now);
        await checkChains(handle.db, report, day);
      } else
        console.log('  (Partitions and hash chains are checked once the migrations are applied.)');
    } finally {
      await handle.close();
    }
    console.log(problems ? `${problems} problem(s) found.` : 'Everything looks right.');
    return problems ? EXIT.failed : EXIT.ok;
  },
};
