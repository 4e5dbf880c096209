import { resolve } from 'node:path';

/**
 * The team's reference data library (never copied into the repo). Tests, evals and benches read it
 * from `../shared` beside the checkout, or from SCRIBE_SHARED_DIR.
 */
export function sharedDir(): string {
  const fromEnv = process.env.SCRIBE_SHARED_DIR;
  if (fromEnv && fromEnv.length > 0) return resolve(fromEnv);
  return resolve(new URL('../../../shared', import.meta.url).pathname);
}

/** Path to a file under the shared data folder, e.g. `sharedDataPath('icd10cm', 'hierarchy')`. */
export const sharedDataPath = (...parts: string[]): string => resolve(sharedDir(), 'data', ...parts);
