import type { Block, Config, Field, Plugin } from 'payload';
import { SmulaConfigError } from './helpers/index.js';
import { bannerEndpoint } from './payload/banner-endpoint.js';
import { cacheCollection } from './payload/cache-collection.js';
import { CUSTOM_KEY } from './payload/constants.js';
import { cookieDeclarationBlock } from './payload/declaration-block.js';
import { getSmulaSettings } from './payload/get-settings.js';
import { languagesEndpoint } from './payload/languages-endpoint.js';
import { revalidateSmulaCopies } from './payload/revalidate.js';
import { settingsGlobal } from './payload/settings-global.js';
import { tenantsConfig, withTenantFields } from './payload/tenants.js';
import { testConnectionEndpoint } from './payload/test-connection-endpoint.js';
import { smulaWebhookEndpoint } from './payload/webhook-endpoint.js';
import { pluginOptionProblems, problemsLogLine, type TSmulaPluginOptions } from './settings.js';
import { smulaTranslations } from './translations.js';

/** The blocks field called `name` among `fields`, looking inside rows, collapsibles and tabs. */
function findBlocksField(fields: Field[], name: string): Extract<Field, { type: 'blocks' }> | null {
  for (const f of fields) {
    if (f.type === 'blocks' && f.name === name) return f;
    if (f.type === 'row' || f.type === 'collapsible') {
      const hit = findBlocksField(f.fields, name);
      if (hit) return hit;
    }
    if (f.type === 'tabs')
      for (const tab of f.tabs) {
        // A named tab is a group: its fields' names live under it, so only unnamed tabs count.
        if ('name' in tab && tab.name) continue;
        const hit = findBlocksField(tab.fields, name);
        if (hit) return hit;
      }
  }
  return null;
}

/**
 * Installs Smula in a Payload config: a "Smula settings" global (with a "Test connection"
 * button), a "Cookie declaration" block (in `blockFields`, and exported as
 * `cookieDeclarationBlock` for fields you build yourself), a hidden collection for the last
 * good copies, the same-origin banner route (`/api/smula/banner.js`), the test-connection
 * endpoint and, with `webhookSecret`, the refresh-on-publish webhook (`/api/smula/webhook`).
 * The site's frontend then renders `<SmulaBannerScript>` first in `<head>` and
 * `<SmulaDeclaration>` on the policy page (`@smula/cms-plugin/react`). With `tenants`, the
 * tenants collection gets a site-key field (and Test connection) per tenant.
 *
 * A pure transform: it returns a new config and leaves the one it was given alone.
 *
 * @example
 * plugins: [smulaPlugin({ adminUrl: 'https://consent.example.se', siteKey: 'k3Y…',
 *   blockFields: [{ collection: 'pages', field: 'layout' }] })]
 * An invalid option value (a malformed site key or admin URL from the environment, say) does
 * not throw: Smula is then off, the log says why in one line at start and the settings global
 * shows it, while the site and the CMS keep working.
 *
 * @throws SmulaConfigError for a `blockFields` entry that names no blocks field, or a
 * `tenants.collection` this config does not have (mistakes in the code's structure, which the
 * schema depends on).
 */
