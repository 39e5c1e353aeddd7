/**
 * Server components for the site's frontend (React Server Components; no client JavaScript):
 * the banner's script tag for `<head>` and the server-rendered declaration.
 *
 * @packageDocumentation
 */
export { SmulaBannerScript } from '../components/smula-banner-script.js';
export { SmulaDeclaration } from '../components/smula-declaration.js';
