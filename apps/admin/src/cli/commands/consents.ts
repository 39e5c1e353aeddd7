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
