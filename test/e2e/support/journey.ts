import { beforeEach } from 'vitest';

/**
 * For a file whose tests are steps of one journey (one panel, one encounter, each step starting where
 * the one before left it). Once a step fails, every later step fails at once naming it, instead of
 * waiting on a screen that never came and reporting that screen: a recording step that gave up used
 * to surface as three more timeouts on the review, sign and insert screens. Call inside `describe`.
 */
export function stepsBuildOnEachOther(): void {
  let failed: string | undefined;
  beforeEach(({ task, onTestFailed }) => {
    if (failed !== undefined)
      throw new Error(
        `not run: this step starts where “${failed}” should have left it, and that step failed`,
      );
    onTestFailed(() => {
      failed ??= task.name;
    });
  });
}
