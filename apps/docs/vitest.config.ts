import { sourceResolution } from '@smula/vitest-config';
import { defineConfig } from 'vitest/config';

// Checks of the docs against the code they describe: the banner API page against the banner's
// type declarations, the install snippets in Chromium with the real banner, the link checker.
// The built-site test is `vitest.e2e.config.ts` (it needs `next build` first).
export default defineConfig({
  ...sourceResolution,
  test: {
    name: 'docs',
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
