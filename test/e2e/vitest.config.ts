import { defineConfig } from 'vitest/config';

// Real Chromium + the built extension + the real server: one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    // The extension is built once per run, not per file.
    globalSetup: ['test/e2e/support/global-setup.ts'],
    // Every step inside waits on a state with its own limit and message (browser.ts, flows.ts):
    // these only bound a whole test or hook, which a loaded machine makes several times slower.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // expect.poll's own default is 1 s: a loaded machine renders a state the panel reached seconds
    // late. The poll still ends as soon as the state is there.
    expect: { poll: { timeout: 60_000 } },
    // Each failure is printed when it happens, not only in the summary at the end.
    reporters: ['default', './test/e2e/support/failure-reporter.ts'],
    pool: 'forks',
    fileParallelism: false,
  },
});
