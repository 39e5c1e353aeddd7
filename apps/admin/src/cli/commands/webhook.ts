import { asc, eq } from 'drizzle-orm';
import { webhookEndpoints } from '../../server/db/schema/webhooks';
import { ServiceError } from '../../server/services/errors';
import { addWebhookEndpoint } from '../../server/services/webhook/create-webhook';
import { toEndpointView } from '../../server/services/webhook/endpoint';
import { CliError, siteByKey, str, type TCommand } from '../command';

export const webhookAdd: TCommand = {
  summary: 'Add a webhook endpoint to a site; prints its signing secret once.',
  usage: '<siteKey> <url> [--description TEXT]',
  help: [
    'Each publish of the site is then sent to <url>, signed with the secret (see docs/webhooks).',
    'The same checks as the admin: http(s), never the admin itself, a public address unless',
    'SMULA_WEBHOOK_ALLOW_PRIVATE=1, at most 10 per site.',
    'Give the secret to the receiver, e.g. the Payload plugin’s webhookSecret.',
  ].join('\n'),
  positionals: { min: 2, max: 2 },
  options: { description: { type: 'string' } },
  async run({ db, positionals, values }) {
    const site = await siteByKey(db, positionals[0]!);
    try {
      const { endpoint, secret } = await addWebhookEndpoint(db, site, {
        url: positionals[1]!,
        description: str(values.description)?.trim().slice(0, 200) ?? '',
        actorId: null,
      });
      console.log(`Added webhook ${endpoint.id} to "${site.settings.name}": ${endpoint.url}`);
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
