import { readFile } from 'node:fs/promises';
import { OCD_OFFICIAL_CSV_URL } from '../../server/services/ocd/constants';
import { ocdStatus } from '../../server/services/ocd/get-ocd-status';
import { displaySource, loadOcd } from '../../server/services/ocd/load-ocd';
import { loadOcdSnapshot } from '../../server/services/ocd/snapshot';
import { CliError, printWarnings, resolvePath, type TCommand } from '../command';

const FETCH_TIMEOUT_MS = 60_000;

/** The CSV's text from a URL (global fetch) or a file path. */
async function readSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let res: Response;
    try {
      res = await fetch(source, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch (err) {
      const reason = (err as Error).cause ?? (err as Error).message;
      throw new CliError(`Cannot fetch ${displaySource(source)}: ${String(reason)}`);
    }
    if (!res.ok) throw new CliError(`Cannot fetch ${displaySource(source)}: HTTP ${res.status}.`);
    return res.text();
  }
  return readFile(resolvePath(source), 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new CliError(`Cannot read ${source}: ${err.code ?? err.message}`);
  });
}

/** The shipped snapshot, or a clear error when this installation has none. */
async function snapshot(db: Parameters<typeof loadOcdSnapshot>[0]) {
  try {
    return await loadOcdSnapshot(db);
  } catch (err) {
    throw new CliError(`${(err as Error).message} Give a path or URL instead.`);
  }
}

export const ocdLoad: TCommand = {
  summary: 'Load the Open Cookie Database CSV (URL or path; none: the shipped snapshot).',
  usage: '[path|url]',
  help: `The official CSV: ${OCD_OFFICIAL_CSV_URL}
Smula ships a snapshot (apps/admin/data/open-cookie-database, Apache-2.0) and loads it on the
admin's first start; without an argument this loads that snapshot again. The data is credited as
"Open Cookie Database (Apache-2.0)" wherever its suggestions appear. A file without usable rows
changes nothing.`,
  positionals: { min: 0, max: 1 },
  prepare: async ({ positionals }) => (positionals[0] ? readSource(positionals[0]) : undefined),
  async run({ db, positionals, prepared }) {
    const result =
      positionals[0] === undefined
        ? await snapshot(db)
        : await loadOcd(db, {
            csvText: prepared as string,
            source: /^https?:\/\//i.test(positionals[0]!)
              ? positionals[0]!
              : resolvePath(positionals[0]!),
          });
    console.log(
      `Loaded ${result.rows} Open Cookie Database rows from ${result.source}${result.warnings.length ? ` (${result.warnings.length} warnings)` : ''}.`,
    );
    printWarnings(result.warnings, 10);
    console.log(
      'Data: Open Cookie Database (Apache-2.0), github.com/jkwakman/Open-Cookie-Database',
    );
    return 0;
  },
};

export const ocdStatusCommand: TCommand = {
  summary: 'Show what Open Cookie Database is loaded: rows, when, from where.',
  usage: '',
  positionals: { min: 0, max: 0 },
  async run({ db }) {
    const status = await ocdStatus(db);
    if (status.rows === 0) {
      console.log(
        `Not loaded. Run: pnpm smula ocd load (the shipped snapshot), or give ${OCD_OFFICIAL_CSV_URL}`,
      );
      return 0;
    }
    console.log(`Rows:      ${status.rows}`);
    console.log(`Loaded at: ${status.loadedAt?.toISOString() ?? 'unknown'}`);
    console.log(`Source:    ${status.source ?? 'unknown'}`);
    console.log(`Data:      ${status.attribution}, ${status.attributionUrl}`);
    return 0;
  },
};
