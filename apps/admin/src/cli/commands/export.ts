import { resolve } from 'node:path';
import { env } from '~/env';
import { publicBaseUrl } from '~/server/public-url';
import { exportStatic } from '../../server/delivery/export-static';
import { CliError, str, type TCommand } from '../command';

export const exportCommand: TCommand = {
  summary: 'Write every live site as static files (scripts, configs, declarations) for a CDN.',
  usage: '--out DIR [--public-url URL]',
  help:
    'Files are the exact bytes the admin serves, with manifest.json naming the URL, content type,\n' +
    'Cache-Control and ETag of each. --public-url (default SMULA_PUBLIC_URL) is where the banner\n' +
    'sends consent records.',
  positionals: { min: 0, max: 0 },
  options: { out: { type: 'string' }, 'public-url': { type: 'string' } },
  async run({ db, values }) {
    const out = str(values.out);
    if (!out) throw new CliError('Say where to write: --out DIR', 2);
    const publicUrl = str(values['public-url']) ?? publicBaseUrl();
    const outDir = resolve(env.INIT_CWD ?? process.cwd(), out);
    const manifest = await exportStatic(db, {
      outDir,
      publicUrl,
      onProgress: (l) => console.log(l),
    });
    if (manifest.sites.length === 0)
      console.log('No site has published anything yet: nothing to export.');
    console.log(`Wrote ${manifest.files.length} files and manifest.json to ${outDir}.`);
    return 0;
  },
};
