/**
 * Smula for Payload CMS: `smulaPlugin` adds the settings global, the Cookie declaration block
 * and the test-connection endpoint; `getSmulaSettings` gives the site's frontend what it needs.
 * The React components are in `@smula/cms-plugin/react`; CMS-free helpers in
 * `@smula/cms-plugin/helpers`.
 *
 * @packageDocumentation
 */
export { SmulaConfigError } from './helpers/index.js';
export { canManageSmula, isAdminUser, type TSmulaAccessCheck } from './payload/access.js';
export {
  DECLARATION_BLOCK_SLUG,
  SETTINGS_GLOBAL_SLUG,
  TEST_CONNECTION_PATH,
} from './payload/constants.js';
export { cookieDeclarationBlock } from './payload/declaration-block.js';
export { getSmulaSettings } from './payload/get-settings.js';
export type { TSmulaTenant } from './payload/tenants.js';
export {
  smulaWebhookEndpoint,
  type TSmulaWebhookEvent,
  type TSmulaWebhookOptions,
  verifySmulaSignature,
  WEBHOOK_PATH,
} from './payload/webhook-endpoint.js';
export { smulaPlugin } from './plugin.js';
export {
  DEFAULT_POLICY_PATH,
  resolveSettings,
  type TSmulaPluginOptions,
  type TSmulaSettings,
  type TSmulaSettingsDoc,
  type TSmulaTenantsOptions,
} from './settings.js';
