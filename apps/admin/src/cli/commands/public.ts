import { env } from '~/env';
import { startPublicPlane } from '../../server/public-plane/start';
import { CliError, EXIT, str, type TCommand } from '../command';

export const publicCommand: TCommand = {
  summary:
    'Serve what visitors hit (/b/{key}.js, config, declaration, consents) from a lean server.',
  usage: '[--port 3100] [--host 127.0.0.1]',
  help: `The public plane: the banner script, the site config and declaration, and the consent
endpoint, answered exactly as the admin answers them, from a plain node:http server without
Next's request pipeline. Stateless: run as many as you need behind a load balancer, over the
same PostgreSQL. Also serves /healthz, /readyz and Prometheus /metrics; logs JSON lines;
stops gracefully on SIGTERM. Needs DATABASE_URL (the embedded database is single-process).
"collector" is its old name. See the Deployment docs.`,
  positionals: { min: 0, max: 0 },
  options: { port: { type: 'string' }, host: { type: 'string' } },
  async run({ db, values }) {
    if (!env.DATABASE_URL)
      throw new CliError(
        'The public server needs DATABASE_URL: the embedded database can be open in one process only.',
      );
    const port = Number(str(values.port) ?? 3100);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new CliError('--port must be a port number.', EXIT.usage);
    const host = str(values.host) ?? '127.0.0.1';
    const plane = await startPublicPlane({ db, databaseUrl: env.DATABASE_URL, port, host });
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await plane.stop();
    return EXIT.ok;
  },
};
