/** Slugs the plugin adds to the CMS schema. Changing them would need a migration: don't. */
export const SETTINGS_GLOBAL_SLUG = 'smula-settings';
export const DECLARATION_BLOCK_SLUG = 'smula-declaration';
/** The plugin's own collection: the last good banner and declarations, for restarts. */
export const CACHE_COLLECTION_SLUG = 'smula-cache';
export const TEST_CONNECTION_PATH = '/smula/test-connection';
/** The same-origin banner route, under Payload's API route (`/api/smula/banner.js`). */
export const BANNER_PATH = '/smula/banner.js';
/** Where the plugin keeps its options in `config.custom` for `getSmulaSettings`. */
export const CUSTOM_KEY = 'smula';
/** The site's published languages, for the block's language select. */
export const LANGUAGES_PATH = '/smula/languages';