export function smulaPlugin(options: TSmulaPluginOptions = {}): Plugin {
  const problems = pluginOptionProblems(options);
  const enabled = options.enabled !== false && problems.length === 0;

  return (incoming: Config): Config => {
    const tenants = tenantsConfig(options);
    // Copy what we change, down to the blocks fields we add to.
    const collections = (incoming.collections ?? []).map((original) => {
      // The tenant's site key is schema: there whether Smula is on or not (Test connection only when on).
      const c =
        tenants && original.slug === tenants.collection
          ? withTenantFields(original, options, tenants.siteKeyField, enabled)
          : original;
      const wanted = (options.blockFields ?? []).filter((b) => b.collection === c.slug);
      if (!wanted.length) return c;
      const fields = copyFields(c.fields);
      for (const { field } of wanted) {
        const blocks = findBlocksField(fields, field);
        if (!blocks)
          throw new SmulaConfigError(
            `smulaPlugin: collection "${c.slug}" has no blocks field "${field}" for the Cookie declaration block.`,
          );
        if (!blocks.blocks.some((b) => b.slug === cookieDeclarationBlock.slug))
          blocks.blocks = [...blocks.blocks, cookieDeclarationBlock];
      }
      return { ...c, fields };
    });
    if (tenants && !collections.some((c) => c.slug === tenants.collection))
      throw new SmulaConfigError(
        `smulaPlugin: tenants.collection is "${tenants.collection}", which this config does not have.`,
      );
    for (const b of options.blockFields ?? [])
      if (!collections.some((c) => c.slug === b.collection))
        throw new SmulaConfigError(
          `smulaPlugin: blockFields names collection "${b.collection}", which this config does not have.`,
        );

    // The schema part: identical whether enabled or not, so migrations never depend on it.
    const config: Config = {
      ...incoming,
      collections: [...collections, cacheCollection()],
      globals: [...(incoming.globals ?? []), settingsGlobal(options, enabled, problems)],
      custom: { ...incoming.custom, [CUSTOM_KEY]: { ...options } },
      i18n: { ...incoming.i18n, translations: withSmulaTranslations(incoming.i18n?.translations) },
    };
    if (problems.length) {
      const onInit = incoming.onInit;
      // Once per process, when Payload starts: one line, not one per request.
      config.onInit = async (payload) => {
        payload.logger.error(problemsLogLine(problems));
        await onInit?.(payload);
      };
    }
    if (!enabled) return config;

    return {
      ...config,
      endpoints: [
        ...(incoming.endpoints ?? []),
        testConnectionEndpoint(options),
        bannerEndpoint(options),
        languagesEndpoint(options),
        ...(options.webhookSecret ? [webhookEndpoint(options, options.webhookSecret)] : []),
      ],
    };
  };
}

type TTranslations = Record<string, Record<string, unknown> | undefined>;

/**
 * Payload's `i18n.translations` with the plugin's namespace (`plugin-smula`) added for English
 * and Swedish; whatever the site's config already has for it wins, key by key.
 */
function withSmulaTranslations(incoming: unknown): NonNullable<Config['i18n']>['translations'] {
  const out: TTranslations = { ...((incoming ?? {}) as TTranslations) };
  for (const [lang, ours] of Object.entries(smulaTranslations)) {
    const theirs = out[lang] ?? {};
    out[lang] = {
      ...theirs,
      'plugin-smula': {
        ...ours['plugin-smula'],
        ...((theirs['plugin-smula'] as object | undefined) ?? {}),
      },
    };
  }
  return out as NonNullable<Config['i18n']>['translations'];
}

/**
 * `POST /api/smula/webhook`: the admin's signed `config.published` refreshes this site's
 * copies at once, then the site's own `onPublish`. Events about another site key (the one in
 * the settings global wins over the option) answer 422.
 */
function webhookEndpoint(options: TSmulaPluginOptions, secret: string) {
  return smulaWebhookEndpoint({
    secret: secret.trim(),
    siteKey: async (req) => (await getSmulaSettings(req.payload)).siteKey,
    revalidate: async (event, req) => {
      await revalidateSmulaCopies(req.payload, event.data.siteKey, options);
      await options.onPublish?.(event, req);
    },
  });
}

/**
 * A copy of a field tree deep enough to replace `blocks` arrays in it; functions (hooks,
 * validators) and blocks themselves are shared, not cloned.
 */
function copyFields(fields: Field[]): Field[] {
  return fields.map((f): Field => {
    if (f.type === 'blocks') return { ...f, blocks: [...(f.blocks as Block[])] };
    if (f.type === 'row' || f.type === 'collapsible') return { ...f, fields: copyFields(f.fields) };
    if (f.type === 'tabs')
      return { ...f, tabs: f.tabs.map((t) => ({ ...t, fields: copyFields(t.fields) })) };
    return f;
  });
}
