import { lintDeclaration } from '@smula/core';
import { readDeclaration } from '../../server/services/declaration/read-declaration';
import { ServiceError } from '../../server/services/errors';
import { publishDeclaration } from '../../server/services/publish/publish-site';
import { CliError, siteByKey, str, type TCommand } from '../command';

export const publish: TCommand = {
  summary: "Lint a site's draft and publish it as the next version.",
  usage: '<siteKey> [--note TEXT]',
  help: 'Runs the same compliance lint as the admin. Blocked: prints every finding and exits 1.',
  positionals: { min: 1, max: 1 },
  options: { note: { type: 'string' } },
  async run({ db, positionals, values }) {
    const site = await siteByKey(db, positionals[0]!);
    const findings = lintDeclaration(await readDeclaration(db, site));
    for (const f of findings)
      console.log(
        `${f.severity === 'error' ? 'error  ' : 'warning'} ${f.message} [${f.checklist}]`,
      );
    if (findings.some((f) => f.severity === 'error')) {
      throw new CliError('Publishing is blocked: fix the errors above.');
    }
    try {
      const v = await publishDeclaration(db, site, { note: str(values.note) ?? '', actorId: null });
      console.log(
        `Published "${site.settings.name}" as version ${v.version} (hash ${v.hash.slice(0, 12)}…).`,
      );
      return 0;
    } catch (err) {
      if (err instanceof ServiceError) throw new CliError(err.message);
      throw err;
    }
  },
};
