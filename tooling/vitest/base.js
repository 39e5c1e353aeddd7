// Plain JS so every package's vitest.config.ts can import it without a build step.

/**
 * The export condition under which `@smula/*` packages point at their TypeScript source
 * (`src/index.ts`) instead of their built `dist`. TypeScript reads it through `customConditions`
 * in `@smula/tsconfig`; Vitest through the settings below; Next and plain Node use `dist`.
 * So typecheck and tests never wait for a build, and a test always runs today's source.
 */
export const SOURCE_CONDITION = '@smula/source';

// Vite's defaults (replaced, not extended, when `conditions` is set): keep them after ours.
const clientConditions = ['module', 'browser', 'development|production'];
const serverConditions = ['module', 'node', 'development|production'];

/** Spread into `defineConfig({...})` beside `test`. */
export const sourceResolution = {
  resolve: { conditions: [SOURCE_CONDITION, ...clientConditions] },
  ssr: { resolve: { conditions: [SOURCE_CONDITION, ...serverConditions] } },
};
