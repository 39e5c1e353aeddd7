import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'banner', include: ['src/**/*.test.ts'] } });
