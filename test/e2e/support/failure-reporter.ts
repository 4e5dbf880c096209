import type { Reporter, TestCase } from 'vitest/node';

/**
 * Prints a failed e2e step's error the moment it fails. The default reporter keeps every error for
 * the summary at the end of the run: a run stopped early (a CI job's limit, Ctrl-C) loses them,
 * and a 20-minute suite says nothing about why a step failed until it ends.
 */
export default class FailureNowReporter implements Reporter {
  onTestCaseResult(testCase: TestCase): void {
    const result = testCase.result();
    if (result.state !== 'failed') return;
    const errors = result.errors.map((e) => (e.stack ?? e.message).split('\n').slice(0, 12).join('\n'));
    process.stderr.write(
      `\nFAILED NOW: ${testCase.module.moduleId.replace(/^.*\/test\/e2e\//, 'test/e2e/')} › ${testCase.fullName}\n${errors.join('\n')}\n\n`,
    );
  }
}
