import { env } from '~/env';
import { createCollectorServer } from '../../server/consent-ingest/collector';
import { createIngestDeps } from '../../server/consent-ingest/runtime';
import { runConsentMaintenance } from '../../server/consent-store/maintenance';
import { purgeConsents } from '../../server/consent-store/purge';
import { verifyConsentChains } from '../../server/consent-store/verify';
import { CliError, EXIT, siteByKey, str, type TCommand } from '../command';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const purge: TCommand = {
  summary: 'Remove consent records kept past their site’s retention (also runs daily).',
  usage: '[--site KEY] [--dry-run]',
  help: `A record may go once its consent expired more than the site's retention ago (12 months
unless changed in the site's consent log). Whole days go together so the hash chains of the
days that remain stay verifiable. Each site's removal is written to its audit log; empty
partitions of past months are dropped. --dry-run counts without removing.`,
  positionals: { min: 0, max: 0 },
  options: { site: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  async run({ db, values }) {
    const key = str(values.site);
    const site = key ? await siteByKey(db, key) : undefined;
    const dryRun = values['dry-run'] === true;
    if (dryRun && !site) throw new CliError('--dry-run needs --site KEY.', EXIT.usage);
    // All sites: the same locked run as the daily job, so two never overlap.
    const result = site
      ? await purgeConsents(db, { siteId: site.id, dryRun })
      : await runConsentMaintenance(db);
    if (!result)
      throw new CliError('Another process is running consent maintenance; try again later.');
    for (const s of result.sites)
      if (s.records)
        console.log(
          `${result.dryRun ? 'would remove' : 'removed'} ${s.records} record(s) over ${s.days} day(s) from ${s.siteKey} (retention ${s.retentionMonths} months)`,
        );
    const total = result.sites.reduce((n, s) => n + s.records, 0);
    if (!total) console.log('Nothing is past retention.');
    for (const p of result.droppedPartitions) console.log(`dropped empty partition ${p}`);
    return EXIT.ok;
  },
};

export const consentsVerify: TCommand = {
  summary: "Check a site's consent-record hash chains; exit 1 if anything was changed.",
  usage: '<siteKey> [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
  positionals: { min: 1, max: 1 },
  options: { from: { type: 'string' }, to: { type: 'string' } },
  async run({ db, positionals, values }) {
    const from = str(values.from);
    const to = str(values.to);
    for (const [name, v] of [
      ['--from', from],
      ['--to', to],
    ] as const)
      if (v !== undefined && !DAY.test(v))
        throw new CliError(`${name} must be a date like 2026-12-03.`, EXIT.usage);
    const site = await siteByKey(db, positionals[0]!);
    const result = await verifyConsentChains(db, site.id, { from, to });
    for (const p of result.problems)
      console.log(
        `${p.day}${p.seq ? ` #${p.seq}` : ''}${p.recordId ? ` ${p.recordId}` : ''}: ${p.problem}`,
      );
    console.log(
      `${result.records} record(s) over ${result.days} day(s): ${result.problems.length ? `${result.problems.length} problem(s)` : 'every chain is intact'}.`,
    );
    return result.problems.length ? EXIT.failed : EXIT.ok;
  },
};

export const collector: TCommand = {
  summary: 'Serve POST /api/v1/consents from a lean HTTP server (for high traffic).',
  usage: '[--port 3100] [--host 127.0.0.1]',
  help: `Takes the same records, with the same checks, as the admin's own endpoint, without Next's
request pipeline, and sees the TCP peer for IP truncation. Needs DATABASE_URL (the embedded
database is single-process). Route /api/v1/consents to it in your proxy; see self-hosting.`,
  positionals: { min: 0, max: 0 },
  options: { port: { type: 'string' }, host: { type: 'string' } },
  async run({ db, values }) {
    if (!env.DATABASE_URL)
      throw new CliError(
        'The collector needs DATABASE_URL: the embedded database can be open in one process only.',
      );
    const port = Number(str(values.port) ?? 3100);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new CliError('--port must be a port number.', EXIT.usage);
    const host = str(values.host) ?? '127.0.0.1';
    const deps = createIngestDeps(db);
    const server = createCollectorServer(deps, { regionHeader: env.SMULA_REGION_HEADER });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
    console.log(`Consent collector on http://${host}:${port}/api/v1/consents`);
    // Stop taking requests, then let the last batch commit before the database closes.
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await deps.writer.drain();
    return EXIT.ok;
  },
};
