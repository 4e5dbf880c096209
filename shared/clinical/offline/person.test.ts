import { describe, expect, it } from 'vitest';
import { withVerbAgreement } from './person.js';

// Phrasings written for these tests, not taken from any data set.
describe('withVerbAgreement', () => {
  it('gives a third-person subject the verb form it needs after a rewrite from "you"', () => {
    expect(withVerbAgreement('Will see how she tolerate the sertraline.')).toBe(
      'Will see how she tolerates the sertraline.',
    );
    expect(withVerbAgreement('Before he come back in 2 weeks, keep the ankle wrapped.')).toBe(
      'Before he comes back in 2 weeks, keep the ankle wrapped.',
    );
    expect(withVerbAgreement('He probably do not need the inhaler every day.')).toBe(
      'He probably does not need the inhaler every day.',
    );
  });

  it('leaves a bare verb that another word governs ("let her rest", "did she take")', () => {
    for (const said of [
      'Advised to let her rest the ankle.',
      'Did she take the furosemide today.',
      'Will help him sleep through the night.',
      'She should come back if the fever returns.',
    ])
      expect(withVerbAgreement(said)).toBe(said);
  });
});
