import { sourceResolution } from '@smula/vitest-config';
import { defineConfig } from 'vitest/config';

// Browser tests drive Chromium against the minified dist/banner.min.js, so `test` builds first.
export default defineConfig({
  ...sourceResolution,
  test: {
    name: 'banner',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // In CI every package's suites run at once on two cores, and a browser test can miss a
    // timing window it never misses alone; each test starts its own browser context, so one
    // retry there is safe. A real failure fails twice. Locally, no retry.
    retry: process.env.CI ? 1 : 0,
  },
});
