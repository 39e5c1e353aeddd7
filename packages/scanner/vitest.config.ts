import { sourceResolution } from '@smula/vitest-config';
import { defineConfig } from 'vitest/config';

// The fixture-site tests drive real Chromium through whole scans (several page loads per page
// and state): they get room on a loaded 2-core machine. One browser per test file.
export default defineConfig({
  ...sourceResolution,
  test: {
    name: 'scanner',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
