import { defineConfig } from 'vitest/config';

// Real Chromium + the built extension + the real server: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
