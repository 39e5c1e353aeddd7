/**
 * The consent banner. Not built yet: this shell only fixes the package's place in the workspace
 * (see issue "packages/banner"). It exports the runtime's version so the build has an output.
 *
 * @packageDocumentation
 */
export const BANNER_RUNTIME_VERSION = '0.1.0';
