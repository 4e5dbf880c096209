import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: failure injection (LLM down, PostgreSQL stopped, server SIGKILLed). One file
 * at a time: a test that stops PostgreSQL must not share it with any other running test.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
