import { sourceResolution } from '@smula/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  ...sourceResolution,
  test: {
    name: 'cms-plugin',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'examples/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
