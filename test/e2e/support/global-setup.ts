import type { TestProject } from 'vitest/node';
import { buildExtensionForE2e } from './build-extension.js';

/**
 * Builds the e2e extension once for the whole run, before any file starts: each file used to build it
 * again in its `beforeAll`, which on a loaded machine (16 busy processes on 2 cores) took longer than
 * the hook's limit before a single step ran. The files are told, and skip the build.
 */
export default function setup(project: TestProject): void {
  const started = performance.now();
  buildExtensionForE2e();
  project.provide('e2eExtensionBuilt', true);
  console.log(
    `e2e: extension built once for this run in ${Math.round((performance.now() - started) / 1000)} s`,
  );
}
