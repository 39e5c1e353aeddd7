import { fileURLToPath } from 'node:url';
import { sourceResolution } from '@smula/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  ...sourceResolution,
  resolve: {
    ...sourceResolution.resolve,
    alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    name: 'admin',
    include: ['src/**/*.test.ts', 'src/**/*.integration-test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time even on two cores: much of a suite's time is spent waiting on child
    // processes and sockets (the CLI and fault tests), which a second worker fills.
    maxWorkers: 2,
    // Scans in tests visit fixture sites on loopback (issue 14: "tests set it"), and webhooks
    // go to receivers on loopback (issue 20).
    env: { SMULA_SCAN_ALLOW_PRIVATE: '1', SMULA_WEBHOOK_ALLOW_PRIVATE: '1' },
  },
});
