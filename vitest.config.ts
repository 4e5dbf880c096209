import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'server/**/*.test.ts',
      'shared/**/*.test.ts',
      'models/**/*.test.ts',
      'extension/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/eval/**/*.test.ts',
      'test/structure/**/*.test.ts',
      'test/load/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
