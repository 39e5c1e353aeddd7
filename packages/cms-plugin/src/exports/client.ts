/**
 * Client components for the Payload admin, referenced from the config by import-map strings
 * (`@smula/cms-plugin/client#SmulaTestConnection`).
 *
 * @packageDocumentation
 */
export { SmulaConfigStatus } from '../components/smula-config-status.js';
export { SmulaLanguageSelect } from '../components/smula-language-select.js';
export { SmulaTestConnection } from '../components/smula-test-connection.js';
