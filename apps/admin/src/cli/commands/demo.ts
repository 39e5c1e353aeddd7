import { publicBaseUrl } from '~/server/public-url';
import { createOrRefreshDemo } from '../../server/demo/create-or-refresh-demo';
import { DEMO_ORGANISATION_NAME } from '../../server/demo/demo-declaration';
import { ConflictError } from '../../server/services/errors';
import { publishDeclaration } from '../../server/services/publish/publish-site';
import { siteByKey, type TCommand } from '../command';

export const demo: TCommand = {
  summary: 'Create the demo organisation and site (seed 003) and publish it.',
  usage: '[--reset] [--no-publish]',
  help: `Creates the organisation "${DEMO_ORGANISATION_NAME}" with a complete demo declaration (22 items in
5 categories) and publishes it so that its banner is live. An existing demo site is left as it
is; --reset replaces its draft (items, vendors, texts, settings) with the fixture's, losing
what was changed in it (published versions stay). Prints the site key and the admin address.`,
  positionals: { min: 0, max: 0 },
  options: { 'no-publish': { type: 'boolean' }, reset: { type: 'boolean' } },
  async run({ db, values }) {
    const result = await createOrRefreshDemo(db, { keepExisting: values.reset !== true });
    if (result.counts) {
      const { items, vendors, categories } = result.counts;
      console.log(
        `${result.created ? 'Created' : 'Reset'} the demo site: ${items} items, ${vendors} vendors, ${categories} categories.`,
      );
    } else {
      console.log('The demo site exists and was left as it is (--reset replaces its draft).');
    }

    // Publishing hook: the demo is published through the same service (and compliance lint)
    // as an editor's publish, so a failing lint fails this command rather than going live.
    if (values['no-publish'] !== true) {
      const site = await siteByKey(db, result.siteKey);
      try {
        const published = await publishDeclaration(db, site, {
          note: 'Demo site, published by `pnpm smula demo`.',
          actorId: null,
        });
        console.log(`Published as version ${published.version}.`);
      } catch (err) {
        // Refreshing an unchanged demo leaves nothing new to publish: the live one is current.
        if (!(err instanceof ConflictError)) throw err;
        console.log(`Already live: ${err.message}`);
      }
    }

    const base = publicBaseUrl();
    console.log(`Site key: ${result.siteKey}`);
    console.log(`Open: ${base}/sites/${result.siteId}`);
    console.log(
      `(Members of "${DEMO_ORGANISATION_NAME}" can open it; to add a user: pnpm smula user create --email … --organisation "${DEMO_ORGANISATION_NAME}", or use "Load demo site" on the dashboard.)`,
    );
    return 0;
  },
};
