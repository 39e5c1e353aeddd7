/** Slugs the plugin adds to the CMS schema. Changing them would need a migration: don't. */
export const SETTINGS_GLOBAL_SLUG = 'smula-settings';
export const DECLARATION_BLOCK_SLUG = 'smula-declaration';
export const TEST_CONNECTION_PATH = '/smula/test-connection';
/** Where the plugin keeps its options in `config.custom` for `getSmulaSettings`. */
export const CUSTOM_KEY = 'smula';
