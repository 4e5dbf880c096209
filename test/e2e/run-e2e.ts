import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './support/paths.js';

/**
 * `npm run test:e2e`: the end-to-end tests need Debian's Chromium. In CI its absence is a failure;
 * on a developer machine the run says how to install it and stops without pretending to pass.
 */
if (!existsSync(chromiumPath)) {
  const message = `End-to-end tests need Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`SKIPPED: ${message}`);
  process.exit(0);
}
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
