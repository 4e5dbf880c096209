import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file sits at <repo>/shared/node/; the team library sits beside the repo.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The team's read-only reference library (never copied into the repo): `$SCRIBE_SHARED_DIR`, else
 * `../shared` beside the checkout. Node only: tests, evaluations, benchmarks and importers.
 */
export function sharedDir(): string {
  const fromEnv = process.env.SCRIBE_SHARED_DIR;
  return fromEnv && fromEnv.length > 0 ? resolve(fromEnv) : resolve(repoRoot, '../shared');
}

/** Path of a file under `<shared>/data/`, e.g. `sharedDataPath('icd10cm', 'hierarchy')`. */
export const sharedDataPath = (...parts: string[]): string => resolve(sharedDir(), 'data', ...parts);
