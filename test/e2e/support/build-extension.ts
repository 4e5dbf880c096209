import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { artifactsDir, repoRoot } from './paths.js';

/** Builds the extension for the tests (same code as `npm run build:ext`, plus the 127.0.0.1 grant). */
export function buildExtensionForE2e(): void {
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: repoRoot,
    stdio: 'pipe',
    env: {
      ...process.env,
      SCRIBE_E2E_HOST_PERMISSIONS: 'http://127.0.0.1/*',
      SCRIBE_EXTENSION_OUT_DIR: path.join(artifactsDir, 'extension'),
    },
  });
}
