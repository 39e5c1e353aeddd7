import { sourceResolution } from '@smula/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  ...sourceResolution,
  test: {
    name: 'core',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser tests start Chromium; give them room on a loaded 2-core machine.
    testTimeout: 30_000,
  },
});
