import type { GlobalConfig } from 'payload';
import { isSiteKey, normalizeAdminUrl, SmulaConfigError } from '../helpers/index.js';
import { DEFAULT_POLICY_PATH, policyPathProblem, type TSmulaPluginOptions } from '../settings.js';
import { type TSmulaTranslationKey, tr } from '../translations.js';
import { canManageSmula, isAdminUser } from './access.js';
import { SETTINGS_GLOBAL_SLUG } from './constants.js';

type TT = { t: (key: never, vars?: Record<string, unknown>) => string };
const t = (fn: TT['t'], key: TSmulaTranslationKey, vars?: Record<string, unknown>) =>
  fn(key as never, vars);

/** "Empty: … from the site's code" (and a note), in each of the plugin's languages. */
function fromCode(value: string | undefined, note?: 'httpLocalhostNote'): Record<string, string> {
  const main = value ? tr('fromCode', { value }) : tr('fromCodeNone');
  if (!note) return main;
  const extra = tr(note);
  return Object.fromEntries(Object.entries(main).map(([l, text]) => [l, `${text} ${extra[l]}`]));
}

/**
 * The Smula settings global: the plugin's options, editable in the Payload admin. `withUi`
 * adds the "Test connection" button (left out when the plugin is disabled; a UI field has no
 * column, so the schema is the same). The status field is always there (so the admin's import
 * map never depends on the options) and shows `problems`, the options' mistakes that turned
 * Smula off.
 */
export function settingsGlobal(
  options: TSmulaPluginOptions,
  withUi: boolean,
  problems: string[] = [],
): GlobalConfig {
  return {
    slug: SETTINGS_GLOBAL_SLUG,
    label: tr('settingsLabel'),
    admin: {
      group: 'Smula',
      description: tr('settingsDescription'),
    },
    // The admin URL decides which script runs on every page and where the declaration HTML
    // comes from: only the admin's own users may change it (never a customer account of
    // another auth collection), narrowed by the site's own check. Reading is harmless (the URL
    // and key are in every page) but nobody outside the admin needs it either.
    access: {
      read: ({ req }) => isAdminUser(req),
      update: ({ req }) => canManageSmula(req, options.access?.update),
    },
    fields: [
      {
        name: 'status',
        type: 'ui',
        admin: {
          components: {
            Field: {
              path: '@smula/cms-plugin/client#SmulaConfigStatus',
              clientProps: { problems },
            },
          },
        },
      },
      {
        name: 'enabled',
        type: 'checkbox',
        label: tr('enabled'),
        defaultValue: true,
      },
      {
        name: 'adminUrl',
        type: 'text',
        label: tr('adminUrl'),
        admin: {
          // The note says why http://localhost is accepted here, and that it is for development.
          description: fromCode(
            options.adminUrl,
            options.allowHttpLocalhost ? 'httpLocalhostNote' : undefined,
          ),
          placeholder: 'https://consent.example.se',
        },
        validate: (value: string | null | undefined) => {
          if (!value?.trim()) return true;
          try {
            normalizeAdminUrl(value, { allowHttpLocalhost: options.allowHttpLocalhost });
            return true;
          } catch (err) {
            return err instanceof SmulaConfigError ? err.message : 'Not a valid URL.';
          }
        },
      },
      {
        name: 'siteKey',
        type: 'text',
        label: tr('siteKey'),
        admin: { description: fromCode(options.siteKey) },
        validate: (value: string | null | undefined, { req }: { req: TT }) =>
          !value?.trim() || isSiteKey(value.trim()) || t(req.t, 'plugin-smula:siteKeyInvalid'),
      },
      {
        name: 'policyPath',
        type: 'text',
        label: tr('policyPath'),
        admin: { description: fromCode(options.policyPath ?? DEFAULT_POLICY_PATH) },
        validate: (value: string | null | undefined) =>
          !value?.trim() || (policyPathProblem(value.trim()) ?? true),
      },
      ...(withUi
        ? [
            {
              name: 'testConnection',
              type: 'ui' as const,
              admin: { components: { Field: '@smula/cms-plugin/client#SmulaTestConnection' } },
            },
          ]
        : []),
    ],
  };
}
