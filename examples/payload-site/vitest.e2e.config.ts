import { sourceResolution } from '@smula/vitest-config';
import { defineConfig } from 'vitest/config';

// Browser tests against the built example site and the built admin (turbo's e2e task builds
// both first).
export default defineConfig({
  ...sourceResolution,
  test: {
    name: 'payload-site-e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
