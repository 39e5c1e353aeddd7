import { sourceResolution } from '@smula/vitest-config';
import { defineConfig } from 'vitest/config';

// Browser tests against the built admin (`next build` first; turbo's e2e task depends on it).
export default defineConfig({
  ...sourceResolution,
  test: {
    name: 'admin-e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    // Starting the admin (see e2e/server.ts) may take up to three minutes on a loaded machine.
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
