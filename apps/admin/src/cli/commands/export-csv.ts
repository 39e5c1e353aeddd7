import { writeFile } from 'node:fs/promises';
import { siteCsv } from '../../server/services/import/export-csv';
import { CliError, resolvePath, siteByKey, str, type TCommand } from '../command';

export const exportCsv: TCommand = {
  summary: "Write a site's storage items as Smula CSV (to stdout, or --out FILE).",
  usage: '<siteKey> [--out FILE]',
  help: 'The same CSV as the admin\'s export; "import <siteKey> FILE.csv" reads it back.',
  positionals: { min: 1, max: 1 },
  options: { out: { type: 'string' } },
  async run({ db, positionals, values }) {
    const site = await siteByKey(db, positionals[0]!);
    const { csv, items } = await siteCsv(db, site);
    const out = str(values.out);
    if (!out) {
      process.stdout.write(csv.endsWith('\n') ? csv : `${csv}\n`);
      return 0;
    }
    await writeFile(resolvePath(out), csv, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new CliError(`Cannot write ${out}: ${err.code ?? err.message}`);
    });
    console.log(`Wrote ${items} items of "${site.settings.name}" to ${out}.`);
    return 0;
  },
};
