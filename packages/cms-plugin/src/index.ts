/**
 * The CMS plugin. Not built yet: this shell only fixes the package's place in the workspace (see
 * issue "packages/cms-plugin"). The policy path it will default to is fixed here already.
 *
 * @packageDocumentation
 */
export const DEFAULT_POLICY_PATH = '/cookie-policy';
