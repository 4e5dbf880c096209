import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { artifactsDir, repoRoot } from './paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's global setup built the extension (see global-setup.ts). */
    e2eExtensionBuilt: boolean;
  }
}

/** In a test file: whether this run's global setup built the extension already. */
const builtForThisRun = () => {
  try {
    return inject('e2eExtensionBuilt') === true;
  } catch {
    return false; // the global setup itself, outside a test file
  }
};

/**
 * Builds the extension for the tests (same code as `npm run build:ext`, plus the 127.0.0.1 grant),
 * unless this run's global setup already did.
 */
export function buildExtensionForE2e(): void {
  if (builtForThisRun()) return;
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
