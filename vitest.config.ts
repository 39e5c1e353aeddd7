import { defineConfig } from 'vitest/config';

// One place that lists every test project, so `pnpm exec vitest` at the root runs them all;
// turbo runs each package's own config in `pnpm test`.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts'],
  },
});
