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
  },
});
