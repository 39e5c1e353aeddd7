import { asc, eq } from 'drizzle-orm';
import { webhookEndpoints } from '../../server/db/schema/webhooks';
import { ServiceError } from '../../server/services/errors';
import { addWebhookEndpoint } from '../../server/services/webhook/create-webhook';
import { toEndpointView } from '../../server/services/webhook/endpoint';
import { CliError, EXIT, siteByKey, str, type TCommand } from '../command';
import { readSecret } from '../read-secret';

/** An operator's own secret: as strong as the ones Smula makes (32 random bytes, base64url). */
const OWN_SECRET = /^whsec_[A-Za-z0-9_-]{32,}$/;

export const webhookAdd: TCommand = {
  summary: 'Add a webhook endpoint to a site; prints its signing secret once.',
  usage: '<siteKey> <url> [--description TEXT] [--secret-stdin]',
  help: [
    'Each publish of the site is then sent to <url>, signed with the secret (see docs/webhooks).',
    'The same checks as the admin: http(s), never the admin itself, a public address unless',
    'SMULA_WEBHOOK_ALLOW_PRIVATE=1, at most 10 per site.',
    'Give the secret to the receiver, e.g. the Payload plugin’s webhookSecret.',
    'With --secret-stdin the secret is your own, read from standard input (never an argument,',
    'which shows in the process list): whsec_ and at least 32 URL-safe base64 characters.',
    '  printf %s "$SECRET" | pnpm smula webhook add <siteKey> <url> --secret-stdin',
  ].join('\n'),
  positionals: { min: 2, max: 2 },
  options: { description: { type: 'string' }, 'secret-stdin': { type: 'boolean' } },
  // Read before the database opens: an operator piping a bad secret learns it at once.
  async prepare({ values }) {
    if (!values['secret-stdin']) return undefined;
    const secret = (await readSecret({ prompt: '', fromStdin: true })).trim();
    if (!OWN_SECRET.test(secret))
      throw new CliError(
        'The secret on standard input must be whsec_ followed by at least 32 URL-safe base64 characters (A-Z, a-z, 0-9, - and _).',
        EXIT.usage,
      );
    return secret;
  },
  async run({ db, positionals, values, prepared }) {
    const site = await siteByKey(db, positionals[0]!);
    const own = prepared as string | undefined;
    try {
      const { endpoint, secret } = await addWebhookEndpoint(db, site, {
        url: positionals[1]!,
        description: str(values.description)?.trim().slice(0, 200) ?? '',
        actorId: null,
        secret: own,
      });
      console.log(`Added webhook ${endpoint.id} to "${site.settings.name}": ${endpoint.url}`);
      if (own) {
        console.log(`Signing with the secret from standard input (${endpoint.secretHint}).`);
        return 0;
      }
      // Alone on the last line, so a script can take it with `tail -n 1`.
      console.log('Signing secret (shown this once):');
      console.log(secret);
      return 0;
    } catch (err) {
      if (err instanceof ServiceError) throw new CliError(err.message);
      throw err;
    }
  },
};

export const webhookList: TCommand = {
  summary: "List a site's webhook endpoints (never their secrets).",
  usage: '<siteKey>',
  positionals: { min: 1, max: 1 },
  async run({ db, positionals }) {
    const site = await siteByKey(db, positionals[0]!);
    const rows = await db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.siteId, site.id))
      .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
    if (!rows.length) console.log(`"${site.settings.name}" has no webhook endpoints.`);
    for (const e of rows.map(toEndpointView))
      console.log(
        `${e.id}  ${e.enabled ? 'on ' : 'off'}  ${e.secretHint}  ${e.url}${e.description ? `  (${e.description})` : ''}`,
      );
    return 0;
  },
};
