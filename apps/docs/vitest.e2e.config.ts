import { sourceResolution } from '@smula/vitest-config';
import { defineConfig } from 'vitest/config';

// Tests of the built site (`next build` first; turbo's e2e task depends on build).
export default defineConfig({
  ...sourceResolution,
  test: {
    name: 'docs-e2e',
    include: ['test/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
